/**
 * Validation of arguments. A malformed code or id is bad input (`BAD_USER_INPUT` naming the
 * argument, e.g. `filter.languages`); a well-formed one that matches nothing simply finds nothing.
 */
import { badUserInput } from '../../../../lib/errors.js';
import { checkId, checkOptionalId } from '../../../../lib/ids.js';
import { checkOptionalIstatCode } from '../../../../lib/istat.js';
import { loadConnection, type Connection, type PageArgs } from '../../../../lib/pagination.js';
import type { PagedLoader } from '../../../../lib/loaders.js';
import type {
  ServiceFilter as ServiceFilterInput,
  TerritoryFilter,
} from '../__generated__/resolvers-types.js';
import type { ServiceFilter } from '../data/services.repository.js';
import type { ServiceRow } from '../data/tables.js';

const LANGUAGE = /^[a-z]{2}$/;
/** Longer search text than any service name is a mistake, not a search. */
const MAX_NAME_SEARCH = 200;

function check(argument: string, value: string, pattern: RegExp, expected: string): string {
  if (!pattern.test(value)) throw badUserInput(argument, `must be ${expected}, got "${value}"`);
  return value;
}

/** A service id (`SRV-00001`, `SRV-100000`). */
export const checkServiceId = (argument: string, value: string): string =>
  checkId(argument, value, 'service');

/**
 * Validates a `ServiceFilter` into the repository's filter, with its fields in a fixed order (the
 * paged loaders batch calls whose filters serialise alike). An empty list sets no condition.
 */
export function checkServiceFilter(
  filter: ServiceFilterInput | null | undefined,
  argument = 'filter',
): ServiceFilter {
  const languages = filter?.languages?.map((code) =>
    check(`${argument}.languages`, code, LANGUAGE, 'ISO 639-1 codes such as "ar"'),
  );
  const nameContains = filter?.nameContains?.trim().toLowerCase() || null;
  if (nameContains && nameContains.length > MAX_NAME_SEARCH) {
    throw badUserInput(`${argument}.nameContains`, `must be at most ${MAX_NAME_SEARCH} characters`);
  }
  const unique = <T extends string>(list: readonly T[] | null | undefined): T[] | null =>
    list && list.length > 0 ? [...new Set(list)].sort() : null;
  return {
    regionCode: checkOptionalIstatCode(`${argument}.regionCode`, filter?.regionCode, 'region'),
    provinceCode: checkOptionalIstatCode(`${argument}.provinceCode`, filter?.provinceCode, 'province'),
    municipalityCode: checkOptionalIstatCode(
      `${argument}.municipalityCode`,
      filter?.municipalityCode,
      'municipality',
    ),
    areas: unique(filter?.areas),
    languages: unique(languages),
    providerKinds: unique(filter?.providerKinds),
    targetGroups: unique(filter?.targetGroups),
    freeOfCharge: filter?.freeOfCharge ?? null,
    associationId: checkOptionalId(`${argument}.associationId`, filter?.associationId, 'association'),
    nameContains,
    includeClosed: filter?.includeClosed ?? false,
  };
}

export type Territory =
  | { readonly level: 'municipality_code' | 'province_code' | 'region_code'; readonly code: string }
  | { readonly level: 'country' };

/** The narrowest territory of a `TerritoryFilter` (the whole country when none is given). */
export function checkTerritory(territory: TerritoryFilter | null | undefined): Territory {
  const municipality = checkOptionalIstatCode(
    'territory.municipalityCode',
    territory?.municipalityCode,
    'municipality',
  );
  const province = checkOptionalIstatCode('territory.provinceCode', territory?.provinceCode, 'province');
  const region = checkOptionalIstatCode('territory.regionCode', territory?.regionCode, 'region');
  if (municipality) return { level: 'municipality_code', code: municipality };
  if (province) return { level: 'province_code', code: province };
  if (region) return { level: 'region_code', code: region };
  return { level: 'country' };
}

/** A parent's page of services (`Region.services` and the like), batched with its siblings. */
export async function pagedServices(
  loader: PagedLoader<ServiceRow, ServiceFilter>,
  parent: string,
  args: PageArgs & { filter?: ServiceFilterInput | null },
): Promise<Connection<ServiceRow>> {
  const filter = checkServiceFilter(args.filter);
  return loadConnection(args, (page) => loader.load(parent, filter, page));
}
