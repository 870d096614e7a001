/**
 * Months, as the graph writes them (`YYYY-MM`) and as SQL compares them: an integer index
 * (`year * 12 + month - 1`), so that "the last N months" is integer arithmetic on both dialects.
 */
import { badUserInput } from './errors.js';

/** A month as an integer: January 2024 is `2024 * 12`. */
export type MonthIndex = number;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for a month `YYYY-MM` (`2026-13` is not one). */
export const isMonth = (text: string): boolean => MONTH.test(text);

/** The index of `YYYY-MM`, or undefined when `text` is not a month. */
export function parseMonth(text: string): MonthIndex | undefined {
  const match = MONTH.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

/** `YYYY-MM` of a month index. */
export function formatMonth(index: MonthIndex): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The month index of `month` (1..12) of `year`. */
export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + month - 1;
}

/**
 * Returns `text` when it is a month `YYYY-MM` (in `years`, when given); otherwise throws
 * `BAD_USER_INPUT` naming `argument`.
 */
export function checkMonth(argument: string, text: string, years?: readonly [number, number]): string {
  const index = parseMonth(text);
  const year = index === undefined ? undefined : Math.floor(index / 12);
  if (year === undefined || (years && (year < years[0] || year > years[1]))) {
    const range = years ? `, ${years[0]} to ${years[1]}` : '';
    throw badUserInput(argument, `must be a month such as "2026-12" (YYYY-MM${range}), got "${text}"`);
  }
  return text;
}
