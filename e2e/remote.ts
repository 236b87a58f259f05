/**
 * The phone remote for the browser specs: `npm run present`'s command run as a speaker runs it
 * (the built dist/cli/present.mjs, on loopback only), its printed URLs read back, Enter sent for
 * a new pairing; and a loopback proxy that can hold a connection the way a Wi-Fi drop does
 * (nothing passes, the socket still looks open) and let it go again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';

const projectRoot = resolve(import.meta.dirname, '..');

export interface PresentCommand {
  showUrl: string;
  /** The port it listens on: one the system chose, so runs side by side (or repeated) never collide. */
  port: number;
  pairUrl: string;
  /** The speaker's window, as printed (a phone remote's, not a kiosk's: there is none). */
  presenterUrl: string | null;
  /** Presses Enter: a new pairing; resolves with its URL. */
  pairAgain(): Promise<string>;
  stop(): Promise<void>;
}

export async function startPresent(args: string[]): Promise<PresentCommand> {
  const child: ChildProcess = spawn(process.execPath, [resolve(projectRoot, 'dist/cli/present.mjs'), '--remote', '--host', '127.0.0.1', '--no-qr', ...args], {
    cwd: projectRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters: (() => void)[] = [];
  child.stdout!.on('data', (chunk) => {
    output += String(chunk);
    for (const wake of waiters.splice(0)) wake();
  });
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  const lines = (prefix: string) => [...output.matchAll(new RegExp(`^${prefix}: (\\S+)$`, 'gm'))].map((match) => match[1]!);
  const waitFor = async (prefix: string, count: number): Promise<string> => {
    const deadline = Date.now() + 15_000;
    while (lines(prefix).length < count) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`npm run present printed no "${prefix}:" line:\n${output}`);
      await new Promise<void>((wake) => {
        waiters.push(wake);
        setTimeout(wake, 200);
      });
    }
    return lines(prefix)[count - 1]!;
  };
  const showUrl = await waitFor('Show', 1);
  const pairUrl = await waitFor('Pair', 1);
  return {
    showUrl,
    port: Number(new URL(showUrl).port),
    pairUrl,
    // Printed before the first code, so it is there by now when it is printed at all.
    presenterUrl: lines('Presenter')[0] ?? null,
    pairAgain: () => {
      const count = lines('Pair').length + 1;
      child.stdin!.write('\n');
      return waitFor('Pair', count);
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A phone: a context of its own (its own cookies), 390x844 with touch, and its console errors kept. */
export async function openPhone(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  return { page, errors };
}

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true } as const;

/** A loopback proxy in front of `target` (host:port), for cutting the line as a Wi-Fi drop does. */
export class DropProxy {
  readonly #server: Server;
  readonly #pairs = new Set<{ client: Socket; upstream: Socket }>();
  readonly #held: { to: Socket; data: Buffer }[] = [];
  #holding = false;

  private constructor(server: Server) {
    this.#server = server;
  }

  static async start(targetPort: number): Promise<DropProxy> {
    let proxy: DropProxy | null = null;
    const server = createServer((client) => proxy!.#accept(client, targetPort));
    proxy = new DropProxy(server);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    return proxy;
  }

  get port(): number {
    return (this.#server.address() as { port: number }).port;
  }

  /** Nothing passes, either way, on any connection, old or new; what is sent waits here, as in a dead link's buffers. */
  hold(): void {
    this.#holding = true;
  }

  /** The link is back: what waited is delivered, late, and the connections from before are then cut (their ends gave up on them). */
  release(): void {
    this.#holding = false;
    for (const { to, data } of this.#held.splice(0)) if (!to.destroyed) to.write(data);
    setTimeout(() => {
      for (const { client, upstream } of this.#pairs) {
        client.destroy();
        upstream.destroy();
      }
      this.#pairs.clear();
    }, 200);
  }

  async close(): Promise<void> {
    for (const { client, upstream } of this.#pairs) {
      client.destroy();
      upstream.destroy();
    }
    await new Promise((done) => this.#server.close(done));
  }

  #accept(client: Socket, targetPort: number): void {
    if (this.#holding) {
      // A new connection during the drop: it reaches nothing, and is never answered.
      client.on('error', () => {});
      client.on('data', () => {});
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1');
    const pair = { client, upstream };
    this.#pairs.add(pair);
    const pipe = (from: Socket, to: Socket) =>
      from.on('data', (data) => {
        if (this.#holding) this.#held.push({ to, data });
        else to.write(data);
      });
    pipe(client, upstream);
    pipe(upstream, client);
    const end = () => {
      // While held, an end is as lost as anything else.
      if (this.#holding) return;
      client.destroy();
      upstream.destroy();
      this.#pairs.delete(pair);
    };
    client.on('close', end);
    upstream.on('close', end);
    client.on('error', () => {});
    upstream.on('error', () => {});
  }
}
