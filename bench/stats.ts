/**
 * The arithmetic the bench and the endurance specs share, pure so it is tested once:
 * percentiles by the nearest-rank rule (a p95 is a frame that happened, not an
 * interpolation), and a least-squares slope for growth trends.
 */

/** The nearest-rank percentile of `values` (0 < share <= 1); NaN when there are none. */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil(share * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface FrameSummary {
  frames: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

export function summariseFrames(frameMs: readonly number[]): FrameSummary {
  return {
    frames: frameMs.length,
    p50Ms: percentile(frameMs, 0.5),
    p95Ms: percentile(frameMs, 0.95),
    p99Ms: percentile(frameMs, 0.99),
    maxMs: frameMs.length ? Math.max(...frameMs) : Number.NaN,
  };
}

/** Least-squares slope of y over x: how much y grows per unit of x. 0 for fewer than two points. */
export function slope(points: readonly { x: number; y: number }[]): number {
  if (points.length < 2) return 0;
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / points.length;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / points.length;
  let covariance = 0;
  let variance = 0;
  for (const point of points) {
    covariance += (point.x - meanX) * (point.y - meanY);
    variance += (point.x - meanX) ** 2;
  }
  return variance === 0 ? 0 : covariance / variance;
}

/** Ours over the yardstick's (reveal.js's): 1 is level, below 1 ahead. NaN when the yardstick is not a positive figure. */
export function ratio(ours: number, yardstick: number): number {
  return yardstick > 0 && Number.isFinite(ours) ? ours / yardstick : Number.NaN;
}
