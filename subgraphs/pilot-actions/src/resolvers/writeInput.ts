/**
 * Validation of the pilot-action mutations' inputs, field by field (`lib/writes/input.ts`): every
 * problem of an input is reported at once, naming the field. Valid input becomes the columns to
 * store. What the database knows (a code already taken, the current status) is looked up by the
 * caller inside the write's transaction and passed in, so that it is reported with the rest.
 */
import { InputCheck } from '../../../../lib/writes/input.js';
import type { IdKind } from '../../../../lib/ids.js';
import type { MunicipalityRef } from '../../../../lib/istat.js';
import type {
  CreatePilotActionInput,
  LocalizedTextInput,
  PilotActionStatus,
} from '../__generated__/resolvers-types.js';
import type { PilotActionValues } from '../data/pilotActions.writes.js';
import { REGION_ABBREVIATIONS } from '../data/generate/titles.js';
import { allowedTransitions, canTransition } from '../domain/lifecycle.js';

const ACTION_CODE = /^PNI-[A-Z]{3}-\d{2}$/;
/** More municipalities than this is a mistake in the input, not a network of comuni. */
const MAX_MUNICIPALITIES = 50;
const MAX_KEYS = 50;

/** Translations as the JSON column stores them; `undefined` (and a problem) when invalid. */
export function textsJson(
  check: InputCheck,
  field: string,
  value: LocalizedTextInput,
  max = 2000,
): string | undefined {
  const checked = check.texts(field, value, { max });
  return checked && JSON.stringify(checked);
}

/** Distinct ids of another subgraph's entities, in the order given, each in its id format. */
function keys(check: InputCheck, field: string, values: readonly string[], kind: IdKind): string {
  const unique = [...new Set(values.map((v) => v.trim()))];
  check.expect(unique.length <= MAX_KEYS, field, `must list at most ${MAX_KEYS} ids`);
  for (const value of unique) check.id(field, value, kind);
  return JSON.stringify(unique);
}

interface Lead {
  readonly kind: 'REGION' | 'MUNICIPALITY';
  readonly regionCode: string;
  readonly municipality: MunicipalityRef | undefined;
}

/** Exactly one of the lead's codes: a region of ISTAT's list, or a municipality. */
function lead(check: InputCheck, input: CreatePilotActionInput['leadAuthority']): Lead | undefined {
  const { regionCode, municipalityCode } = input;
  if ((regionCode == null) === (municipalityCode == null)) {
    check.fail('input.leadAuthority', 'must give exactly one of regionCode and municipalityCode');
    return undefined;
  }
  if (municipalityCode != null) {
    const municipality = check.municipality('input.leadAuthority.municipalityCode', municipalityCode);
    return municipality && { kind: 'MUNICIPALITY', regionCode: municipality.regionCode, municipality };
  }
  const region = check.region('input.leadAuthority.regionCode', regionCode as string);
  return region && { kind: 'REGION', regionCode: region.code, municipality: undefined };
}

/**
 * The municipalities where the action runs: known to ISTAT, in the lead's region (an action of
 * the National Plan belongs to one region, whose token answers for it), distinct, and with the
 * lead municipality, when there is one, first (position 0 is the main one, as in the seed).
 */
