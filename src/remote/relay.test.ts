import { describe, expect, it } from 'vitest';
import type { StaffAction } from '../shared/remote-protocol';
import type { SyncMessage } from '../shared/sync';
import { PHONE_BURST, Relay } from './relay';

function peer() {
  const frames: Record<string, unknown>[] = [];
  const closed: [number, string][] = [];
  return {
    frames,
    closed,
    send: (text: string) => frames.push(JSON.parse(text)),
    close: (code: number, reason: string) => closed.push([code, reason]),
    last: () => frames.at(-1),
  };
}

function show() {
  const delivered: SyncMessage[] = [];
  const staff: StaffAction[] = [];
  let requests = 0;
  return { delivered, staff, requests: () => requests, end: { deliver: (m: SyncMessage) => delivered.push(m), staff: (a: StaffAction) => staff.push(a), requestStatus: () => requests++ } };
}

let seq = 0;
const next = (tick: number) => JSON.stringify({ kind: 'sync', tick, message: { kind: 'command', sender: 'phone', role: 'presenter', seq: seq++, command: { type: 'next' } } });
const state: SyncMessage = { kind: 'state', sender: 'aud', role: 'audience', seq: 1, state: { scene: 2, step: 1, playing: false, blackout: false } };

describe('the relay', () => {
  it('carries a phone’s command to the show, and the show’s state to the phone', () => {
    const relay = new Relay({ pin: null });
    const s = show();
    const bridge = relay.attachShow(s.end);
    const phone = peer();
    const end = relay.attachPhone(phone, 'session');
    expect(phone.last()).toEqual({ kind: 'tick', tick: 0 });
    end.receive(next(0));
    expect(s.delivered.map((m) => m.kind === 'command' && m.command.type)).toEqual(['next']);
    bridge.state(state);
    expect(phone.last()).toEqual({ kind: 'sync', message: state });
  });

  it('tells a phone that connects where the show is at once', () => {
    const relay = new Relay({ pin: null });
    relay.attachShow(show().end).state(state);
    const phone = peer();
    relay.attachPhone(phone, 'session');
    expect(phone.frames).toContainEqual({ kind: 'sync', message: state });
  });

  it.each([
    ['a state (only the show may say where it is)', JSON.stringify({ kind: 'sync', tick: 0, message: { ...state, role: 'presenter' } })],
    ['an unknown command', JSON.stringify({ kind: 'sync', tick: 0, message: { kind: 'command', sender: 'p', role: 'presenter', seq: 1, command: { type: 'reload' } } })],
    ['an extra key', JSON.stringify({ kind: 'sync', tick: 0, message: { kind: 'hello', sender: 'p', role: 'presenter', seq: 1 }, eval: 'x' })],
    ['not JSON', '{"kind":'],
    ['a staff action', JSON.stringify({ kind: 'staff', action: 'exit' })],
  ])('drops %s', (_what, frame) => {
    const relay = new Relay({ pin: null });
    const s = show();
    relay.attachShow(s.end);
    relay.attachPhone(peer(), 'session').receive(frame);
    expect(s.delivered).toEqual([]);
    expect(s.staff).toEqual([]);
  });

  it('drops a command sent under an old tick: it waited in a dead connection, and plays no part late', () => {
    const relay = new Relay({ pin: null });
    const s = show();
    relay.attachShow(s.end);
    const phone = peer();
    const end = relay.attachPhone(phone, 'session');
    relay.advance();
    relay.advance();
    end.receive(next(0));
    expect(s.delivered).toEqual([]);
    expect(phone.last()).toEqual({ kind: 'dropped', reason: 'stale' });
    end.receive(next(1));
    end.receive(next(2));
    expect(s.delivered).toHaveLength(2);
    // A tick from the future is no tick of this relay's.
    end.receive(next(9));
    expect(s.delivered).toHaveLength(2);
  });

  it('holds a burst of 1,000 commands to its limit, says so once, and lets the phone on afterwards', () => {
    let now = 0;
    const relay = new Relay({ pin: null, now: () => now });
    const s = show();
    relay.attachShow(s.end);
    const phone = peer();
    const end = relay.attachPhone(phone, 'session');
    for (let index = 0; index < 1000; index++) end.receive(next(0));
    expect(s.delivered).toHaveLength(PHONE_BURST);
    expect(phone.frames.filter((frame) => frame.kind === 'dropped')).toEqual([{ kind: 'dropped', reason: 'limited' }]);
    now += 1000;
    relay.advance();
    end.receive(next(1));
    expect(s.delivered).toHaveLength(PHONE_BURST + 1);
  });

  it('says when nobody shows the deck', () => {
    const relay = new Relay({ pin: null });
    const phone = peer();
    relay.attachPhone(phone, 'session').receive(next(0));
    expect(phone.last()).toEqual({ kind: 'dropped', reason: 'no-show' });
  });

  it('keeps one connection per pairing: a reconnection replaces the old one', () => {
    const relay = new Relay({ pin: null });
    const first = peer();
    relay.attachPhone(first, 'session');
    relay.attachPhone(peer(), 'session');
    expect(first.closed).toEqual([[4409, 'replaced']]);
    expect(relay.phones).toBe(1);
  });

  it('lets a console see and act only after the right PIN, with the PIN gate’s lockout', () => {
    const relay = new Relay({ pin: '2468' });
    const s = show();
    const bridge = relay.attachShow(s.end);
    const console = peer();
    const end = relay.attachConsole(console, 'session');
    end.receive(JSON.stringify({ kind: 'staff', action: 'restart-loop' }));
    expect(s.staff).toEqual([]);
    expect(console.last()).toEqual({ kind: 'dropped', reason: 'locked' });
    end.receive(JSON.stringify({ kind: 'unlock', pin: '1111' }));
    expect(console.last()).toEqual({ kind: 'pin', verdict: 'wrong' });
    bridge.status({ source: 'page', open: true, nextChange: null, paused: false, loopsPlayed: 1, lastVisitorInput: null, recoveries: null, lastError: null, scene: 'a', step: 0, updated: 'now', screenshot: null });
    expect(console.frames.some((frame) => frame.kind === 'status')).toBe(false);
    end.receive(JSON.stringify({ kind: 'unlock', pin: '2468' }));
    expect(console.last()).toEqual({ kind: 'pin', verdict: 'open' });
    expect(s.requests()).toBe(1);
    end.receive(JSON.stringify({ kind: 'staff', action: 'restart-loop' }));
    expect(s.staff).toEqual(['restart-loop']);
    expect(console.frames).toContainEqual({ kind: 'done', action: 'restart-loop' });
  });

  it('asks a show that attaches while a console watches for its status: a kiosk page reloaded, or not yet there at the PIN', () => {
    const relay = new Relay({ pin: '2468' });
    const console = peer();
    relay.attachConsole(console, 'session').receive(JSON.stringify({ kind: 'unlock', pin: '2468' }));
    expect(console.last()).toEqual({ kind: 'pin', verdict: 'open' });
    const first = show();
    relay.attachShow(first.end);
    expect(first.requests()).toBe(1);
    const reloaded = show();
    relay.attachShow(reloaded.end);
    expect(reloaded.requests()).toBe(1);
    // Without a console past the PIN, a show is asked nothing.
    const quiet = new Relay({ pin: '2468' });
    quiet.attachConsole(peer(), 'session');
    const unasked = show();
    quiet.attachShow(unasked.end);
    expect(unasked.requests()).toBe(0);
  });

  it('shuts the console out after five wrong PINs, whichever connection tries', () => {
    let now = 0;
    const relay = new Relay({ pin: '2468', now: () => now });
    for (let index = 0; index < 5; index++) {
      now += 2000;
      relay.attachConsole(peer(), `s${index}`).receive(JSON.stringify({ kind: 'unlock', pin: '0000' }));
    }
    const late = peer();
    relay.attachConsole(late, 'late').receive(JSON.stringify({ kind: 'unlock', pin: '2468' }));
    expect(late.last()).toEqual({ kind: 'pin', verdict: 'locked' });
  });

  it('has no console at a kiosk without a PIN', () => {
    const relay = new Relay({ pin: null });
    const s = show();
    relay.attachShow(s.end);
    const console = peer();
    const end = relay.attachConsole(console, 'session');
    expect(console.last()).toEqual({ kind: 'pin', verdict: 'none-set' });
    end.receive(JSON.stringify({ kind: 'unlock', pin: '' }));
    end.receive(JSON.stringify({ kind: 'staff', action: 'exit' }));
    expect(s.staff).toEqual([]);
  });

  it('closes every phone and console with the reason', () => {
    const relay = new Relay({ pin: null });
    const phone = peer();
    relay.attachPhone(phone, 'a');
    relay.closeAll(4401, 'revoked');
    expect(phone.closed).toEqual([[4401, 'revoked']]);
    expect(relay.phones).toBe(0);
  });
});
