/**
 * The drawing behind slides/visuals/JourneyMap.svelte ("The journey"): Eurasia from
 * north-east China to Belgium as land, thin borders, China a shade stronger and Belgium
 * marked; the route from near Yanji, by the North Korean border, to Brussels (a gentle arc,
 * not a flight path); and where the two who meet stand.
 *
 * Drawn once, when the map data is built (src/cli/build-geography.ts): merging a continent's
 * countries and finding their shared borders is work for a build, not for a scene change.
 */
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { BELGIUM, CHINA, roundPoint, type Point } from './drawing.ts';

export interface JourneyMapDrawing {
  width: number;
  height: number;
  land: string;
  borders: string;
  china: string;
  belgium: string;
  route: string;
  /** Where the route starts, near Yanji. */
  origin: Point;
  /** He, at the end of the route; she, just west of him, at Brussels. */
  traveller: Point;
  other: Point;
  chinaLabel: Point;
  belgiumLabel: Point;
}

const WIDTH = 1664;
const HEIGHT = 380;
/** Near Yanji, in the Chinese borderland north of the Tumen. */
const START: [number, number] = [129.5, 42.9];
const BRUSSELS: [number, number] = [4.35, 50.85];
/** Half the distance between the two who meet, in viewBox units. */
const MEETING_GAP = 6.5;
/** How far, in degrees, the route rises to the north on its way west. */
const ROUTE_RISE = 4;

export function drawJourneyMap(topology: Topology): JourneyMapDrawing {
  const countries = topology.objects.countries as GeometryCollection<{ name: string }>;
  // Natural Earth, centred on Eurasia (its parallels stay straight, so Europe is not turned on
  // its side as in a conic this wide), fitted so that all of China shows on the right and
  // Belgium sits near the left edge; the band's edges fade out (in the visual).
  const projection = geoNaturalEarth1()
    .rotate([-70, 0])
    .fitExtent(
      [
        [40, 24],
        [WIDTH - 40, HEIGHT - 16],
      ],
      { type: 'MultiPoint', coordinates: [[-4, 51], [140, 42], [100, 58], [108, 21]] },
    )
    .clipExtent([
      [0, 0],
      [WIDTH, HEIGHT],
    ]);
  const path = geoPath(projection).digits(1);

  const areas = countries.geometries.filter((shape): shape is Polygon<{ name: string }> | MultiPolygon<{ name: string }> => shape.type === 'Polygon' || shape.type === 'MultiPolygon');
  const country = (id: string) => {
    const found = feature(topology, countries).features.find((shape) => shape.id === id);
    if (!found) throw new Error(`the map data has no country with id ${id}`);
    return found;
  };

  const [brusselsX, brusselsY] = projection(BRUSSELS)!;
  const arrival = projection.invert!([brusselsX + MEETING_GAP, brusselsY])!;
  // A LineString sampled along the arc, so it projects like any other geography.
  const route = {
    type: 'LineString' as const,
    coordinates: Array.from({ length: 121 }, (_, i) => {
      const t = i / 120;
      return [START[0] + (arrival[0] - START[0]) * t, START[1] + (arrival[1] - START[1]) * t + ROUTE_RISE * Math.sin(Math.PI * t)];
    }),
  };

  return {
    width: WIDTH,
    height: HEIGHT,
    land: path(merge(topology, areas)) ?? '',
    borders: path(mesh(topology, countries, (a, b) => a !== b)) ?? '',
    china: path(country(CHINA)) ?? '',
    belgium: path(country(BELGIUM)) ?? '',
    route: path(route) ?? '',
    origin: roundPoint(projection(START)!),
    traveller: roundPoint([brusselsX + MEETING_GAP, brusselsY]),
    other: roundPoint([brusselsX - MEETING_GAP, brusselsY]),
    chinaLabel: roundPoint(projection([103, 34])!),
    belgiumLabel: roundPoint([brusselsX, brusselsY + 36]),
  };
}
