import { describe, expect, it } from 'vitest';
import { parseWaitingPairing } from '../../../shared/remote-protocol';
import { codeToShow } from './waiting-code';

const url = 'http://192.168.1.20:4321/p/abc_DEF-123';
const waiting = (place: 'presenter' | 'audience') => parseWaitingPairing({ pairing: { url, place, expiresAt: 1 } });

describe('the code a page of the web build shows', () => {
  it('is the waiting one, in the window it is meant for only', () => {
    expect(codeToShow(waiting('presenter'), 'presenter', null)).toBe(url);
    expect(codeToShow(waiting('presenter'), 'audience', null)).toBeNull();
    expect(codeToShow(waiting('audience'), 'audience', null)).toBe(url);
  });

  it('is none once a phone has paired, or when the speaker closed that code', () => {
    expect(codeToShow(parseWaitingPairing({ pairing: null }), 'presenter', null)).toBeNull();
    expect(codeToShow(waiting('presenter'), 'presenter', url)).toBeNull();
    expect(codeToShow(null, 'presenter', null)).toBeNull();
  });

  it('trusts only the server’s shape: an http address of the pairing path', () => {
    expect(parseWaitingPairing({ pairing: { url: 'javascript:alert(1)', place: 'presenter', expiresAt: 1 } })).toBeNull();
    expect(parseWaitingPairing({ pairing: { url, place: 'elsewhere', expiresAt: 1 } })).toBeNull();
    expect(parseWaitingPairing('<html>')).toBeNull();
  });
});
