import { describe, expect, it } from 'vitest';
import { distinctPool, type ServicePlace } from './distinctPool.js';

const places: ServicePlace[] = Array.from({ length: 60 }, (_, i) => ({
  regionCode: String(1 + (i % 20)).padStart(2, '0'),
  provinceCode: String(1 + (i % 30)).padStart(3, '0'),
  municipalityCode: String(1000 + i).padStart(6, '0'),
  areas: i % 2 ? ['HEALTH', 'WORK'] : ['LANGUAGE'],
  languages: i % 3 ? ['ar', 'en', 'fr'] : ['pa'],
}));
const documents = {
  RegionDashboard: 'query RegionDashboard { __typename }',
  TurinServicesByLanguage: 'query TurinServicesByLanguage { __typename }',
  PortalServiceSearch: 'query PortalServiceSearch { __typename }',
};

describe('distinctPool', () => {
  it('draws distinct bodies of the three operations, the same for the same seed', () => {
    const pool = distinctPool(places, documents, { size: 200, seed: 7 });
    expect(new Set(pool).size).toBe(200);
    expect(distinctPool(places, documents, { size: 200, seed: 7 })).toEqual(pool);
    expect(distinctPool(places, documents, { size: 200, seed: 8 })).not.toEqual(pool);
    const names = new Set(pool.map((b) => (JSON.parse(b) as { operationName: string }).operationName));
    expect([...names].sort()).toEqual(['PortalServiceSearch', 'RegionDashboard', 'TurinServicesByLanguage']);
  });

  it('asks only for places, areas and languages that exist', () => {
    for (const body of distinctPool(places, documents, { size: 100 })) {
      const { variables } = JSON.parse(body) as { variables: Record<string, unknown> };
      if (typeof variables['regionCode'] === 'string')
        expect(places.some((p) => p.regionCode === variables['regionCode'])).toBe(true);
      if (typeof variables['municipalityCode'] === 'string')
        expect(places.some((p) => p.municipalityCode === variables['municipalityCode'])).toBe(true);
      for (const language of (variables['languages'] as string[] | undefined) ?? [])
        expect(places.some((p) => p.languages.includes(language))).toBe(true);
    }
  });
});
