/** A problem in an authored slide file, located precisely enough to jump to. */
export interface DeckError {
  /** Path of the file as the author knows it (relative to the project when possible). */
  file: string;
  /** 1-based line, 0 when the problem concerns the whole file or folder. */
  line: number;
  /** 1-based column, 0 when unknown. */
  column: number;
  message: string;
}

export function deckError(file: string, line: number, message: string, column = 0): DeckError {
  return { file, line, column, message };
}

/** `file:line:column: message`, the shape editors and terminals turn into links. */
export function formatDeckError(error: DeckError): string {
  const place = error.line > 0 ? `${error.file}:${error.line}${error.column > 0 ? `:${error.column}` : ''}` : error.file;
  return `${place}: ${error.message}`;
}

export function compareDeckErrors(a: DeckError, b: DeckError): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
