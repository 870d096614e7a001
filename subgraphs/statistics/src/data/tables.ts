/** Kysely table interfaces of the statistics database. */
import type { Insertable, Selectable } from 'kysely';

/** One statistic as stored. */
export interface StatisticTable {
  /** `STA-` and five digits. */
  id: string;
  /** JSON translations, Italian always present (lib/locale.ts). */
  name_i18n: string;
  /** Six-digit ISTAT code of the municipality (an entity of the territories subgraph). */
  municipality_code: string;
  /** Shown to authenticated callers only. */
  contact_email: string | null;
}

/** The tables of the statistics database. */
export interface StatisticsDb {
  statistics: StatisticTable;
}

export type StatisticRow = Selectable<StatisticTable>;
export type NewStatistic = Insertable<StatisticTable>;
