/**
 * `npm run build:geography`: writes the drawings the deck's map visuals import, made from
 * world-atlas (Natural Earth 4.1.0 country shapes as TopoJSON) in two stages.
 *
 * First the map data, cut to what the maps show (the whole atlas is ~750 KB at 1:50m):
 *
 * - china-korea (buildChinaKorea), 1:50m: China, North Korea and South Korea whole (the
 *   border map and the field of lights), plus `context`: the other countries' lines (Russia's
 *   coast and border, Japan) clipped to the border map's surroundings.
 * - eurasia (buildEurasia), 1:110m: the countries the journey map can show, whole (their
 *   lines beyond its view kept coarse).
 *
 * Arcs keep their identity, so the shared border of two kept countries is still one shared arc
 * (`topojson.mesh` finds it); each output puts them on a coarser grid and drops points its map
 * cannot show (see `Fineness`).
 *
 * Then the drawings: each map visual's paths and points, projected from that data by
 * src/geography/*.ts into `assets/geo/*.drawing.json`, so the show carries finished SVG paths
 * and no projection code (which cost a long frame in the middle of a scene change). The
 * output is deterministic: build-geography.test.ts rebuilds it and compares it with the files. Sources: world-atlas 2.0.2 (ISC licence), from Natural
 * Earth (public domain).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology, Transform } from 'topojson-specification';
import { drawBorderMap } from '../geography/border-map.ts';
import { CHINA, NORTH_KOREA, SOUTH_KOREA } from '../geography/drawing.ts';
import { drawJourneyMap } from '../geography/journey-map.ts';
import { drawLightsField } from '../geography/lights-field.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

/** [west, south, east, north] in degrees. */
type Box = readonly [number, number, number, number];

/** The only geometry kinds world-atlas's `countries` use. */
type CountryGeometry =
  | { type: 'Polygon'; id?: string; properties?: { name: string }; arcs: number[][] }
  | { type: 'MultiPolygon'; id?: string; properties?: { name: string }; arcs: number[][][] };

interface Atlas {
  type: 'Topology';
  transform: Transform;
  objects: { countries: { type: 'GeometryCollection'; geometries: CountryGeometry[] } };
  arcs: number[][][];
}

/** Around the China–North Korea border map (wider than its view, so no clipped end shows). */
const BORDER_SURROUNDINGS: Box = [116, 30, 138, 50];
/**
 * What the journey map can show (its band runs from the mid-Atlantic to Kamchatka, 19° N to
 * 60° N), with a margin: countries outside it are left out, lines outside it kept coarse.
 */
const JOURNEY_VIEW: Box = [-42, 14, 180, 63];

export function readAtlas(file: 'countries-50m.json' | 'countries-110m.json'): Atlas {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Atlas;
}

/** An arc's positions, undoing the delta encoding (still quantized integers). */
function absolute(arc: number[][]): number[][] {
  let x = 0;
  let y = 0;
  return arc.map(([dx = 0, dy = 0]) => [(x += dx), (y += dy)]);
}

function deltas(positions: number[][]): number[][] {
  let x = 0;
  let y = 0;
  return positions.map(([px = 0, py = 0]) => {
    const delta = [px - x, py - y];
    x = px;
    y = py;
    return delta;
  });
}

function inBox([x = 0, y = 0]: number[], transform: Transform, box: Box): boolean {
  return inBoxDegrees([x * transform.scale[0] + transform.translate[0], y * transform.scale[1] + transform.translate[1]], box);
}

function inBoxDegrees([lon = 0, lat = 0]: number[], [west, south, east, north]: Box): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

function arcIndexes(geometry: CountryGeometry): number[] {
  const rings = geometry.type === 'Polygon' ? geometry.arcs : geometry.arcs.flat();
  return rings.flat().map((index) => (index < 0 ? ~index : index));
}

/** The new topology's arcs: old arcs copied as they are, numbered in order of first use. */
class Arcs {
  readonly list: number[][][] = [];
  private readonly copied = new Map<number, number>();

