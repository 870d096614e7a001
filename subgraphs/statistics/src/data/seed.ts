/**
 * Seeds the statistics database with five example rows in real municipalities (ISTAT codes of
 * Torino, Milano, Roma, Napoli and Palermo). The same rows on every run; skipped when data is
 * present. Replace them with the partner's data.
 */
import type { Kysely } from 'kysely';
import type { Logger } from '../../../../lib/log.js';
import type { StatisticsDb, NewStatistic } from './tables.js';

/** The example rows: one in each of five real municipalities, the last without a contact. */
export const SEED_ROWS: readonly NewStatistic[] = [
  { id: 'STA-00001', name_i18n: JSON.stringify({ it: 'Esempio 1, Torino', en: 'Example 1, Turin' }), municipality_code: '001272', contact_email: 'torino@statistics.example.org' },
  { id: 'STA-00002', name_i18n: JSON.stringify({ it: 'Esempio 2, Milano', en: 'Example 2, Milan' }), municipality_code: '015146', contact_email: 'milano@statistics.example.org' },
  { id: 'STA-00003', name_i18n: JSON.stringify({ it: 'Esempio 3, Roma', en: 'Example 3, Rome' }), municipality_code: '058091', contact_email: 'roma@statistics.example.org' },
  { id: 'STA-00004', name_i18n: JSON.stringify({ it: 'Esempio 4, Napoli', en: 'Example 4, Naples' }), municipality_code: '063049', contact_email: 'napoli@statistics.example.org' },
  { id: 'STA-00005', name_i18n: JSON.stringify({ it: 'Esempio 5, Palermo', en: 'Example 5, Palermo' }), municipality_code: '082053', contact_email: null },
];

/** Fills an empty database with `SEED_ROWS`; does nothing when rows are present. */
export async function seed(db: Kysely<StatisticsDb>, log: Logger): Promise<void> {
  const existing = await db.selectFrom('statistics').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return;
  await db.insertInto('statistics').values([...SEED_ROWS]).execute();
  log.info({ rows: SEED_ROWS.length }, 'statistics seeded');
}
