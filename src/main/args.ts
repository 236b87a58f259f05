/**
 * The app's command line. Chromium and tools (Playwright, debuggers) add switches of
 * their own, so unknown switches are left alone rather than refused.
 */
export interface AppArgs {
  /** Unattended exhibition mode. */
  kiosk: boolean;
  /** Scene id to open at. */
  scene: string | null;
  /** 1-based display for the presenter window. */
  presenterDisplay: number | null;
  /** Export the deck to this PDF and quit. */
  exportPdf: string | null;
  /** With --export-pdf: a page per step, notes pages, a handout. */
  print: { steps: boolean; notes: boolean; handout: boolean };
  problems: string[];
}

export function parseAppArgs(argv: readonly string[]): AppArgs {
  const args: AppArgs = {
    kiosk: false,
    scene: null,
    presenterDisplay: null,
    exportPdf: null,
    print: { steps: false, notes: false, handout: false },
    problems: [],
  };
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
    else if (name === '--export-pdf') args.exportPdf = value();
    else if (name === '--steps' || name === '--notes' || name === '--handout') args.print[name.slice(2) as 'steps' | 'notes' | 'handout'] = true;
    else if (name === '--scene') args.scene = value();
    else if (name === '--presenter-display') {
      const given = value();
      if (given !== null && /^[1-9]\d?$/.test(given)) args.presenterDisplay = Number(given);
      else if (given !== null) args.problems.push(`--presenter-display takes a display number from 1, not "${given}"`);
    }
  }
  return args;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** The renderer URL for these arguments: the query carries modes, the hash the scene. */
export function rendererUrl(origin: string, args: Pick<AppArgs, 'kiosk' | 'scene'>, view: 'audience' | 'presenter' = 'audience'): string {
  const query = new URLSearchParams();
  if (view === 'presenter') query.set('view', 'presenter');
  if (args.kiosk && view === 'audience') query.set('kiosk', '');
  const search = query.toString().replace(/=(&|$)/g, '$1');
  const hash = args.scene && view === 'audience' ? `#/${encodeURIComponent(args.scene)}` : '';
  return `${origin}/index.html${search ? `?${search}` : ''}${hash}`;
}

/** The print view's URL for an export. */
export function printUrl(origin: string, print: AppArgs['print']): string {
  const flags = (['steps', 'notes', 'handout'] as const).filter((flag) => print[flag]);
  return `${origin}/index.html?view=print${flags.map((flag) => `&${flag}`).join('')}`;
}
