/**
 * Validation of arguments. A malformed key or code is bad input (`BAD_USER_INPUT` naming the
 * argument); a well-formed one that matches nothing simply finds nothing.
 */
import { badUserInput } from '../../../../lib/errors.js';
import { checkId } from '../../../../lib/ids.js';
import { checkOptionalIstatCode } from '../../../../lib/istat.js';
import type { AssociationFilter as FilterInput } from '../__generated__/resolvers-types.js';
import type { AssociationFilter } from '../data/associations.repository.js';

/** Longest accepted `nameContains`: names are short, and a longer pattern is a client error. */
const MAX_NAME_FRAGMENT = 100;

/** Checks an association id (`ASS-0001`, `ASS-10000`). */
export const checkAssociationId = (argument: string, value: string): string =>
  checkId(argument, value, 'association');

/**
 * Validates a filter and normalises it for the repository. Empty lists (`kinds: []`) mean "no
 * restriction", like an absent list, so that clients can pass their selection unchanged.
 */
export function checkFilter(filter: FilterInput | null | undefined, argument = 'filter'): AssociationFilter {
  if (!filter) return {};
  const { community, regionCode, provinceCode, municipalityCode, nameContains } = filter;
  if (community != null && !/^[A-Z]{2}$/.test(community)) {
    throw badUserInput(
      `${argument}.community`,
      `must be an ISO 3166-1 alpha-2 country code in upper case, such as "SN", got "${community}"`,
    );
  }
  if (nameContains != null && nameContains.length > MAX_NAME_FRAGMENT) {
    throw badUserInput(`${argument}.nameContains`, `must be at most ${MAX_NAME_FRAGMENT} characters long`);
  }
  return {
    kinds: filter.kinds?.length ? [...new Set(filter.kinds)] : null,
    community: community ?? null,
    regionCode: checkOptionalIstatCode(`${argument}.regionCode`, regionCode, 'region'),
    provinceCode: checkOptionalIstatCode(`${argument}.provinceCode`, provinceCode, 'province'),
    municipalityCode: checkOptionalIstatCode(
      `${argument}.municipalityCode`,
      municipalityCode,
      'municipality',
    ),
    culturalFields: filter.culturalFields?.length ? [...new Set(filter.culturalFields)] : null,
    registered: filter.registered ?? null,
    nameContains: nameContains ? nameContains : null,
  };
}
