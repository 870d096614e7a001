/**
 * Validation of the arguments clients give. A malformed value is bad input (`BAD_USER_INPUT` naming
 * the argument); a well-formed code or year that holds nothing simply finds nothing.
 */
import { badUserInput } from '../../../../lib/errors.js';
import { checkMonth as checkMonthText, parseMonth, type MonthIndex } from '../../../../lib/months.js';

/** Years a figure can be asked for; outside them the argument is refused. */
export const YEAR_RANGE = [1990, 2100] as const;
/** Longest window of the minors' census one field answers. */
export const MAX_MONTHS = 120;
/** Most citizenships `residentsByCitizenship` answers (every assigned country code). */
export const MAX_CITIZENSHIPS = 250;
/** The defaults of `first` and `months` in the schema, for a client that sends null. */
export const DEFAULT_FIRST = 20;
export const DEFAULT_MONTHS = 12;

/** A year within `YEAR_RANGE`, or null when absent. */
export function checkYear(argument: string, value: number | null | undefined): number | null {
  if (value == null) return null;
  const [min, max] = YEAR_RANGE;
  if (value < min || value > max)
    throw badUserInput(argument, `must be a year between ${min} and ${max}, got ${value}`);
  return value;
}

/** A month `YYYY-MM` as its index, or null when absent. */
export function checkMonth(argument: string, value: string | null | undefined): MonthIndex | null {
  return value == null ? null : (parseMonth(checkMonthText(argument, value, YEAR_RANGE)) as MonthIndex);
}

/** A count between `min` and `max`; `fallback` when given as null. */
export function checkCount(
  argument: string,
  value: number | null | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  const count = value ?? fallback;
  if (count < min || count > max)
    throw badUserInput(argument, `must be between ${min} and ${max}, got ${count}`);
  return count;
}
