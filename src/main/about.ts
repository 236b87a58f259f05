/**
 * What Help › About says: the app, its version, the article's author and the credits, as
 * in the README's Credits (a test keeps the two in step). Plain text for a message box.
 */

/** As deck.yaml names the author (a test checks it). */
export const ARTICLE_AUTHOR = 'A writer associated with North Korean Writers in Exile PEN Literature';

export const CREDITS: readonly string[] = [
  'Fonts: Source Serif 4 (Adobe) and Inter (Rasmus Andersson), SIL Open Font License 1.1.',
  'Animation: GSAP with its DrawSVG plugin (GreenSock standard license).',
  'Maps: Natural Earth 1:110m and 1:50m (public domain) through world-atlas (ISC), drawn at build time with d3-geo and topojson-client (ISC).',
  'Illustrations: drawn for this deck as SVG; no photographs, film stills or third-party artwork.',
  'Deck format: yaml (ISC), zod (MIT), markdown-it (MIT).',
];

export interface AboutVersions {
  version: string;
  electron?: string;
  chrome?: string;
}

export function aboutMessage(productName: string, versions: AboutVersions): { title: string; message: string; detail: string } {
  const runtime = [versions.electron && `Electron ${versions.electron}`, versions.chrome && `Chromium ${versions.chrome}`].filter(Boolean).join(', ');
  return {
    title: `About ${productName}`,
    message: `${productName} ${versions.version}`,
    detail: [
      'An op-ed about North Korean defectors forcibly returned from China, told as a timed, animated presentation.',
      '',
      `Article: ${ARTICLE_AUTHOR}. The article is carried complete, word for word; everything else is marked as ours.`,
      '',
      ...CREDITS,
      ...(runtime ? ['', `Runs on ${runtime}.`] : []),
    ].join('\n'),
  };
}
