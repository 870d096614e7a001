/**
 * The distinct workload's pool: a few hundred different requests, drawn with a seeded generator
 * from the services the database holds (so every region, province, municipality, area and language
 * asked for exists, and the pages asked for are within the results). A mix of three operations of
 * `clients/operations/`: the region dashboard (any region, any language, pages of pilot actions of
 * several sizes), the services of a province in some languages and areas (any page of them), and
 * the Portal's services search by region, province or municipality. The same seed gives the same
 * pool on every run.
 */
import { encodeCursor } from '../../lib/pagination.js';
import { LOCALES } from '../../lib/locale.js';
import { createRandom, type Random } from '../../lib/random.js';

/** One open service as the database holds it: where it is, its areas and languages. */
export interface ServicePlace {
  readonly regionCode: string;
  readonly provinceCode: string;
  readonly municipalityCode: string;
  readonly areas: readonly string[];
  readonly languages: readonly string[];
}

/** The documents of the three operations, by operation name. */
export interface MixDocuments {
  readonly RegionDashboard: string;
  readonly TurinServicesByLanguage: string;
  readonly PortalServiceSearch: string;
}

export interface PoolOptions {
  /** How many distinct bodies. @default 300 */
  readonly size?: number;
  /** @default 20261201 */
  readonly seed?: number;
}

type Variables = Record<string, unknown>;

/** Every `Locale` value, or none (the default language, Italian). */
const LANGS: readonly (string | undefined)[] = [undefined, ...LOCALES.map((l) => l.toUpperCase())];
/** Pages deeper than this are rare in practice; asking for them would only add empty answers. */
const MAX_PAGE = 4;

/** A page within `total` results of `first` each: no cursor for the first, else the previous page's last offset. */
function pageOf(random: Random, total: number, first: number): { after?: string } {
  const pages = Math.min(MAX_PAGE, Math.max(1, Math.ceil(total / first)));
  const page = random.int(0, pages - 1);
  return page === 0 ? {} : { after: encodeCursor(page * first - 1) };
}

const overlaps = (a: readonly string[], b: readonly string[] | undefined) =>
  b === undefined || a.some((item) => b.includes(item));

/** A few of `items` (at least one), in a random order. */
const some = (random: Random, items: readonly string[], most: number) =>
  random.sample(items, random.int(1, Math.min(most, items.length)));

function regionDashboard(random: Random, places: readonly ServicePlace[]): Variables {
  return {
    regionCode: random.pick(places).regionCode,
    lang: random.pick(LANGS),
    actionsFirst: random.pick([5, 10, 20, 50]),
  };
}

function provinceServices(random: Random, places: readonly ServicePlace[]): Variables {
  const place = random.pick(places);
  const areas = some(random, place.areas, 2);
  const languages = some(random, place.languages, 2);
  const first = random.pick([10, 20, 50]);
  const total = places.filter(
    (p) =>
      p.provinceCode === place.provinceCode && overlaps(p.areas, areas) && overlaps(p.languages, languages),
  ).length;
  return {
    provinceCode: place.provinceCode,
    areas,
    languages,
    first,
    ...pageOf(random, total, first),
    lang: random.pick(LANGS),
  };
}

function serviceSearch(random: Random, places: readonly ServicePlace[]): Variables {
  const place = random.pick(places);
  const scope = random.pick(['regionCode', 'provinceCode', 'municipalityCode'] as const);
  const areas = random.chance(0.5) ? [random.pick(place.areas)] : undefined;
  const languages = random.chance(0.5) ? [random.pick(place.languages)] : undefined;
  const first = random.pick([5, 10, 20]);
  const total = places.filter(
    (p) => p[scope] === place[scope] && overlaps(p.areas, areas) && overlaps(p.languages, languages),
  ).length;
  return {
    [scope]: place[scope],
    // The choices the Portal's page shows beside the results: the region's provinces, the province's municipalities.
    withProvinces: scope === 'regionCode' && random.chance(0.5),
    withMunicipalities: scope === 'provinceCode' && random.chance(0.5),
    areas,
    languages,
    first,
    ...pageOf(random, total, first),
    lang: random.pick(LANGS),
  };
}

/** How often each operation comes up in the mix, and how its variables are drawn. */
const MIX: readonly {
  readonly operationName: keyof MixDocuments;
  readonly weight: number;
  readonly variables: (random: Random, places: readonly ServicePlace[]) => Variables;
}[] = [
  { operationName: 'RegionDashboard', weight: 2, variables: regionDashboard },
  { operationName: 'TurinServicesByLanguage', weight: 3, variables: provinceServices },
  { operationName: 'PortalServiceSearch', weight: 3, variables: serviceSearch },
];

/** `size` distinct request bodies (`{"query","operationName","variables"}`), the same for the same seed and places. */
export function distinctPool(
  places: readonly ServicePlace[],
  documents: MixDocuments,
  options: PoolOptions = {},
): string[] {
  if (places.length === 0) throw new Error('the services database holds no open service');
  const size = options.size ?? 300;
  const random = createRandom(options.seed ?? 20261201);
  const bodies = new Set<string>();
  for (let attempt = 0; bodies.size < size && attempt < size * 20; attempt++) {
    const entry = random.weighted(MIX, (m) => m.weight);
    bodies.add(
      JSON.stringify({
        query: documents[entry.operationName],
        operationName: entry.operationName,
        variables: entry.variables(random, places),
      }),
    );
  }
  if (bodies.size < size) throw new Error(`only ${bodies.size} distinct requests could be drawn, of ${size}`);
  return [...bodies];
}
