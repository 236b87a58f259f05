/**
 * mulberry32: a small, fast generator that gives the same sequence for the same seed on
 * every machine. The field of lights is drawn with it (the same field at every showing), and
 * the monkey test replays a failure from its seed.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
