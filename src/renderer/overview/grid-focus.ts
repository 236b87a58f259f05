/**
 * Which cell of the overview's grid a key moves the focus to (a roving tabindex: one cell is
 * in the tab order, the arrows move it). Pure: the grid tells how many cells it has and how
 * many fit a row as laid out now. Page Up and Page Down are not the grid's: clickers send them,
 * and they keep driving the show.
 */

/** The keys the grid answers to. */
export const GRID_KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End'] as const;

/**
 * The cell `key` moves the focus to from `index`, or null when the grid leaves that key alone.
 * `columns` is asked only for the arrows up and down (measuring the layout is not free).
 */
export function moveGridFocus(index: number, key: string, count: number, columns: number | (() => number)): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  const perRow = () => Math.max(1, Math.trunc(typeof columns === 'function' ? columns() : columns));
  const from = Math.min(Math.max(0, index), last);
  switch (key) {
    case 'ArrowRight':
      return Math.min(from + 1, last);
    case 'ArrowLeft':
      return Math.max(from - 1, 0);
    case 'ArrowDown': {
      // Into a shorter last row, from a column it does not reach: its last cell.
      const row = perRow();
      const rowBelowStarts = (Math.floor(from / row) + 1) * row;
      if (rowBelowStarts > last) return from;
      return Math.min(from + row, last);
    }
    case 'ArrowUp': {
      const row = perRow();
      return from - row >= 0 ? from - row : from;
    }
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/** How many cells share the first cell's row, as laid out (for the arrows up and down); reads tops only until the row ends. */
export function columnsOf(count: number, topOf: (index: number) => number): number {
  if (count === 0) return 1;
  const first = topOf(0);
  let columns = 1;
  while (columns < count && Math.abs(topOf(columns) - first) < 1) columns++;
  return columns;
}
