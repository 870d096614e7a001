/**
 * ISTAT reference codes and territories: the one place that knows what a region, province or
 * municipality code looks like, and the 20 regions, 107 provinces and 7,896 municipalities
 * every partner uses to name a territory (no subgraph's database is read here).
 *
 * Codes: region `03`, province `015`, municipality `015146` (the province code is the first three
 * digits of the municipality code). The territories come from a third-party package generated
 * from ISTAT's published list, read only through `istat/source.ts`.
 */
import { badUserInput } from './errors.js';
import { readSourceMunicipalities } from './istat/source.js';

/** The levels of ISTAT's territorial codes. */
export type IstatLevel = 'region' | 'province' | 'municipality';

/** How many digits a code of each level has. */
export const ISTAT_CODE_DIGITS: Readonly<Record<IstatLevel, number>> = {
  region: 2,
  province: 3,
  municipality: 6,
};

const CODE_PATTERN: Readonly<Record<IstatLevel, RegExp>> = {
  region: /^\d{2}$/,
  province: /^\d{3}$/,
  municipality: /^\d{6}$/,
};
const CODE_EXAMPLE: Readonly<Record<IstatLevel, string>> = {
  region: '03',
  province: '015',
  municipality: '015146',
};

/** True when `value` has the format of an ISTAT code of `level` (whether or not the territory exists). */
export function isIstatCode(level: IstatLevel, value: unknown): boolean {
  return typeof value === 'string' && CODE_PATTERN[level].test(value);
}
export const isRegionCode = (value: unknown): boolean => isIstatCode('region', value);
export const isProvinceCode = (value: unknown): boolean => isIstatCode('province', value);
export const isMunicipalityCode = (value: unknown): boolean => isIstatCode('municipality', value);

/** What a code of `level` must be, for messages: `a 2-digit ISTAT region code such as "03"`. */
export function describeIstatCode(level: IstatLevel): string {
  return `a ${ISTAT_CODE_DIGITS[level]}-digit ISTAT ${level} code such as "${CODE_EXAMPLE[level]}"`;
}

/**
 * Returns `value` when it is a well-formed code of `level`; otherwise throws `BAD_USER_INPUT`
 * naming `argument`. A well-formed code of no territory is not an error here: it finds nothing.
 */
export function checkIstatCode(argument: string, value: string, level: IstatLevel): string {
  if (!isIstatCode(level, value))
    throw badUserInput(argument, `must be ${describeIstatCode(level)}, got "${value}"`);
  return value;
}

/** `checkIstatCode` for an optional argument: `null` when absent. */
export function checkOptionalIstatCode(
  argument: string,
  value: string | null | undefined,
  level: IstatLevel,
): string | null {
  return value == null ? null : checkIstatCode(argument, value, level);
}

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
const METROPOLITAN = new Set([
  'TO',
  'GE',
  'MI',
  'VE',
  'BO',
  'FI',
  'RM',
  'NA',
  'BA',
  'RC',
  'PA',
  'CT',
  'ME',
  'CA',
]);

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
  for (const entry of readSourceMunicipalities()) {
    const { istatCode, provinceAbbreviation: abbreviation, provinceName } = entry;
    const regionCode = regionCodeByName.get(entry.regionName);
    if (!regionCode) throw new Error(`unknown region "${entry.regionName}" for ${istatCode}`);
    const provinceCode = istatCode.slice(0, 3);
    if (!provinces.has(provinceCode)) {
      provinces.set(provinceCode, {
        code: provinceCode,
        abbreviation,
        name: provinceName,
        regionCode,
        isMetropolitanCity: METROPOLITAN.has(abbreviation),
      });
    }
    const capitals = CAPITAL_EXCEPTIONS[abbreviation] ?? [provinceName];
    municipalities.push({
      istatCode,
      name: entry.name,
      provinceCode,
      regionCode,
      isProvincialCapital: capitals.includes(entry.name),
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

/** The region with this ISTAT code, or undefined. */
export function findRegion(code: string): RegionRef | undefined {
  return istat().regions.find((region) => region.code === code);
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
