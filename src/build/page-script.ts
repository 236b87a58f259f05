/**
 * `virtual:page-clock`: src/video/page-clock.ts and its library bundled into one classic script,
 * exported as a string, for the video export to put into a page before the page's own scripts.
 * Built here, at build time, so neither the command line nor the app bundles anything at run time.
 */
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';

const ID = 'virtual:page-clock';

export function pageClockScript(root: string): Plugin {
  return {
    name: 'forced-repatriation-deck:page-clock',
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    async load(id) {
      if (id !== `\0${ID}`) return null;
      return `export default ${JSON.stringify(await bundleClassicScript(resolve(root, 'src/video/page-clock.ts'), 'pageClockSetup'))};`;
    },
  };
}

/**
 * A module and what it imports as one minified classic script (an IIFE), as text: for a page to
 * run before, or without, its own modules (the page clock; the painted first scene's gate).
 */
export async function bundleClassicScript(entry: string, globalName: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, target: 'es2022', lib: { entry, formats: ['iife'], name: globalName } },
  });
  const result = (Array.isArray(output) ? output[0]! : output) as { output: { type: string; code?: string }[] };
  const code = result.output.find((item) => item.type === 'chunk')?.code;
  if (!code) throw new Error(`${entry} did not build into a script`);
  return code;
}
