/**
 * Rules that span several fields of an association, checked on the record as it will be after the
 * write: for a registration, on the input alone; for an update, on the input merged with the
 * stored record (read inside the write's transaction, after the version was claimed).
 */
import type { Transaction } from 'kysely';
import { InputCheck } from '../../../../lib/writes/input.js';
import type { AssociationsDb, AssociationRow } from '../data/tables.js';
import { holderOfRegisterNumber, type AssociationLinks } from '../data/associations.writes.js';
import type { UpdateAssociationInput } from '../__generated__/resolvers-types.js';
import type { CheckedUpdate } from './writeInput.js';

/** The facts the rules compare; a fact left `undefined` (not changed, or itself invalid) is not checked. */
export interface RecordFacts {
  readonly kind: string;
  readonly culturalFields: readonly string[] | undefined;
  readonly foundedYear: number | null | undefined;
  readonly registeredOn: string | null | undefined;
}

/**
 * Cultural fields belong to cultural organisations, which name at least one; an association is
 * not entered in the register before the year it was founded. A date problem is reported at the
 * registration date when the input gave one (`registerEntryGiven`), at the founded year otherwise.
 */
export function checkRecord(check: InputCheck, facts: RecordFacts, registerEntryGiven: boolean): void {
  if (facts.culturalFields !== undefined) {
    const cultural = facts.kind === 'CULTURAL_ORGANISATION';
    if (cultural && facts.culturalFields.length === 0)
      check.fail('input.culturalFields', 'a CULTURAL_ORGANISATION names at least one cultural field');
    if (!cultural && facts.culturalFields.length > 0) {
      check.fail(
        'input.culturalFields',
        `only a CULTURAL_ORGANISATION has cultural fields, and this association is a ${facts.kind}: send an empty list`,
      );
    }
  }
  const { foundedYear, registeredOn } = facts;
  if (foundedYear != null && registeredOn != null && Number(registeredOn.slice(0, 4)) < foundedYear) {
    check.fail(
      registerEntryGiven ? 'input.registerEntry.registeredOn' : 'input.foundedYear',
      `the association would be entered in the register on ${registeredOn}, before it was founded in ${foundedYear}`,
    );
  }
}

/** Refuses a register number that another association already holds. @throws BAD_USER_INPUT */
export async function checkRegisterNumberFree(
  check: InputCheck,
  trx: Transaction<AssociationsDb>,
  number: string | null | undefined,
  id: string | null,
): Promise<void> {
  if (number == null) return;
  const holder = await holderOfRegisterNumber(trx, number);
  if (holder !== undefined && holder !== id)
    check.fail('input.registerEntry.number', `"${number}" is already the register number of ${holder}`);
}

/**
 * Checks an update against the stored record: the rules above for the facts the input changes,
 * and a new register number against the others. @throws BAD_USER_INPUT listing every bad field
 */
export async function checkUpdateAgainstStored(
  trx: Transaction<AssociationsDb>,
  before: { readonly row: AssociationRow; readonly links: Required<AssociationLinks> },
  update: CheckedUpdate,
  input: UpdateAssociationInput,
): Promise<void> {
  const check = new InputCheck();
  const { values, links } = update;
  // Stored records already obey the rules: only what this input touches is checked again.
  const kindOrFieldsChange = input.kind !== undefined || input.culturalFields !== undefined;
  const datesChange = input.foundedYear !== undefined || input.registerEntry !== undefined;
  checkRecord(
    check,
    {
      kind: values.kind ?? before.row.kind,
      culturalFields: kindOrFieldsChange ? (links.culturalFields ?? before.links.culturalFields) : undefined,
      foundedYear: datesChange
        ? values.founded_year !== undefined
          ? values.founded_year
          : before.row.founded_year
        : undefined,
      registeredOn: datesChange
        ? values.registered_on !== undefined
          ? values.registered_on
          : before.row.registered_on
        : undefined,
    },
    input.registerEntry != null,
  );
  await checkRegisterNumberFree(check, trx, values.register_number, before.row.id);
  check.done();
}