  constructor(private readonly atlas: Atlas) {}

  copy(index: number): number {
    const old = index < 0 ? ~index : index;
    let renumbered = this.copied.get(old);
    if (renumbered === undefined) {
      renumbered = this.list.push(this.atlas.arcs[old]!) - 1;
      this.copied.set(old, renumbered);
    }
    return index < 0 ? ~renumbered : renumbered;
  }

  has(old: number): boolean {
    return this.copied.has(old);
  }

  add(positions: number[][]): number {
    return this.list.push(deltas(positions)) - 1;
  }
}

function copyCountry(geometry: CountryGeometry, arcs: Arcs): CountryGeometry {
  const { id, properties } = geometry;
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', id, properties, arcs: geometry.arcs.map((ring) => ring.map((index) => arcs.copy(index))) };
  }
  return { type: 'MultiPolygon', id, properties, arcs: geometry.arcs.map((polygon) => polygon.map((ring) => ring.map((index) => arcs.copy(index)))) };
}

/**
 * The parts of these arcs that run inside a box, as new arcs: each run of positions inside it,
 * with one position beyond each end so the line leaves the box instead of stopping short.
 */
function clippedRuns(atlas: Atlas, indexes: Iterable<number>, box: Box, arcs: Arcs): number[][] {
  const lines: number[][] = [];
  for (const index of indexes) {
    const positions = absolute(atlas.arcs[index]!);
    const inside = positions.map((position) => inBox(position, atlas.transform, box));
    let start = -1;
    for (let i = 0; i <= positions.length; i++) {
      if (i < positions.length && inside[i]) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        const run = positions.slice(Math.max(0, start - 1), Math.min(positions.length, i + 1));
        if (run.length >= 2) lines.push([arcs.add(run)]);
        start = -1;
      }
    }
  }
  return lines;
}

/**
 * How finely an output keeps its lines. The atlas's grid is finer than any of the deck's maps
 * can show, so each output keeps a coarser grid (`step`: how many atlas grid cells make one,
 * along x and y) and drops the points that bend a line by less than `tolerance` degrees
 * (Douglas–Peucker, per arc: arc ends stay put, so shared borders stay shared).
 */
interface Fineness {
  step: readonly [number, number];
  tolerance: (lonLat: number[][]) => number;
}