function municipalities(
  check: InputCheck,
  codes: readonly string[],
  leadOf: Lead | undefined,
): string | undefined {
  const field = 'input.municipalityCodes';
  const unique = [...new Set(codes)];
  if (!check.expect(unique.length >= 1, field, 'must list at least one municipality')) return undefined;
  if (
    !check.expect(
      unique.length <= MAX_MUNICIPALITIES,
      field,
      `must list at most ${MAX_MUNICIPALITIES} municipalities`,
    )
  )
    return undefined;
  let ok = true;
  for (const code of unique) {
    const municipality = check.municipality(field, code);
    if (!municipality) ok = false;
    else if (leadOf && municipality.regionCode !== leadOf.regionCode) {
      ok = check.expect(
        false,
        field,
        `${code} (${municipality.name}) is in region ${municipality.regionCode}, not in the lead's region ${leadOf.regionCode}`,
      );
    }
  }
  const main = leadOf?.municipality?.istatCode;
  if (main !== undefined && !unique.includes(main)) {
    ok = check.expect(
      false,
      'input.leadAuthority.municipalityCode',
      `the lead municipality ${main} must be one of input.municipalityCodes`,
    );
  }
  const ordered = main === undefined ? unique : [main, ...unique.filter((c) => c !== main)];
  return ok ? JSON.stringify(ordered) : undefined;
}

/** What the database knows that `createPilotAction`'s input is checked against. */
export interface CreateContext {
  /** The action that already has the input's code, if any. */
  readonly codeTakenBy: string | undefined;
}

/** A validated new action: its columns, and the region that leads it (for ownership). */
export interface CheckedAction {
  readonly values: PilotActionValues;
  readonly leadRegionCode: string;
}

/** Checks `createPilotAction`'s input. @throws BAD_USER_INPUT listing every bad field */
export function checkCreatePilotAction(input: CreatePilotActionInput, context: CreateContext): CheckedAction {
  const check = new InputCheck();
  const leadOf = lead(check, input.leadAuthority);
  const code = check.matches(
    'input.code',
    input.code.trim(),
    ACTION_CODE,
    'a National Plan code such as "PNI-LOM-05"',
  );
  if (code !== undefined && leadOf) {
    const abbreviation = REGION_ABBREVIATIONS[leadOf.regionCode];
    check.expect(
      code.startsWith(`PNI-${abbreviation}-`),
      'input.code',
      `must start with "PNI-${abbreviation}-" for an action led by region ${leadOf.regionCode}`,
    );
  }
  if (context.codeTakenBy !== undefined)
    check.fail('input.code', `"${input.code.trim()}" is already the code of ${context.codeTakenBy}`);
  if (input.endsOn != null)
    check.expect(
      input.endsOn >= input.startsOn,
      'input.endsOn',
      `must not be before startsOn (${input.startsOn})`,
    );
  const values = {
    code,
    title_i18n: textsJson(check, 'input.title', input.title, 300),
    thematic_area: input.thematicArea,
    partner_association_ids: keys(
      check,
      'input.partnerAssociationIds',
      input.partnerAssociationIds,
      'association',
    ),
    related_service_ids: keys(check, 'input.relatedServiceIds', input.relatedServiceIds, 'service'),
    municipality_codes: municipalities(check, input.municipalityCodes, leadOf),
    inspired_by_i18n:
      input.inspiredBy == null ? null : textsJson(check, 'input.inspiredBy', input.inspiredBy, 500),
  };
  check.done();
  // Every field was checked above: done() threw if any was missing.
  const leadRegionCode = leadOf!.regionCode;
  return {
    leadRegionCode,
    values: {
      ...values,
      region_code: leadRegionCode,
      lead_kind: leadOf!.kind,
      lead_region_code: leadRegionCode,
      lead_municipality_code: leadOf!.municipality?.istatCode ?? null,
      status: 'PLANNED',
      starts_on: input.startsOn,
      ends_on: input.endsOn ?? null,
    } as PilotActionValues,
  };
}

/** Checks a status change against the lifecycle. @throws BAD_USER_INPUT naming `status` */
export function checkTransition(from: PilotActionStatus, to: PilotActionStatus): void {
  const check = new InputCheck();
  if (!canTransition(from, to)) {
    const next = allowedTransitions(from);
    const allowed =
      next.length === 0
        ? `${from} is final: no status may follow it`
        : `from ${from} it may move only to ${next.join(' or ')}`;
    check.fail('status', `the action is ${from} and cannot move to ${to}; ${allowed}`);
  }
  check.done();
}
