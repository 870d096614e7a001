/**
 * The fixed reference date of the graph's data. A call's status (FORTHCOMING / OPEN / CLOSED) is
 * derived from its dates relative to this day, never from the real clock, so that seeds, answers
 * and tests are the same on every run.
 */
export const REFERENCE_DATE = '2026-10-31';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date (UTC), for date arithmetic on fixed dates. */
export function toDays(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

/** The ISO date `days` days since 1970-01-01. */
export function fromDays(days: number): string {
  return new Date(Math.round(days) * DAY_MS).toISOString().slice(0, 10);
}

/** `iso` moved by `days` days. */
export function addDays(iso: string, days: number): string {
  return fromDays(toDays(iso) + days);
}
