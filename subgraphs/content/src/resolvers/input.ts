/**
 * Validation of arguments. A malformed id, code, month or year is bad input (`BAD_USER_INPUT`
 * naming the argument); a well-formed one that matches nothing simply finds nothing.
 */
import { badUserInput } from '../../../../lib/errors.js';
import { checkCountryCode } from '../../../../lib/iso3166.js';
import { checkOptionalIstatCode } from '../../../../lib/istat.js';
import type {
  CulturalExperienceFilter,
  EventFilter as EventFilterInput,
  ProtectionProjectFilter,
  PublicationFilter as PublicationFilterInput,
} from '../__generated__/resolvers-types.js';
import type { PublicationFilter } from '../data/publications.repository.js';
import type { EventFilter } from '../data/events.repository.js';
import type { ExperienceFilter, ProtectionFilter } from '../data/culture.repository.js';

/** Longest series name: series are short labels such as `IN.CO.NT.RO`. */
const MAX_SERIES = 64;

/** A four-digit year; `null` when absent. */
export function checkOptionalYear(argument: string, value: number | null | undefined): number | null {
  if (value == null) return null;
  if (value < 1900 || value > 2999) throw badUserInput(argument, `must be a year such as 2024, got ${value}`);
  return value;
}

export function checkPublicationFilter(filter: PublicationFilterInput | null | undefined): PublicationFilter {
  return {
    kind: filter?.kind ?? null,
    communityCode:
      filter?.communityCode == null ? null : checkCountryCode('filter.communityCode', filter.communityCode),
    year: checkOptionalYear('filter.year', filter?.year),
  };
}

export function checkEventFilter(filter: EventFilterInput | null | undefined): EventFilter {
  const from = filter?.from ?? null;
  const to = filter?.to ?? null;
  if (from !== null && to !== null && from > to)
    throw badUserInput('filter.to', `must not be before filter.from (${from})`);
  const series = filter?.series ?? null;
  if (series !== null && series.length > MAX_SERIES)
    throw badUserInput('filter.series', `must be at most ${MAX_SERIES} characters`);
  return {
    from,
    to,
    regionCode: checkOptionalIstatCode('filter.regionCode', filter?.regionCode, 'region'),
    provinceCode: checkOptionalIstatCode('filter.provinceCode', filter?.provinceCode, 'province'),
    communityCode:
      filter?.communityCode == null ? null : checkCountryCode('filter.communityCode', filter.communityCode),
    kind: filter?.kind ?? null,
    series,
  };
}

export function checkExperienceFilter(filter: CulturalExperienceFilter | null | undefined): ExperienceFilter {
  return {
    section: filter?.section ?? null,
    kind: filter?.kind ?? null,
    regionCode: checkOptionalIstatCode('filter.regionCode', filter?.regionCode, 'region'),
    provinceCode: checkOptionalIstatCode('filter.provinceCode', filter?.provinceCode, 'province'),
  };
}

export function checkProtectionFilter(filter: ProtectionProjectFilter | null | undefined): ProtectionFilter {
  return {
    regionCode: checkOptionalIstatCode('filter.regionCode', filter?.regionCode, 'region'),
    beneficiary: filter?.beneficiary ?? null,
  };
}
