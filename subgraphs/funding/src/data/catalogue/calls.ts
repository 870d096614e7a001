/**
 * Generates the calls for proposals of every source, deterministically. Dates are placed around
 * the fixed reference date so that the three statuses all occur: most calls are closed, some
 * are open on the reference date and some are forthcoming.
 */
import { formatId } from '../../../../../lib/ids.js';
import type { Random } from '../../../../../lib/random.js';
import type { LocaleCode } from '../../../../../lib/locale.js';
import type { NewCall } from '../tables.js';
import { REFERENCE_DATE, addDays, fromDays, toDays } from '../reference.js';
import { CALL_THEMES, CALL_WORD } from './callThemes.js';
import type { CallTheme, SourceSpec } from './types.js';

/** Sources above this budget publish calls worth a few percent of it each. */
const LARGE_SOURCE_CENTS = 200_000_000 * 100;
const LAST_CLOSED_OPENING = '2026-06-30';

/** The years of a programming period such as `2021-2027`. */
export function periodYears(period: string): [number, number] {
  const [start, end] = period.split('-').map(Number);
  if (!start || !end) throw new Error(`malformed programming period ${period}`);
  return [start, end];
}

function themesOf(source: SourceSpec): readonly CallTheme[] {
  const matching = CALL_THEMES.filter((t) => t.priorities.some((p) => source.priorities.includes(p)));
  return matching.length > 0 ? matching : CALL_THEMES;
}

function title(source: SourceSpec, theme: CallTheme, number: number, year: number): string {
  const texts: Partial<Record<LocaleCode, string>> = {};
  for (const [lang, text] of Object.entries(theme.title) as [LocaleCode, string][]) {
    texts[lang] = `${source.shortName} – ${CALL_WORD[lang] ?? CALL_WORD.it} ${number}/${year}: ${text}`;
  }
  return JSON.stringify(texts);
}

type Timing = 'CLOSED' | 'OPEN' | 'FORTHCOMING';

function datesFor(random: Random, timing: Timing, source: SourceSpec): { opensOn: string; closesOn: string } {
  if (timing === 'OPEN') {
    return { opensOn: addDays(REFERENCE_DATE, -random.int(10, 90)), closesOn: addDays(REFERENCE_DATE, random.int(5, 120)) };
  }
  if (timing === 'FORTHCOMING') {
    const opensOn = addDays(REFERENCE_DATE, random.int(7, 75));
    return { opensOn, closesOn: addDays(opensOn, random.int(45, 120)) };
  }
  const [startYear, endYear] = periodYears(source.programmingPeriod);
  const first = toDays(`${Math.max(startYear, 2022)}-01-10`);
  const last = Math.min(toDays(LAST_CLOSED_OPENING), toDays(`${endYear}-12-31`) - 120);
  const opensOn = fromDays(random.int(first, Math.max(first, last)));
  return { opensOn, closesOn: addDays(opensOn, random.int(30, 120)) };
}

function budgetCents(random: Random, source: SourceSpec): number {
  const share = source.totalBudgetCents > LARGE_SOURCE_CENTS ? 0.02 + random.next() * 0.06 : (0.5 + random.next() * 0.4) / source.calls;
  // Calls are published in round thousands of euro.
  return Math.floor((source.totalBudgetCents * share) / 100_000) * 100_000;
}

/**
 * The calls of all sources, numbered CALL-0001.. in source order. Every eighth call is open on the
 * reference date and every eighth (another) forthcoming; the rest are closed.
 */
export function generateCalls(random: Random, sources: readonly SourceSpec[]): NewCall[] {
  const calls: NewCall[] = [];
  for (const source of sources) {
    const themes = random.sample(themesOf(source), source.calls);
    const timings = Array.from({ length: source.calls }, (_, j): Timing => {
      const index = calls.length + j;
      return index % 8 === 3 ? 'OPEN' : index % 8 === 6 ? 'FORTHCOMING' : 'CLOSED';
    });
    // Numbered within the year in order of opening, as managing authorities number their calls.
    const dated = timings.map((timing) => datesFor(random, timing, source)).sort((a, b) => a.opensOn.localeCompare(b.opensOn));
    const numberByYear = new Map<number, number>();
    dated.forEach(({ opensOn, closesOn }, j) => {
      const year = Number(opensOn.slice(0, 4));
      const number = (numberByYear.get(year) ?? 0) + 1;
      numberByYear.set(year, number);
      const theme = themes[j % themes.length] as CallTheme;
      calls.push({
        id: formatId('call', calls.length + 1),
        funding_source_id: source.id,
        title_i18n: title(source, theme, number, year),
        budget_cents: budgetCents(random, source),
        opens_on: opensOn,
        closes_on: closesOn,
        eligible_beneficiaries: JSON.stringify(theme.beneficiaries),
      });
    });
  }
  return calls;
}
