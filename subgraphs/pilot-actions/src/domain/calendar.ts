/**
 * Dates of the pilot actions. Every date is stored twice: as its ISO string (what the API returns)
 * and as an integer day number (days since 1970-01-01), because date arithmetic differs between
 * SQLite and PostgreSQL while integer arithmetic does not: one query serves both dialects.
 */

/**
 * The fixed "today" of the seeded data set. Statuses, measurements and visits are consistent with
 * it, never with the real clock, so the data (and the tests) are the same on every run.
 */
export const REFERENCE_DATE = '2026-10-31';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of an ISO date `YYYY-MM-DD`. */
export function dayNumber(iso: string): number {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
}

/** The ISO date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A month as one integer (`year * 12 + month0`), so that months add and compare simply. */
export type MonthIndex = number;

/** The month index of `year` and 1-based `month`. */
export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

/** First day of a month, ISO. */
export function firstDayOf(month: MonthIndex): string {
  return isoOfDay(Date.UTC(Math.floor(month / 12), month % 12, 1) / MS_PER_DAY);
}

/** Last day of a month, ISO. */
export function lastDayOf(month: MonthIndex): string {
  // Day 0 of the next month is the last day of this one.
  return isoOfDay(Date.UTC(Math.floor(month / 12), (month % 12) + 1, 0) / MS_PER_DAY);
}

/** A day of a month, clamped to the month's length (15 February stays 15 February, 31 becomes 28/29/30). */
export function dayOf(month: MonthIndex, day: number): string {
  const last = Number(lastDayOf(month).slice(8, 10));
  return `${firstDayOf(month).slice(0, 8)}${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** The month of the reference date. */
export const REFERENCE_MONTH: MonthIndex = monthIndex(
  Number(REFERENCE_DATE.slice(0, 4)),
  Number(REFERENCE_DATE.slice(5, 7)),
);
export const REFERENCE_DAY = dayNumber(REFERENCE_DATE);

/**
 * "Today" for writes: the later of the real date (UTC) and the reference date. Measurements and
 * visits may not be dated after it. The data set lives at the reference date, so on a clock that
 * is still before it (a development machine set back, a replayed test) the seeded world's own
 * present stays writable; once the real date is past it, the real date is the bound.
 */
export function writableToday(now: Date = new Date()): string {
  const real = now.toISOString().slice(0, 10);
  return real > REFERENCE_DATE ? real : REFERENCE_DATE;
}
