/**
 * Validation of the funding mutations' inputs, field by field (`lib/writes/input.ts`), for what
 * can be told from the input alone: formats, signs and the order of dates. What needs the
 * database (does the source exist, is there money left) is checked in `writeRules.ts`, into the
 * same `InputCheck`, so a refusal lists every problem at once.
 */
import type { Updateable } from 'kysely';
import type { InputCheck } from '../../../../lib/writes/input.js';
import type {
  AllocateInput,
  BeneficiaryKind,
  LocalizedTextInput,
  OpenCallInput,
  UpdateCallInput,
} from '../__generated__/resolvers-types.js';
import type { CallTable, CallTableRow } from '../data/tables.js';
import type { CallValues } from '../data/funding.writes.js';

/** A well-formed funding source id, e.g. `FS-FAMI-2021-2027`. */
export const sourceId = (check: InputCheck, field: string, value: string) =>
  check.id(field, value, 'fundingSource');

/** A well-formed call id, e.g. `CALL-0001`. */
export const callId = (check: InputCheck, field: string, value: string) => check.id(field, value, 'call');

/** A sum of money more than zero (integer cents, as `Money` parses it). */
export function positiveCents(check: InputCheck, field: string, cents: number): number | undefined {
  return check.expect(cents > 0, field, 'must be more than zero') ? cents : undefined;
}

/** Records a problem with `field` when the date `to` is before `from` (ISO dates compare as text). */
function notBefore(check: InputCheck, field: string, to: string, from: string, fromName: string): boolean {
  return check.expect(to >= from, field, `must not be before ${fromName} (${from}), got ${to}`);
}

function texts(check: InputCheck, field: string, value: LocalizedTextInput): string | undefined {
  const checked = check.texts(field, value, { max: 500 });
  return checked && JSON.stringify(checked);
}

function beneficiaries(
  check: InputCheck,
  field: string,
  values: readonly BeneficiaryKind[],
): string | undefined {
  const unique = [...new Set(values)];
  return check.expect(unique.length > 0, field, 'must list at least one kind of beneficiary')
    ? JSON.stringify(unique)
    : undefined;
}

/** Checks `openCall`'s own fields (the source is checked against the database). */
export function checkOpenCall(check: InputCheck, input: OpenCallInput): Partial<CallValues> {
  notBefore(check, 'input.closesOn', input.closesOn, input.opensOn, 'opensOn');
  return {
    title_i18n: texts(check, 'input.title', input.title),
    budget_cents: positiveCents(check, 'input.budget', input.budget),
    opens_on: input.opensOn,
    closes_on: input.closesOn,
    eligible_beneficiaries: beneficiaries(check, 'input.eligibleBeneficiaries', input.eligibleBeneficiaries),
  };
}

/** Checks `updateCall`'s input against the call as it is: only the fields given change. */
export function checkUpdateCall(
  check: InputCheck,
  input: UpdateCallInput,
  before: CallTableRow,
): Updateable<CallTable> {
  const values: Updateable<CallTable> = {};
  const given = (field: keyof UpdateCallInput) =>
    input[field] !== undefined && check.expect(input[field] !== null, `input.${field}`, 'cannot be cleared');
  if (given('title')) values.title_i18n = texts(check, 'input.title', input.title!);
  if (given('budget')) values.budget_cents = positiveCents(check, 'input.budget', input.budget!);
  if (given('opensOn')) values.opens_on = input.opensOn!;
  if (given('closesOn')) values.closes_on = input.closesOn!;
  if (given('eligibleBeneficiaries'))
    values.eligible_beneficiaries = beneficiaries(
      check,
      'input.eligibleBeneficiaries',
      input.eligibleBeneficiaries!,
    );
  if (values.opens_on !== undefined || values.closes_on !== undefined) {
    // The dates left out keep their stored values, and the pair must stay in order.
    const opensOn = values.opens_on ?? before.opens_on;
    const closesOn = values.closes_on ?? before.closes_on;
    const field = values.closes_on !== undefined ? 'input.closesOn' : 'input.opensOn';
    if (closesOn < opensOn)
      check.fail(field, `the call would close (${closesOn}) before it opens (${opensOn})`);
  }
  check.expect(Object.keys(input).length > 0, 'input', 'names no field to change');
  return values;
}

/** `allocateToPilotAction`'s own fields, checked; `undefined` where a field is bad. */
export interface AllocationFields {
  readonly callId: string | undefined;
  readonly pilotActionId: string | undefined;
  readonly committed: number | undefined;
  readonly startsOn: string;
  readonly endsOn: string | null;
}

/** Checks `allocateToPilotAction`'s own fields (source and call against the database, the action's region against its owner). */
export function checkAllocate(check: InputCheck, input: AllocateInput): AllocationFields {
  const endsOn = input.endsOn ?? null;
  if (endsOn !== null) notBefore(check, 'input.endsOn', endsOn, input.startsOn, 'startsOn');
  return {
    callId: input.callId == null ? undefined : callId(check, 'input.callId', input.callId),
    pilotActionId: check.id('input.pilotActionId', input.pilotActionId, 'pilotAction'),
    committed: positiveCents(check, 'input.committed', input.committed),
    startsOn: input.startsOn,
    endsOn,
  };
}
