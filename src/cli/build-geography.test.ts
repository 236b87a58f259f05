import { readFileSync } from 'node:fs';
import { geoContains } from 'd3-geo';
import type { Feature, MultiPolygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { drawBorderMap } from '../geography/border-map';
import { drawJourneyMap } from '../geography/journey-map';
import { drawLightsField, FLICKER_AT, lightsFieldProjection } from '../geography/lights-field';
import { CHINA, NORTH_KOREA, SOUTH_KOREA } from '../geography/drawing';
import { buildChinaKorea, buildEurasia, GEOGRAPHY_FILES, serialize } from './build-geography';

describe('the map drawings in assets/geo', () => {
  it.each(GEOGRAPHY_FILES.map(({ path, build }) => [path.replace(/.*\/assets\//, 'assets/'), path, build] as const))(
    '%s is what build-geography.ts makes from world-atlas (run `npm run build:geography` to refresh it)',
    (_name, path, build) => {
      expect(readFileSync(path, 'utf8') === serialize(build())).toBe(true);
    },
  );

  it('keeps the China–North Korea border as shared arcs, running from the Yalu to the Tumen', () => {
    const topology = buildChinaKorea();
    const countries = topology.objects.countries as GeometryCollection<{ name: string }>;
    expect(countries.geometries.map((geometry) => geometry.id)).toEqual([CHINA, NORTH_KOREA, SOUTH_KOREA]);
    const border = mesh(topology, countries, (a, b) => a !== b && [a.id, b.id].sort().join() === [CHINA, NORTH_KOREA].join());
    const points = border.coordinates.flat();
    expect(points.length).toBeGreaterThan(20);
    const longitudes = points.map(([lon = 0]) => lon);
    // The Yalu reaches the sea near 124.3° E, the Tumen's China stretch ends near 130.6° E.
    expect(Math.min(...longitudes)).toBeLessThan(124.6);
    expect(Math.max(...longitudes)).toBeGreaterThan(130.3);
    const china = feature(topology, countries).features.find((country) => country.id === CHINA);
    expect(china?.geometry.type).toBe('MultiPolygon');
  });

  it('scatters a couple of hundred lights, every one inside China, with room around the one in Yanbian', () => {
    const topology = buildChinaKorea();
    const drawing = drawLightsField(topology);
    const china = feature(topology, topology.objects.countries as GeometryCollection).features.find((country) => country.id === CHINA)!;
    // The drawing's own projection, to take each light back to the globe.
    const projection = lightsFieldProjection(china as Feature<MultiPolygon>);
    expect(drawing.lights.length).toBeGreaterThan(150);
    expect(drawing.lights.length).toBeLessThan(400);
    for (const [x, y] of drawing.lights) expect(geoContains(china, projection.invert!([x, y])!)).toBe(true);
    const [flickerX, flickerY] = projection(FLICKER_AT)!;
    expect(Math.hypot(drawing.flicker[0] - flickerX, drawing.flicker[1] - flickerY)).toBeLessThan(0.1);
    for (const [x, y] of drawing.lights) expect(Math.hypot(x - flickerX, y - flickerY)).toBeGreaterThan(15);
  });

  it('runs the journey from the east of the map to the west, ending beside the other traveller at Brussels', () => {
    const drawing = drawJourneyMap(buildEurasia());
    const [originX, originY] = drawing.origin;
    expect(originX).toBeGreaterThan(drawing.width * 0.7);
    expect(drawing.traveller[0]).toBeLessThan(drawing.width * 0.25);
    expect(drawing.other[0]).toBeLessThan(drawing.traveller[0]);
    expect(drawing.route.startsWith(`M${originX},${originY}`)).toBe(true);
    for (const path of [drawing.land, drawing.borders, drawing.china, drawing.belgium]) expect(path).toMatch(/^M[\d.]+,[\d.]+L/);
  });

  it('marks two crossings of the border, each an arrow of two strokes', () => {
    const drawing = drawBorderMap(buildChinaKorea());
    expect(drawing.returns).toHaveLength(2);
    for (const mark of drawing.returns) expect(mark).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(drawing.border.length).toBeGreaterThan(100);
  });
});
