/** Figures from the rows of the repositories: grouping, shares and derived rates, in memory. */
import { formatMonth } from '../../../../lib/months.js';
import { groupByKey } from '../../../../lib/loaders.js';
import type { BreakdownRow } from './minors.repository.js';
import type { SumRow } from './residents.repository.js';
import { DATASETS, type LabourMarketRow } from './tables.js';
import { percent, type AgeBand, type CitizenshipFigure, type CommunityFigure, type Gender, type LabourFigure, type MinorsMonthFigure } from './figures.js';

const AGE_ORDER: readonly AgeBand[] = ['AGE_0_6', 'AGE_7_14', 'AGE_15', 'AGE_16', 'AGE_17'];
const GENDER_ORDER: readonly Gender[] = ['FEMALE', 'MALE'];
const residentsSource = { id: DATASETS.residents } as const;

/** Each territory's citizenships (rows already largest first), with their share of the territory's total. */
export function citizenshipFigures(codes: readonly string[], rows: readonly (SumRow & { citizenship: string })[]): CitizenshipFigure[][] {
  return groupByKey(codes, rows, (r) => r.code).map((list) => {
    const whole = list.reduce((sum, r) => sum + r.total, 0);
    return list.map((r) => ({
      community: { code: r.citizenship },
      year: r.year,
      total: r.total,
      women: r.women,
      share: percent(r.total, whole),
      source: residentsSource,
    }));
  });
}

/** Each community's residents by region (rows already largest region first); null without any. */
export function communityFigures(codes: readonly string[], rows: readonly (SumRow & { citizenship: string })[]): (CommunityFigure | null)[] {
  return groupByKey(codes, rows, (r) => r.citizenship).map((list) => {
    const first = list[0];
    if (!first) return null;
    return {
      year: first.year,
      total: list.reduce((sum, r) => sum + r.total, 0),
      women: list.reduce((sum, r) => sum + r.women, 0),
      byRegion: list.map((r) => ({ region: { code: r.code }, total: r.total, women: r.women })),
      source: residentsSource,
    };
  });
}

/** The months of each region (or of `IT`), oldest first, each with its three breakdowns. */
export function minorsMonths(regions: readonly string[], rows: readonly BreakdownRow[]): MinorsMonthFigure[][] {
  return groupByKey(regions, rows, (r) => r.region).map((list) => {
    const months = new Map<number, BreakdownRow[]>();
    for (const row of list) {
      const cells = months.get(row.month_index);
      if (cells) cells.push(row);
      else months.set(row.month_index, [row]);
    }
    return [...months.keys()].sort((a, b) => a - b).map((index) => {
      const cells = months.get(index) ?? [];
      const count = (dimension: BreakdownRow['dimension'], value: string) =>
        cells.find((c) => c.dimension === dimension && c.value === value)?.minors ?? 0;
      const byCitizenship = cells
        .filter((c) => c.dimension === 'citizenship')
        .sort((a, b) => b.minors - a.minors || a.value.localeCompare(b.value))
        .map((c) => ({ community: { code: c.value }, count: c.minors }));
      return {
        month: formatMonth(index),
        total: byCitizenship.reduce((sum, c) => sum + c.count, 0),
        byAgeBand: AGE_ORDER.map((ageBand) => ({ ageBand, count: count('age', ageBand) })),
        byGender: GENDER_ORDER.map((gender) => ({ gender, count: count('gender', gender) })),
        byCitizenship,
        source: { id: DATASETS.minors },
      };
    });
  });
}

/** A region's labour-market figures, with the rates derived from the counts. */
export function labourFigure(row: LabourMarketRow): LabourFigure {
  const force = row.employed + row.unemployed;
  return {
    region: { code: row.region_code },
    year: row.year,
    employmentRate: percent(row.employed, row.population),
    unemploymentRate: percent(row.unemployed, force),
    activityRate: percent(force, row.population),
    employed: row.employed,
    unemployed: row.unemployed,
    population: row.population,
    source: { id: DATASETS.labour },
  };
}
