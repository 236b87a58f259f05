import { readFileSync } from 'node:fs';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildChinaKorea, CHINA, GEOGRAPHY_FILES, NORTH_KOREA, serialize, SOUTH_KOREA } from './build-geography';

describe('the map data in assets/geo', () => {
  it.each(GEOGRAPHY_FILES.map(({ path, build }) => [path.replace(/.*\/assets\//, 'assets/'), path, build] as const))(
    '%s is what build-geography.ts makes from world-atlas (run `npx tsx src/cli/build-geography.ts` to refresh it)',
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
});
