/**
 * The drawing behind slides/visuals/LightsField.svelte ("Another Lu Jiwan"): China's outline
 * and, inside it, a field of small scattered lights (a jittered grid with a fixed seed, each
 * point kept only if it lies in China), with room left around the one light that breathes,
 * in Yanbian, the borderland where the journey began.
 *
 * Drawn once, when the map data is built (src/cli/build-geography.ts), not in the show: the
 * point-in-China test over a thousand grid points takes the better part of a second on a
 * slow machine, and would land in the middle of a scene change.
 */
import { geoConicEqualArea, geoContains, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { mulberry32 } from '../shared/seeded-random.ts';
import { CHINA, round, type Point } from './drawing.ts';

export interface LightsFieldDrawing {
  width: number;
  height: number;
  outline: string;
  /** Each light as [x, y, radius, opacity]. */
  lights: [number, number, number, number][];
  /** The one that breathes. */
  flicker: Point;
}

const WIDTH = 568;
const HEIGHT = 860;
/** Grid spacing of the lights, in viewBox units. */
const SPACING = 19;
/** The one light that breathes: in Yanbian. */
export const FLICKER_AT: [number, number] = [128.8, 43.6];
const SEED = 20240301;

/** An equal-area conic for China's latitudes, as China's own atlases draw it, fitted to the column. */
export function lightsFieldProjection(china: Feature<MultiPolygon>): GeoProjection {
  return geoConicEqualArea()
    .parallels([25, 47])
    .rotate([-105, 0])
    .fitExtent(
      [
        [6, 0],
        [WIDTH - 6, HEIGHT],
      ],
      china,
    );
}

export function drawLightsField(topology: Topology): LightsFieldDrawing {
  const countries = topology.objects.countries as GeometryCollection<{ name: string }>;
  const china = (feature(topology, countries).features as Feature<MultiPolygon, { name: string }>[]).find((country) => country.id === CHINA);
  if (!china) throw new Error('the map data has no China (id 156)');

  const projection = lightsFieldProjection(china);
  const path = geoPath(projection).digits(1);
  const [[left, top], [right, bottom]] = path.bounds(china);

  const random = mulberry32(SEED);
  const lights: LightsFieldDrawing['lights'] = [];
  for (let y = top + SPACING / 2; y < bottom; y += SPACING) {
    for (let x = left + SPACING / 2; x < right; x += SPACING) {
      const px = x + (random() - 0.5) * SPACING * 0.9;
      const py = y + (random() - 0.5) * SPACING * 0.9;
      const r = 1.2 + random() * 1.2;
      const opacity = 0.25 + random() * 0.5;
      // Some cells stay dark, so the field reads as scattered lights, not a lattice.
      if (random() < 0.3) continue;
      const place = projection.invert!([px, py]);
      if (place && geoContains(china, place)) lights.push([round(px, 1), round(py, 1), round(r, 2), round(opacity, 2)]);
    }
  }
  // The field keeps a little room around the one that breathes.
  const [flickerX, flickerY] = projection(FLICKER_AT)!;
  return {
    width: WIDTH,
    height: HEIGHT,
    outline: path(china) ?? '',
    lights: lights.filter(([x, y]) => Math.hypot(x - flickerX, y - flickerY) > SPACING * 0.8),
    flicker: [round(flickerX, 1), round(flickerY, 1)],
  };
}
