/**
 * Writes of pilot actions, inside a write's transaction (`lib/writes/write.ts`): an action's row
 * and its municipality rows change together, and each function returns the before/after values
 * the audit log keeps. New ids are read inside the transaction, so a write that loses a race for
 * one is run again with the next (see `runWrite`).
 */
import type { Insertable, Transaction } from 'kysely';
import { changesBetween, type FieldChange } from '../../../../lib/writes/auditStore.js';
import { findMunicipality } from '../../../../lib/istat.js';
import { dayNumber } from '../domain/calendar.js';
import type { PilotActionRow, PilotActionTable, PilotActionsDb } from './tables.js';

/** The columns a new action is given (its dates' day numbers and its version are derived). */
export type PilotActionValues = Omit<Insertable<PilotActionTable>, 'id' | 'version' | 'starts_day' | 'ends_day'>;

/** Columns the audit log leaves out: day numbers repeat the ISO dates; id and version are bookkeeping. */
const NOT_AUDITED = /^(id|version)$|_day$/;
/** Columns holding JSON (translations, lists of keys or texts), audited as values rather than as text. */
const JSON_COLUMN = /_i18n$|^(partner_association_ids|related_service_ids|municipality_codes|follow_ups)$/;

/** The stored fields of a row of this database that the audit log compares. */
export function auditable(row: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (NOT_AUDITED.test(key)) continue;
    out[key] = typeof value === 'string' && JSON_COLUMN.test(key) ? JSON.parse(value) : value;
  }
  return out;
}

/**
 * Inserts a new action and the rows of the municipalities where it runs (with their province and
 * region from lib/istat.ts, as the seed fills them); returns every field as a change.
 */
export async function insertPilotAction(trx: Transaction<PilotActionsDb>, id: string, values: PilotActionValues): Promise<FieldChange[]> {
  await trx
    .insertInto('pilot_actions')
    .values({
      ...values,
      id,
      starts_day: dayNumber(values.starts_on),
      ends_day: values.ends_on == null ? null : dayNumber(values.ends_on),
    })
    .execute();
  const codes = JSON.parse(values.municipality_codes) as string[];
  const rows = codes.map((code, position) => {
    const municipality = findMunicipality(code);
    // The input was checked against the same list: a miss here is a bug, not user input.
    if (!municipality) throw new Error(`municipality ${code} vanished from lib/istat.ts`);
    return { pilot_action_id: id, municipality_code: code, province_code: municipality.provinceCode, region_code: municipality.regionCode, position };
  });
  await trx.insertInto('pilot_action_municipalities').values(rows).execute();
  return changesBetween(undefined, auditable(values));
}

/** Sets an action's status (its version was claimed before); returns what changed. */
export async function setStatus(trx: Transaction<PilotActionsDb>, before: PilotActionRow, status: string): Promise<FieldChange[]> {
  await trx.updateTable('pilot_actions').set({ status }).where('id', '=', before.id).execute();
  return changesBetween({ status: before.status }, { status });
}

/** The action row, read inside the transaction (after a version claim it is current and locked). */
export async function actionForWrite(trx: Transaction<PilotActionsDb>, id: string): Promise<PilotActionRow | undefined> {
  return trx.selectFrom('pilot_actions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The id of the action that already has `code`, if any. */
export async function actionIdOfCode(trx: Transaction<PilotActionsDb>, code: string): Promise<string | undefined> {
  const row = await trx.selectFrom('pilot_actions').select('id').where('code', '=', code).executeTakeFirst();
  return row?.id;
}
