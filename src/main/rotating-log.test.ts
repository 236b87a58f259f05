import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { RotatingLog } from './rotating-log';

// The rotation itself is tested through the kiosk log (kiosk/kiosk-log.test.ts); here, what any log adds.
describe('a rotating log', () => {
  it('names itself and what happens instead in its one message about a failure', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotating-log-'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      writeFileSync(join(dir, 'blocker'), '');
      const log = new RotatingLog(join(dir, 'blocker', 'x.jsonl'), { label: 'app log', onFailure: 'the app goes on without it' });
      log.write('a');
      log.write('b');
      expect(error).toHaveBeenCalledOnce();
      expect(error.mock.calls[0]![0]).toMatch(/^app log: cannot write .*x\.jsonl \(.+\); the app goes on without it$/);
    } finally {
      error.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rotates any log the same way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rotating-log-'));
    try {
      const log = new RotatingLog(join(dir, 'app.jsonl'), { maxBytes: 256, keep: 1 });
      for (let n = 0; n < 50; n++) log.write('event', { n });
      expect(readdirSync(dir).sort()).toEqual(['app.jsonl', 'app.jsonl.1']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
