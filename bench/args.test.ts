import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './args.ts';

const known = ['first-scene', 'transitions', 'pdf'];

describe('parseBenchArgs', () => {
  it('runs everything at full counts by default', () => {
    expect(parseBenchArgs([], known, 'out.json')).toEqual({ quick: false, only: null, out: 'out.json', renderer: null });
  });

  it('takes --quick, --out, --renderer and --only, repeated or comma-separated', () => {
    expect(parseBenchArgs(['--quick', '--only', 'pdf,transitions', '--only', 'first-scene', '--out', 'x.json', '--renderer', '/tmp/r'], known, 'out.json')).toEqual({
      quick: true,
      only: ['pdf', 'transitions', 'first-scene'],
      out: 'x.json',
      renderer: '/tmp/r',
    });
  });

  it('names the measurements there are when asked for one there is not', () => {
    expect(() => parseBenchArgs(['--only', 'frames'], known, 'out.json')).toThrow('unknown measurement frames: choose from first-scene, transitions, pdf');
  });

  it('refuses flags it does not know', () => {
    expect(() => parseBenchArgs(['--fast'], known, 'out.json')).toThrow();
  });
});
