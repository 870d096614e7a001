import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import {
  checkIstatCode,
  checkOptionalIstatCode,
  findMunicipality,
  isMunicipalityCode,
  isProvinceCode,
  isRegionCode,
  istat,
} from './istat.js';

describe('ISTAT codes', () => {
  it('have 2, 3 and 6 digits, and nothing else', () => {
    expect(['03', '20'].every(isRegionCode)).toBe(true);
    expect(['3', '003', 'ab', ' 03', '03\n', 3].some(isRegionCode)).toBe(false);
    expect(isProvinceCode('015')).toBe(true);
    expect(['15', '0150', '01a'].some(isProvinceCode)).toBe(false);
    expect(isMunicipalityCode('015146')).toBe(true);
    expect(['15146', '0151460', '01514x', null].some(isMunicipalityCode)).toBe(false);
  });

  it('refuse a malformed argument as BAD_USER_INPUT naming it, and let a well-formed unknown one through', () => {
    expect(checkIstatCode('code', '99', 'region')).toBe('99');
    expect(checkOptionalIstatCode('code', null, 'province')).toBeNull();
    const error = (() => {
      try {
        checkIstatCode('filter.municipalityCode', '15146', 'municipality');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error).toMatchObject({
      message:
        'Invalid argument "filter.municipalityCode": must be a 6-digit ISTAT municipality code such as "015146", got "15146"',
      extensions: { code: 'BAD_USER_INPUT', argument: 'filter.municipalityCode' },
    });
  });
});

describe('ISTAT territories', () => {
  it('are 20 regions, 107 provinces and 7,896 municipalities, each tied to its province and region', () => {
    const { regions, provinces, municipalities } = istat();
    expect([regions.length, provinces.length, municipalities.length]).toEqual([20, 107, 7896]);
    expect(findMunicipality('001272')).toMatchObject({
      name: 'Torino',
      provinceCode: '001',
      regionCode: '01',
      isProvincialCapital: true,
    });
    expect(findMunicipality('015146')).toMatchObject({
      name: 'Milano',
      provinceCode: '015',
      regionCode: '03',
      isProvincialCapital: true,
    });
    expect(provinces.find((p) => p.code === '015')).toMatchObject({
      abbreviation: 'MI',
      regionCode: '03',
      isMetropolitanCity: true,
    });
    expect(findMunicipality('999999')).toBeUndefined();
  });
});
