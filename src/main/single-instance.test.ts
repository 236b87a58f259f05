import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: {} }));
const { setupSingleInstance, takesSingleInstanceLock } = await import('./single-instance');

function host(lock: boolean) {
  return Object.assign(new EventEmitter(), { requestSingleInstanceLock: vi.fn(() => lock), quit: vi.fn() });
}

describe('one show per machine', () => {
  it('takes the lock for a show and brings it forward when launched again', () => {
    const first = host(true);
    const focus = vi.fn();
    expect(setupSingleInstance({ exempt: false, focus }, first)).toBe(true);
    expect(first.quit).not.toHaveBeenCalled();
    first.emit('second-instance', {}, ['electron', '.'], '/');
    expect(focus).toHaveBeenCalledOnce();
  });

  it('quits a second launch and sets nothing up', () => {
    const second = host(false);
    expect(setupSingleInstance({ exempt: false, focus: vi.fn() }, second)).toBe(false);
    expect(second.quit).toHaveBeenCalledOnce();
    expect(second.listenerCount('second-instance')).toBe(0);
  });

  it('leaves a one-off PDF export out of it', () => {
    expect(takesSingleInstanceLock({ exportPdf: '/tmp/deck.pdf' })).toBe(false);
    expect(takesSingleInstanceLock({ exportPdf: null })).toBe(true);
    const exporter = host(false);
    expect(setupSingleInstance({ exempt: true, focus: vi.fn() }, exporter)).toBe(true);
    expect(exporter.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(exporter.quit).not.toHaveBeenCalled();
  });
});
