import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KioskStatusBook, kioskStatusPath, writeKioskStatus } from './kiosk-status';

describe('the kiosk health report', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'kiosk-status-'));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  const started = new Date('2026-12-07T08:00:00Z');
  const at = (minutes: number) => new Date(started.getTime() + minutes * 60_000);

  it('counts loops, recoveries, the last visitor and the last error from the log', () => {
    const book = new KioskStatusBook('0.1.0', started, 2, 60);
    book.note('loop', { loop: 1 }, at(1));
    book.note('loop', { loop: 2 }, at(8));
    book.note('visitor', {}, at(10));
    book.note('idle-return', {}, at(13));
    book.note('crash', { reason: 'oom', exitCode: 9 }, at(20));
    book.note('recovered', { cause: 'crash' }, at(20.1));
    book.screenshotTaken('/data/kiosk-status.png', at(20));
    expect(book.status(at(30), { open: true, nextChange: new Date('2026-12-07T17:00:00Z') })).toEqual({
      version: '0.1.0',
      started: '2026-12-07T08:00:00.000Z',
      updated: '2026-12-07T08:30:00.000Z',
      uptimeSeconds: 1800,
      loopsPlayed: 2,
      lastVisitorInput: '2026-12-07T08:12:00.000Z',
      recoveries: 1,
      relaunches: 2,
      lastError: { time: '2026-12-07T08:20:00.000Z', event: 'crash', reason: 'oom' },
      open: true,
      nextChange: '2026-12-07T17:00:00.000Z',
      screenshot: { file: '/data/kiosk-status.png', time: '2026-12-07T08:20:00.000Z' },
    });
  });

  it('writes the file whole, rewrites it each time, and leaves no temporary file', () => {
    const path = kioskStatusPath(folder);
    const book = new KioskStatusBook('0.1.0', started, 0, 60);
    expect(writeKioskStatus(path, book.status(at(1), { open: true, nextChange: null }))).toBe(true);
    expect(JSON.parse(readFileSync(path, 'utf8')).uptimeSeconds).toBe(60);
    book.note('loop', { loop: 1 }, at(1.5));
    writeKioskStatus(path, book.status(at(2), { open: false, nextChange: at(600) }));
    const second = JSON.parse(readFileSync(path, 'utf8'));
    expect(second).toMatchObject({ uptimeSeconds: 120, loopsPlayed: 1, open: false, nextChange: at(600).toISOString() });
    expect(readdirSync(folder)).toEqual(['kiosk-status.json']);
  });

  it('replaces a damaged report from before (a half-written file after a power cut)', () => {
    const path = kioskStatusPath(folder);
    writeFileSync(path, '{"version": "0.1.0", "uptimeSec');
    writeKioskStatus(path, new KioskStatusBook('0.1.0', started, 0, 60).status(at(1), { open: true, nextChange: null }));
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ version: '0.1.0', uptimeSeconds: 60 });
  });

  it('keeps the previous report whole when a write fails part-way, and says so', () => {
    const path = kioskStatusPath(folder);
    const book = new KioskStatusBook('0.1.0', started, 0, 60);
    writeKioskStatus(path, book.status(at(1), { open: true, nextChange: null }));
    const before = readFileSync(path, 'utf8');
    // The temporary file's place taken by a folder: the write fails (for root too) before the rename.
    mkdirSync(join(folder, `.kiosk-status.json.${process.pid}.partial`));
    const said: string[] = [];
    expect(writeKioskStatus(path, book.status(at(2), { open: true, nextChange: null }), (message) => said.push(message))).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(said).toEqual([expect.stringMatching(/^kiosk: the health report was not written \(could not write .*kiosk-status\.json: .+\); the kiosk goes on without it$/)]);
  });
});
