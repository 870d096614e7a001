/**
 * Seeds the services database with the deterministic list of generate/: services first, then
 * the link tables, in chunks inside one transaction. Does nothing when services are present.
 */
import type { Insertable, Kysely } from 'kysely';
import type { Logger } from '../../../../lib/log.js';
import type { ServicesDb, ServiceTable } from './tables.js';
import { generateServices, serviceId } from './generate/index.js';
import type { ServiceSeed } from './generate/types.js';

// Rows per INSERT: well under both dialects' bound-parameter limits (SQLite 32,766; PostgreSQL 65,535).
const SERVICE_CHUNK = 500;
const LINK_CHUNK = 5000;

function serviceRow(seed: ServiceSeed, index: number): Insertable<ServiceTable> {
  return {
    id: serviceId(index),
    provider_kind: seed.kind,
    association_id: seed.associationId,
    municipality_code: seed.place.municipality.istatCode,
    province_code: seed.place.province.code,
    region_code: seed.place.region.code,
    name_i18n: JSON.stringify(seed.name),
    name_search: seed.name.it.toLowerCase(),
    description_i18n: JSON.stringify(seed.description),
    opening_hours_i18n: JSON.stringify(seed.openingHours),
    address: seed.address,
    phone: seed.phone,
    email: seed.email,
    website: seed.website,
    areas: JSON.stringify(seed.areas),
    languages: JSON.stringify(seed.languages),
    target_groups: JSON.stringify(seed.targetGroups),
    free_of_charge: seed.freeOfCharge ? 1 : 0,
    updated_at: seed.updatedAt,
  };
}

async function insertChunks<T>(rows: readonly T[], size: number, insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Fills an empty services database; a database that already has services is left alone. */
export async function seed(db: Kysely<ServicesDb>, log: Logger): Promise<void> {
  const existing = await db.selectFrom('services').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return;
  const seeds = generateServices();
  const services = seeds.map(serviceRow);
  const areas = seeds.flatMap((s, i) => s.areas.map((area) => ({ service_id: serviceId(i), area })));
  const languages = seeds.flatMap((s, i) => s.languages.map((language) => ({ service_id: serviceId(i), language })));
  const targetGroups = seeds.flatMap((s, i) => s.targetGroups.map((target_group) => ({ service_id: serviceId(i), target_group })));
  await db.transaction().execute(async (trx) => {
    await insertChunks(services, SERVICE_CHUNK, (chunk) => trx.insertInto('services').values(chunk).execute());
    await insertChunks(areas, LINK_CHUNK, (chunk) => trx.insertInto('service_areas').values(chunk).execute());
    await insertChunks(languages, LINK_CHUNK, (chunk) => trx.insertInto('service_languages').values(chunk).execute());
    await insertChunks(targetGroups, LINK_CHUNK, (chunk) => trx.insertInto('service_target_groups').values(chunk).execute());
  });
  log.info(
    { services: services.length, areas: areas.length, languages: languages.length, targetGroups: targetGroups.length },
    'services seeded',
  );
}
