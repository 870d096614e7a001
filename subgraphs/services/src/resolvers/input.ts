/**
 * Validation of arguments. A malformed code or id is bad input (`BAD_USER_INPUT` naming the
 * argument, e.g. `filter.languages`); a well-formed one that matches nothing simply finds nothing.
 */
import { badUserInput } from '../../../../lib/errors.js';
import { parsePage, toConnection, type Connection, type PageArgs } from '../../../../lib/pagination.js';
import type { PagedLoader } from '../../../../lib/loaders.js';
import type { ServiceFilter as ServiceFilterInput, TerritoryFilter } from '../__generated__/resolvers-types.js';
import type { ServiceFilter } from '../data/services.repository.js';
import type { ServiceRow } from '../data/tables.js';

const SERVICE_ID = /^SRV-\d{5}$/;
const ASSOCIATION_ID = /^ASS-\d{4}$/;
const LANGUAGE = /^[a-z]{2}$/;
/** Longer search text than any service name is a mistake, not a search. */
const MAX_NAME_SEARCH = 200;

function check(argument: string, value: string, pattern: RegExp, expected: string): string {
  if (!pattern.test(value)) throw badUserInput(argument, `must be ${expected}, got "${value}"`);
  return value;
}

/** An ISTAT code of `digits` digits (2 region, 3 province, 6 municipality). */
export function checkCode(argument: string, value: string, digits: number): string {
  return check(argument, value, new RegExp(`^\\d{${digits}}$`), `an ISTAT code of ${digits} digits`);
}

/** A service id, `SRV-` and five digits. */
export function checkServiceId(argument: string, value: string): string {
  return check(argument, value, SERVICE_ID, 'a service id such as "SRV-00001"');
}

function optionalCode(argument: string, value: string | null | undefined, digits: number): string | null {
  return value == null ? null : checkCode(argument, value, digits);
}

/**
 * Validates a `ServiceFilter` into the repository's filter, with its fields in a fixed order (the
 * paged loaders batch calls whose filters serialise alike). An empty list sets no condition.
 */
export function checkServiceFilter(filter: ServiceFilterInput | null | undefined, argument = 'filter'): ServiceFilter {
  const languages = filter?.languages?.map((code) => check(`${argument}.languages`, code, LANGUAGE, 'ISO 639-1 codes such as "ar"'));
  const nameContains = filter?.nameContains?.trim().toLowerCase() || null;
  if (nameContains && nameContains.length > MAX_NAME_SEARCH) {
    throw badUserInput(`${argument}.nameContains`, `must be at most ${MAX_NAME_SEARCH} characters`);
  }
  const unique = <T extends string>(list: readonly T[] | null | undefined): T[] | null =>
    list && list.length > 0 ? [...new Set(list)].sort() : null;
  return {
    regionCode: optionalCode(`${argument}.regionCode`, filter?.regionCode, 2),
    provinceCode: optionalCode(`${argument}.provinceCode`, filter?.provinceCode, 3),
    municipalityCode: optionalCode(`${argument}.municipalityCode`, filter?.municipalityCode, 6),
    areas: unique(filter?.areas),
    languages: unique(languages),
    providerKinds: unique(filter?.providerKinds),
    targetGroups: unique(filter?.targetGroups),
    freeOfCharge: filter?.freeOfCharge ?? null,
    associationId:
      filter?.associationId == null
        ? null
        : check(`${argument}.associationId`, filter.associationId, ASSOCIATION_ID, 'an association id such as "ASS-0001"'),
    nameContains,
    includeClosed: filter?.includeClosed ?? false,
  };
}

export type Territory =
  | { readonly level: 'municipality_code' | 'province_code' | 'region_code'; readonly code: string }
  | { readonly level: 'country' };

/** The narrowest territory of a `TerritoryFilter` (the whole country when none is given). */
export function checkTerritory(territory: TerritoryFilter | null | undefined): Territory {
  const municipality = optionalCode('territory.municipalityCode', territory?.municipalityCode, 6);
  const province = optionalCode('territory.provinceCode', territory?.provinceCode, 3);
  const region = optionalCode('territory.regionCode', territory?.regionCode, 2);
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
  const page = parsePage(args);
  const { rows, totalCount } = await loader.load(parent, filter, page);
  return toConnection(rows, page, totalCount);
}
