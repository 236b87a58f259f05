/**
 * The app's command line. Chromium and tools (Playwright, debuggers) add switches of
 * their own, so unknown switches are left alone rather than refused.
 */
export interface AppArgs {
  /** Unattended exhibition mode. */
  kiosk: boolean;
  /** Scene id to open at. */
  scene: string | null;
  problems: string[];
}

export function parseAppArgs(argv: readonly string[]): AppArgs {
  const args: AppArgs = { kiosk: false, scene: null, problems: [] };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    const [name, inlineValue] = arg.startsWith('--') ? splitOnce(arg, '=') : [arg, undefined];
    const value = () => {
      if (inlineValue) return inlineValue;
      const next = argv[index + 1];
      if (inlineValue === '' || next === undefined || next.startsWith('--')) {
        args.problems.push(`${name} needs a value, as in ${name} the-scar`);
        return null;
      }
      index++;
      return next;
    };
    if (name === '--kiosk') args.kiosk = true;
    else if (name === '--scene') args.scene = value();
  }
  return args;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** The renderer URL for these arguments: the query carries modes, the hash the scene. */
export function rendererUrl(origin: string, args: AppArgs): string {
  const query = args.kiosk ? '?kiosk' : '';
  const hash = args.scene ? `#/${encodeURIComponent(args.scene)}` : '';
  return `${origin}/index.html${query}${hash}`;
}
