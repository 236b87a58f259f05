/**
 * `npm run present -- --remote [--code-on-audience] [--kiosk --pin 2468] [--host <address>] [--port <n>]`
 * Serves the built deck (dist/renderer) for a show in a browser on this machine and, with
 * --remote, pairs a phone: the show's URL (loopback) and the phone's one-time URL and QR code
 * are printed, and the presenter window (S on the show, or the printed Presenter URL) draws the
 * code while it waits for its phone (the audience screen instead with --code-on-audience); Enter
 * makes a new code (the phone paired before is let go); Ctrl+C stops.
 * With --kiosk the show is a kiosk and the code opens the staff console, which asks the PIN.
 * The remote listens on this machine's private network address (and loopback for the show),
 * never a public one; --host names the address (127.0.0.1: this machine only, as the tests use).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { isPrivateIPv4, lanAddress } from '../remote/lan-address';
import { isLoopback, startRemoteServer } from '../remote/remote-server';
import { terminalQr } from '../remote/terminal-qr';

const projectRoot = resolve(import.meta.dirname, '../..');
const USAGE = 'Usage: npm run present -- [--remote [--code-on-audience]] [--kiosk [--pin <digits>]] [--host <address>] [--port <n>] [--no-qr] [--renderer <dir>]';

function fail(problem: string, code = 2): never {
  console.error(`${problem}\n${USAGE}`);
  process.exit(code);
}

let values: { remote?: boolean; 'code-on-audience'?: boolean; kiosk?: boolean; pin?: string; host?: string; port?: string; qr?: boolean; renderer?: string };
try {
  ({ values } = parseArgs({
    options: {
      remote: { type: 'boolean' },
      'code-on-audience': { type: 'boolean' },
      kiosk: { type: 'boolean' },
      pin: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      qr: { type: 'boolean', default: true },
      renderer: { type: 'string' },
    },
    allowNegative: true,
  }));
} catch (error) {
  fail((error as Error).message);
}

const root = values.renderer ? resolve(values.renderer) : resolve(projectRoot, 'dist/renderer');
if (!existsSync(resolve(root, 'index.html'))) fail(`No built deck at ${root}: run npm run build first.`, 1);
const port = values.port === undefined ? 0 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port takes a port number, not "${values.port}".`);
if (values.pin !== undefined && !/^\d{4,12}$/.test(values.pin)) fail(`--pin takes 4 to 12 digits, not "${values.pin}".`);
if (values.pin !== undefined && !values.kiosk) fail('--pin is the kiosk\'s: add --kiosk.');
if (values['code-on-audience'] && !values.remote) fail('--code-on-audience places the phone remote\'s code: add --remote.');
// A kiosk's code opens the staff console: it is never drawn where visitors see it.
if (values['code-on-audience'] && values.kiosk) fail('--code-on-audience cannot be used with --kiosk: the staff console\'s code is shown only here, never on the kiosk\'s screen.');

/** Where phones reach us: the address named, or this machine's private network address; never a public one. */
function phoneHost(): string | null {
  if (!values.remote) return null;
  if (values.host !== undefined) {
    if (!isPrivateIPv4(values.host) && !isLoopback(values.host)) fail(`--host must be a private network address (10.x, 172.16-31.x, 192.168.x) or 127.0.0.1, not "${values.host}": the remote is never opened to the internet.`);
    return values.host;
  }
  const found = lanAddress();
  if (!found) fail('This machine has no private network address for a phone to reach: join the room\'s Wi-Fi, or name an address with --host.', 1);
  return found;
}

const lan = phoneHost();
const hosts = lan === null || isLoopback(lan) ? ['127.0.0.1'] : [lan, '127.0.0.1'];
const codePlace = values['code-on-audience'] ? 'audience' : 'presenter';
const server = await startRemoteServer({ root, hosts, port, purpose: values.kiosk ? 'kiosk' : 'remote', pin: values.pin ?? null, codePlace }).catch((error: Error) =>
  fail(`Could not listen on ${hosts.join(' and ')}${port ? ` port ${port}` : ''}: ${error.message}`, 1),
);

const showUrl = server.showUrl(values.kiosk ? { kiosk: true, pin: values.pin ?? null } : {});
console.log(`Show: ${showUrl}`);
console.log('  Open it in a browser on this machine (full screen on the projector).');
if (values.remote && !values.kiosk) {
  console.log(`Presenter: ${server.showUrl({ view: 'presenter' })}`);
  const where = codePlace === 'audience' ? 'The audience screen shows the pairing code, as asked,' : 'It shows the pairing code';
  console.log(`  The speaker's window (or press S on the show). ${where} until a phone pairs.`);
}

function pair(): void {
  const { url, expiresAt } = server.pair();
  const minutes = Math.round((expiresAt - Date.now()) / 60_000);
  const who = values.kiosk ? 'the staff console (it asks for the kiosk PIN)' : 'the phone remote';
  console.log(`\nPair: ${url}`);
  console.log(`  Scan the code, or type the address, for ${who}. It works once, within ${minutes} minutes.`);
  if (values.qr) console.log(terminalQr(url));
  console.log('  Enter: a new code (the phone paired now is let go). Ctrl+C: stop.');
}

if (values.remote) {
  pair();
  // Each line on standard input is a request for a new code; a closed input (no terminal) changes nothing.
  createInterface({ input: process.stdin }).on('line', pair);
} else {
  console.log('No remote: add --remote to pair a phone.');
}

const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