/** Douglas–Peucker on [x, y] positions, keeping both ends. */
function simplified(positions: number[][], tolerance: number): number[][] {
  if (positions.length <= 2 || tolerance <= 0) return positions;
  const keep = new Uint8Array(positions.length);
  keep[0] = keep[positions.length - 1] = 1;
  const stack: [number, number][] = [[0, positions.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    const [ax = 0, ay = 0] = positions[first]!;
    const [bx = 0, by = 0] = positions[last]!;
    const length = Math.hypot(bx - ax, by - ay);
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const [px = 0, py = 0] = positions[i]!;
      const d = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return positions.filter((_, i) => keep[i]);
}

function coarsened(atlas: Atlas, arcs: number[][][], { step: [kx, ky], tolerance }: Fineness): { transform: Transform; arcs: number[][][] } {
  const { scale, translate } = atlas.transform;
  const transform: Transform = { scale: [scale[0] * kx, scale[1] * ky], translate };
  return {
    transform,
    arcs: arcs.map((arc) => {
      const grid = absolute(arc).map(([x = 0, y = 0]) => [Math.round(x / kx), Math.round(y / ky)]);
      const lonLat = grid.map(([x = 0, y = 0]) => [x * transform.scale[0] + translate[0], y * transform.scale[1] + translate[1]]);
      // Simplify in degrees, with longitude shrunk to its length at the arc's latitude.
      const shrink = Math.cos(((lonLat[0]?.[1] ?? 0) * Math.PI) / 180);
      const keptLonLat = simplified(
        lonLat.map(([lon = 0, lat = 0], i) => [lon * shrink, lat, i]),
        tolerance(lonLat),
      );
      const kept = keptLonLat.map(([, , i = 0]) => grid[i]!).filter((position, i, all) => i === 0 || position[0] !== all[i - 1]![0] || position[1] !== all[i - 1]![1]);
      // An arc keeps at least two positions, even when both ends fall in one grid cell.
      return deltas(kept.length >= 2 ? kept : [grid[0]!, grid[grid.length - 1]!]);
    }),
  };
}

function topology(atlas: Atlas, objects: Record<string, unknown>, arcs: Arcs, fineness: Fineness): Topology {
  const { transform, arcs: coarse } = coarsened(atlas, arcs.list, fineness);
  return { type: 'Topology', transform, objects, arcs: coarse } as Topology;
}

/** China, North Korea and South Korea at 1:50m, and the lines of their neighbours near the border. */
export function buildChinaKorea(atlas: Atlas = readAtlas('countries-50m.json')): Topology {
  const kept = [CHINA, NORTH_KOREA, SOUTH_KOREA];
  const arcs = new Arcs(atlas);
  const countries = kept.map((id) => {
    const geometry = atlas.objects.countries.geometries.find((candidate) => candidate.id === id);
    if (!geometry) throw new Error(`world-atlas has no country with id ${id}`);
    return copyCountry(geometry, arcs);
  });
  const others = new Set(
    atlas.objects.countries.geometries
      .filter((geometry) => !kept.includes(geometry.id ?? ''))
      .flatMap(arcIndexes)
      .filter((index) => !arcs.has(index)),
  );
  const context = clippedRuns(atlas, [...others].sort((a, b) => a - b), BORDER_SURROUNDINGS, arcs);
  return topology(
    atlas,
    {
      countries: { type: 'GeometryCollection', geometries: countries },
      context: { type: 'MultiLineString', arcs: context },
    },
    arcs,
    // Fine near the border (the border map shows ~70 px a degree), coarse elsewhere (the field
    // of lights shows all of China at ~9 px a degree).
    { step: [2, 4], tolerance: (arc) => (arc.some((position) => inBoxDegrees(position, BORDER_SURROUNDINGS)) ? 0.005 : 0.05) },
  );
}

/** Every country with some of its outline in view of the journey map, at 1:110m. */
export function buildEurasia(atlas: Atlas = readAtlas('countries-110m.json')): Topology {
  const arcs = new Arcs(atlas);
  const countries = atlas.objects.countries.geometries
    .filter((geometry) => arcIndexes(geometry).some((index) => absolute(atlas.arcs[index]!).some((position) => inBox(position, atlas.transform, JOURNEY_VIEW))))
    .map((geometry) => copyCountry(geometry, arcs));
  // The journey map shows ~8 px a degree; what lies beyond its band is only there to close shapes.
  return topology(atlas, { countries: { type: 'GeometryCollection', geometries: countries } }, arcs, {
    step: [5, 10],
    tolerance: (arc) => (arc.some((position) => inBoxDegrees(position, JOURNEY_VIEW)) ? 0.04 : 1),
  });
}

export const GEOGRAPHY_FILES: { path: string; build: () => unknown }[] = [
  // What the map visuals draw, projected once here rather than in the show (src/geography).
  { path: resolve(root, 'assets/geo/border-map.drawing.json'), build: () => drawBorderMap(buildChinaKorea()) },
  { path: resolve(root, 'assets/geo/lights-field.drawing.json'), build: () => drawLightsField(buildChinaKorea()) },
  { path: resolve(root, 'assets/geo/journey-map.drawing.json'), build: () => drawJourneyMap(buildEurasia()) },
];

export function serialize(data: unknown): string {
  return `${JSON.stringify(data)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const { path, build } of GEOGRAPHY_FILES) {
    const text = serialize(build());
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`${path}: ${(text.length / 1024).toFixed(1)} KB`);
  }
}
