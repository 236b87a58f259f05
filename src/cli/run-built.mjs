// @ts-check
/**
 * `node src/cli/run-built.mjs <export-pdf|export-video|present> [arguments…]`, what `npm run export:pdf`,
 * `export:video` and `present` run: the built command (dist/cli/<name>.mjs) on a build of the project as it
 * is now. When the build stamp (src/build/build-stamp.mjs) says dist/ was built from other files,
 * or there is no complete build, it runs `npm run build` first (its output shown only if it
 * fails); when nothing changed it builds nothing. The command then runs in this same process:
 * no second node or npm to start.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { currentInputs, projectRoot, readStamp, whyBuild } from '../build/build-stamp.mjs';

const COMMANDS = ['export-pdf', 'export-video', 'present'];
const name = process.argv[2] ?? '';
if (!COMMANDS.includes(name)) {
  console.error(`run-built.mjs: which command? ${COMMANDS.join(' or ')}, not "${name}"`);
  process.exit(2);
}

const reason = whyBuild(readStamp(), currentInputs());
if (reason) {
  console.log(`Building first: ${reason}…`);
  await build();
}

// The command reads its own arguments from process.argv, as when node runs it directly.
process.argv.splice(2, 1);
await import(pathToFileURL(join(projectRoot, 'dist', 'cli', `${name}.mjs`)).href);

/** `npm run build`, quietly: its output is printed only if it fails, and then the command does not run. */
function build() {
  return new Promise((resolve) => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const child = spawn(npm, ['run', 'build', '--silent'], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    /** @type {Buffer[]} */
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => {
      console.error(`The build could not start: ${error.message}`);
      process.exit(1);
    });
    child.on('close', (code) => {
      if (code === 0) return resolve(undefined);
      process.stderr.write(Buffer.concat(output));
      console.error(`The build failed (npm run build exited with ${code}): nothing exported.`);
      process.exit(1);
    });
  });
}
