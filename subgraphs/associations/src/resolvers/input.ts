/**
 * Validation of arguments. A malformed key or code is bad input (`BAD_USER_INPUT` naming the
 * argument); a well-formed one that matches nothing simply finds nothing.
 */
import { badUserInput } from '../../../../lib/errors.js';
import type { AssociationFilter as FilterInput } from '../__generated__/resolvers-types.js';
import type { AssociationFilter } from '../data/associations.repository.js';

/** Longest accepted `nameContains`: names are short, and a longer pattern is a client error. */
const MAX_NAME_FRAGMENT = 100;

/** Checks an ISTAT code of `digits` digits. */
export function checkCode(argument: string, value: string, digits: number): string {
  if (!new RegExp(`^\\d{${digits}}$`).test(value)) {
    throw badUserInput(argument, `must be an ISTAT code of ${digits} digits, got "${value}"`);
  }
  return value;
}

/** Checks an association id: `ASS-` and four digits, e.g. `ASS-0001`. */
export function checkAssociationId(argument: string, value: string): string {
  if (!/^ASS-\d{4}$/.test(value)) throw badUserInput(argument, `must be an association id such as "ASS-0001", got "${value}"`);
  return value;
}

/**
 * Validates a filter and normalises it for the repository. Empty lists (`kinds: []`) mean "no
 * restriction", like an absent list, so that clients can pass their selection unchanged.
 */
export function checkFilter(filter: FilterInput | null | undefined, argument = 'filter'): AssociationFilter {
  if (!filter) return {};
  const { community, regionCode, provinceCode, municipalityCode, nameContains } = filter;
  if (community != null && !/^[A-Z]{2}$/.test(community)) {
    throw badUserInput(`${argument}.community`, `must be an ISO 3166-1 alpha-2 country code in upper case, such as "SN", got "${community}"`);
  }
  if (nameContains != null && nameContains.length > MAX_NAME_FRAGMENT) {
    throw badUserInput(`${argument}.nameContains`, `must be at most ${MAX_NAME_FRAGMENT} characters long`);
  }
  return {
    kinds: filter.kinds?.length ? [...new Set(filter.kinds)] : null,
    community: community ?? null,
    regionCode: regionCode == null ? null : checkCode(`${argument}.regionCode`, regionCode, 2),
    provinceCode: provinceCode == null ? null : checkCode(`${argument}.provinceCode`, provinceCode, 3),
    municipalityCode: municipalityCode == null ? null : checkCode(`${argument}.municipalityCode`, municipalityCode, 6),
    culturalFields: filter.culturalFields?.length ? [...new Set(filter.culturalFields)] : null,
    registered: filter.registered ?? null,
    nameContains: nameContains ? nameContains : null,
  };
}
