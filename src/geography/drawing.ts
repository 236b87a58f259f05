/** What the map drawings share: points in their SVG viewBox, rounded for a small file. */
export type Point = [number, number];

/** A tenth of a viewBox unit is far below a pixel on any screen the stage is shown on. */
export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function roundPoint([x, y]: [number, number]): Point {
  return [round(x, 1), round(y, 1)];
}
