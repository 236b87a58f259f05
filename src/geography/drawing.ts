/** What the map drawings share: the countries' ids, and points in their SVG viewBox rounded for a small file. */

/** ISO 3166-1 numeric ids, as world-atlas spells them. */
export const CHINA = '156';
export const NORTH_KOREA = '408';
export const SOUTH_KOREA = '410';
export const BELGIUM = '056';

export type Point = [number, number];

/** A tenth of a viewBox unit is far below a pixel on any screen the stage is shown on. */
export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function roundPoint([x, y]: [number, number]): Point {
  return [round(x, 1), round(y, 1)];
}
