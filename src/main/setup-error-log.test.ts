/** The error log's Electron glue against a stand-in Electron: each kind of failure lands in the log. */
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

const fakeApp = Object.assign(new EventEmitter(), { getVersion: () => '0.1.0', isPackaged: false });
vi.mock('electron', () => ({ app: fakeApp }));
const { setupErrorLog } = await import('./setup-error-log');
import type { AppLog } from './app-log';

const written: [string, Record<string, unknown>][] = [];
const log = { write: (event: string, detail: Record<string, unknown> = {}) => written.push([event, detail]) } as unknown as AppLog;
const proc = new EventEmitter();
vi.spyOn(console, 'error').mockImplementation(() => {});
setupErrorLog(log, proc);
const contents = Object.assign(new EventEmitter(), { getURL: () => 'app://deck/index.html' });
fakeApp.emit('web-contents-created', {}, contents);

const last = () => written.at(-1)!;

describe('what goes to the error log', () => {
  it('a line at start', () => {
    expect(written[0]).toEqual(['start', expect.objectContaining({ version: '0.1.0', packaged: false })]);
  });

  it('uncaught exceptions and unhandled rejections in main, without ending the app', () => {
    proc.emit('uncaughtException', new RangeError('too far'));
    expect(last()).toEqual(['uncaught-exception', expect.objectContaining({ name: 'RangeError', message: 'too far' })]);
    proc.emit('unhandledRejection', 'no reason');
    expect(last()).toEqual(['unhandled-rejection', { name: 'string', message: 'no reason' }]);
  });

  it('a renderer or helper process that dies (not one that ends cleanly)', () => {
    fakeApp.emit('render-process-gone', {}, contents, { reason: 'crashed', exitCode: 139 });
    expect(last()).toEqual(['renderer-gone', { url: 'app://deck/index.html', reason: 'crashed', exitCode: 139 }]);
    fakeApp.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed', exitCode: 1 });
    expect(last()).toEqual(['child-process-gone', { type: 'GPU', reason: 'crashed', exitCode: 1, name: null }]);
    const count = written.length;
    fakeApp.emit('child-process-gone', {}, { type: 'Utility', reason: 'clean-exit', exitCode: 0 });
    expect(written).toHaveLength(count);
  });

  it('a page that fails to load (not one replaced by another), a preload that throws, a page that hangs', () => {
    contents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://deck/missing.html', true);
    expect(last()).toEqual(['load-failed', { url: 'app://deck/missing.html', errorCode: -6, errorDescription: 'ERR_FILE_NOT_FOUND', isMainFrame: true }]);
    const count = written.length;
    contents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', 'app://deck/index.html', true);
    expect(written).toHaveLength(count);
    contents.emit('preload-error', {}, '/app/preload.cjs', new Error('boom'));
    expect(last()).toEqual(['preload-error', expect.objectContaining({ preloadPath: '/app/preload.cjs', message: 'boom' })]);
    contents.emit('unresponsive');
    expect(last()).toEqual(['unresponsive', { url: 'app://deck/index.html' }]);
  });
});
