/**
 * `npm run check:electron`: Electronegativity (Doyensec's static check of Electron apps
 * against the security checklist) over src/, read by electronegativity-report.ts against
 * the reviewed allowlist in electronegativity-allowlist.json. Prints every finding and
 * exits non-zero on one above LOW that is not allowed, on a stale allowlist entry, or on a
 * file it could not parse (a file not parsed is a file not checked).
 *
 * It runs offline and in seconds: Electronegativity is called in-process, its translations
 * are loaded from its own folder instead of fetched, and its one check that downloads
 * Electron's release list (AvailableSecurityFixesGlobalCheck) is left out: the pinned
 * Electron is checked by src/main/packaging.test.ts instead. It scans the TypeScript
 * sources with its own parser, since npm test runs it before the build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { formatVerdict, judge, parseAllowlist, toFindings, type RawIssue } from './electronegativity-report';

const projectRoot = resolve(import.meta.dirname, '../..');
const scanned = join(projectRoot, 'src');
const allowlistFile = join(projectRoot, 'electronegativity-allowlist.json');
/** Checks that need the network; see above. */
const OFFLINE_EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];

interface RunnerResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: RawIssue[];
}
type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<RunnerResult>;

const require = createRequire(import.meta.url);

/** Electronegativity's runner, with its translations set up from disk rather than fetched. */
function loadRunner(): { run: Runner; version: string } {
  const packageDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const dist = join(packageDir, 'dist');
  const i18n = require(require.resolve('i18n', { paths: [packageDir] })) as {
    configure(options: Record<string, unknown>): void;
    setLocale(locale: string): void;
  };
  const localI18n = async () => {
    i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: join(dist, 'locales'), updateFiles: false, objectNotation: true, retryInDefaultLocale: true, register: globalThis });
    i18n.setLocale('en-US');
  };
  const i18nModule = join(dist, 'locales', 'i18n.js');
  require.cache[i18nModule] = { id: i18nModule, filename: i18nModule, loaded: true, exports: localI18n } as unknown as NodeJS.Module;
  const run = require(join(dist, 'runner.js')) as Runner;
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { run, version };
}

async function main(): Promise<void> {
  const started = performance.now();
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const electronVersion = pkg.devDependencies.electron!;
  const allowlist = parseAllowlist(JSON.parse(readFileSync(allowlistFile, 'utf8')));
  if (allowlist.problems.length > 0) {
    for (const problem of allowlist.problems) console.error(`${allowlistFile}: ${problem}`);
    process.exit(1);
  }
  const { run, version } = loadRunner();
  const result = await run(
    { input: scanned, isRelative: false, customScan: [], excludeFromScan: OFFLINE_EXCLUDED, electronVersionOverride: electronVersion, parserPlugins: [] },
    false,
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Electronegativity ${version}: ${result.globalChecks + result.atomicChecks} checks over src/ (Electron ${electronVersion}) in ${seconds} s`);
  const unparsed = result.errors.filter((error) => !error.tolerable);
  for (const error of result.errors) console.log(`${error.tolerable ? 'warning' : 'FAIL   '}  ${error.file}: could not be parsed: ${error.message}`);
  const verdict = judge(toFindings(result.issues, scanned, projectRoot), allowlist.entries);
  for (const line of formatVerdict(verdict)) console.log(line);
  if (!verdict.passed || unparsed.length > 0) process.exit(1);
}

main().catch((error: Error) => {
  console.error(`check:electron could not run Electronegativity: ${error.message}`);
  process.exit(1);
});
