import { describe, expect, it } from 'vitest';
import { parseSyncMessage, SequenceFilter, type SyncMessage } from './sync.ts';

const state: SyncMessage = { sender: 'a1', role: 'audience', seq: 3, kind: 'state', state: { scene: 2, step: 1, playing: false, blackout: true } };
const command: SyncMessage = { sender: 'p1', role: 'presenter', seq: 1, kind: 'command', command: { type: 'goto', scene: 4, step: 0 } };

describe('sync messages', () => {
  it('accepts well-formed messages', () => {
    expect(parseSyncMessage(state)).toEqual(state);
    expect(parseSyncMessage(command)).toEqual(command);
    expect(parseSyncMessage({ sender: 'p1', role: 'presenter', seq: 0, kind: 'hello' })).toEqual({ sender: 'p1', role: 'presenter', seq: 0, kind: 'hello' });
  });

  it.each([
    ['not an object', 'next'],
    ['no sender', { role: 'presenter', seq: 1, kind: 'hello' }],
    ['an unknown kind', { sender: 'p', role: 'presenter', seq: 1, kind: 'reload' }],
    ['an unknown command', { ...command, command: { type: 'delete' } }],
    ['a negative scene', { ...command, command: { type: 'goto', scene: -1, step: 0 } }],
    ['a fractional step', { ...state, state: { scene: 1, step: 0.5, playing: false, blackout: false } }],
    ['an extra key', { ...command, script: 'alert(1)' }],
    ['an unknown role', { ...command, role: 'admin' }],
  ])('rejects %s', (_what, data) => {
    expect(parseSyncMessage(data)).toBeNull();
  });

  it('drops its own echo, stale and repeated messages, and hears a reloaded window afresh', () => {
    const filter = new SequenceFilter('a1');
    expect(filter.accept(state)).toBe(false);
    expect(filter.accept(command)).toBe(true);
    expect(filter.accept(command)).toBe(false);
    expect(filter.accept({ ...command, seq: 0 })).toBe(false);
    expect(filter.accept({ ...command, seq: 2 })).toBe(true);
    expect(filter.accept({ ...command, sender: 'p2', seq: 0 })).toBe(true);
  });
});
