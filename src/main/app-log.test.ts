import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appLogPath, errorDetail, isReportableLoadFailure, MAX_STACK_LINES, openAppLog } from './app-log';

describe('the app’s error log', () => {
  it('lives in the user-data folder’s logs folder', () => {
    expect(appLogPath('/home/show/.config/Forced Repatriation')).toBe('/home/show/.config/Forced Repatriation/logs/app-log.jsonl');
  });

  it('writes JSON lines, making its folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'app-log-'));
    try {
      const log = openAppLog(dir, { now: () => new Date('2025-05-01T09:30:00.000Z') });
      log.write('load-failed', { url: 'app://deck/index.html', errorCode: -6 });
      expect(readFileSync(appLogPath(dir), 'utf8')).toBe('{"time":"2025-05-01T09:30:00.000Z","event":"load-failed","url":"app://deck/index.html","errorCode":-6}\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps an error’s name, message and the top of its stack', () => {
    const error = new TypeError('x is not a function');
    error.stack = ['TypeError: x is not a function', ...Array.from({ length: 40 }, (_, line) => `    at frame${line}`)].join('\n');
    const detail = errorDetail(error);
    expect(detail).toMatchObject({ name: 'TypeError', message: 'x is not a function' });
    expect(detail.stack!.split('\n')).toHaveLength(MAX_STACK_LINES);
  });

  it('writes down whatever else was thrown or rejected', () => {
    expect(errorDetail('plain text')).toEqual({ name: 'string', message: 'plain text' });
    expect(errorDetail({ code: 42 })).toEqual({ name: 'object', message: '{"code":42}' });
    expect(errorDetail(undefined)).toEqual({ name: 'undefined', message: 'undefined' });
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(errorDetail(circular)).toEqual({ name: 'object', message: '[object Object]' });
    expect(errorDetail('y'.repeat(5000)).message).toHaveLength(2000);
  });

  it('leaves out loads that were only replaced by another', () => {
    expect(isReportableLoadFailure(-3)).toBe(false);
    expect(isReportableLoadFailure(-6)).toBe(true);
    expect(isReportableLoadFailure(-105)).toBe(true);
  });
});
