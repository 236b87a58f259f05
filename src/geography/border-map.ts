/**
 * The drawing behind slides/visuals/BorderMap.svelte: the China–North Korea border, zoomed.
 * China and North Korea in thin outlines, their neighbours fainter, North Korea tinted; the
 * shared border (the Yalu and the Tumen) as one line from the Yellow Sea to the Sea of Japan;
 * and two short marks crossing it back into North Korea, one on the Yalu, one on the Tumen.
 *
 * Drawn once, when the map data is built (src/cli/build-geography.ts), so the show only
 * places finished paths.
 */
import { geoConicConformal, geoContains, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, MultiLineString, Topology } from 'topojson-specification';
import { CHINA, NORTH_KOREA, roundPoint, type Point } from './drawing.ts';

export interface BorderMapDrawing {
  width: number;
  height: number;
  outlines: string;
  neighbours: string;
  northKoreaTint: string;
  /** The shared border, drawn from west (the Yalu's mouth) to east. */
  border: string;
  /** The two crossings back into North Korea. */
  returns: string[];
  chinaLabel: Point;
  northKoreaLabel: Point;
}

const WIDTH = 568;
const HEIGHT = 860;
/** One on the Yalu's middle reach, one on the Tumen near Hoeryong. */
const CROSSINGS: Position[] = [
  [125.9, 40.95],
  [129.1, 42.45],
];

export function drawBorderMap(topology: Topology): BorderMapDrawing {
  const countries = topology.objects.countries as GeometryCollection<{ name: string }>;
  const context = topology.objects.context as MultiLineString;
  // A conformal conic for the peninsula's latitudes, fitted so the border runs across the
  // middle of the column, with the coast of the Yellow Sea at the left and the Tumen's mouth
  // at the right.
  const projection = geoConicConformal()
    .parallels([38, 43])
    .rotate([-127.4, 0])
    .fitExtent(
      [
        [12, 0],
        [WIDTH - 12, HEIGHT],
      ],
      { type: 'MultiPoint', coordinates: [[123.2, 40.6], [131.2, 42.6], [127.4, 45.2], [127.4, 36.6]] },
    )
    .clipExtent([
      [0, 0],
      [WIDTH, HEIGHT],
    ]);
  const path = geoPath(projection).digits(1);

  const shapes = feature(topology, countries).features as Feature<MultiPolygon, { name: string }>[];
  const northKorea = shapes.find((country) => country.id === NORTH_KOREA);
  if (!northKorea) throw new Error('the map data has no North Korea (id 408)');

  // The shared border is one line of shared arcs; drawn from west (the Yalu's mouth) to east.
  const borderLines = mesh(topology, countries, (a, b) => a !== b && [a.id, b.id].includes(CHINA) && [a.id, b.id].includes(NORTH_KOREA))
    .coordinates.map((line) => ((line[0]?.[0] ?? 0) > (line[line.length - 1]?.[0] ?? 0) ? [...line].reverse() : line))
    .sort((a, b) => (a[0]?.[0] ?? 0) - (b[0]?.[0] ?? 0));
  const borderPoints = borderLines.flat().map((position) => projection(position as [number, number])!);

  return {
    width: WIDTH,
    height: HEIGHT,
    outlines: path(mesh(topology, countries)) ?? '',
    neighbours: path(feature(topology, context)) ?? '',
    northKoreaTint: path(northKorea) ?? '',
    border: path({ type: 'MultiLineString', coordinates: borderLines }) ?? '',
    returns: CROSSINGS.map((near) => crossing(projection, borderPoints, northKorea, near)),
    chinaLabel: roundPoint(projection([125.3, 42.4])!),
    northKoreaLabel: roundPoint(projection([126.6, 40.05])!),
  };
}

/**
 * A short mark across the border at its point nearest `near`: it starts in China and ends,
 * with a small open head, in North Korea, square to the border's local direction.
 */
function crossing(projection: GeoProjection, points: [number, number][], northKorea: Feature<MultiPolygon>, near: Position, before = 40, after = 28, head = 9): string {
  const [nx, ny] = projection(near as [number, number])!;
  let index = 0;
  points.forEach(([x, y], i) => {
    const [bx, by] = points[index]!;
    if ((x - nx) ** 2 + (y - ny) ** 2 < (bx - nx) ** 2 + (by - ny) ** 2) index = i;
  });
  const [x, y] = points[index]!;
  const [ax, ay] = points[Math.max(0, index - 3)]!;
  const [cx, cy] = points[Math.min(points.length - 1, index + 3)]!;
  const length = Math.hypot(cx - ax, cy - ay) || 1;
  // The normal to the border; turned, if need be, to point into North Korea.
  let [ux, uy] = [-(cy - ay) / length, (cx - ax) / length];
  if (!geoContains(northKorea, projection.invert!([x + ux * after, y + uy * after])!)) [ux, uy] = [-ux, -uy];
  const [sx, sy] = [x - ux * before, y - uy * before];
  const [ex, ey] = [x + ux * after, y + uy * after];
  // The head: two short strokes back from the end, 35° either side of the line.
  const back = (angle: number): [number, number] => {
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    return [ex - head * (ux * cos - uy * sin), ey - head * (uy * cos + ux * sin)];
  };
  const [lx, ly] = back(0.6);
  const [rx, ry] = back(-0.6);
  const f = (n: number) => n.toFixed(1);
  return `M${f(sx)},${f(sy)}L${f(ex)},${f(ey)}M${f(lx)},${f(ly)}L${f(ex)},${f(ey)}L${f(rx)},${f(ry)}`;
}
