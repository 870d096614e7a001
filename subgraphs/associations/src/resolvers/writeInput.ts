/**
 * Validation of the associations mutations' inputs, field by field (`lib/writes/input.ts`): every
 * problem of an input is reported at once, naming the field. Valid input becomes the columns and
 * lists to store. Rules that need the stored record are in writeRules.ts.
 */
import type { Updateable } from 'kysely';
import { InputCheck } from '../../../../lib/writes/input.js';
import type { MunicipalityRef } from '../../../../lib/istat.js';
import type {
  CulturalField,
  RegisterAssociationInput,
  UpdateAssociationInput,
} from '../__generated__/resolvers-types.js';
import type { AssociationTable } from '../data/tables.js';
import type { AssociationLinks, AssociationValues } from '../data/associations.writes.js';
import { isCountryCode } from '../../../../lib/iso3166.js';
import { contactPersonColumns, contactsColumns, textsColumn } from '../../../../lib/writes/fields.js';
import { registerEntry } from './registerEntry.js';
import { checkRecord } from './writeRules.js';

/** No association in Italy is older than this; an earlier year is a typing error. */
const FIRST_FOUNDED_YEAR = 1850;
/** More would not be "the communities it represents" but a list of every country. */
const MAX_COMMUNITIES = 30;

/** A validated association: the columns and lists to write, and the seat it names (for ownership). */
export interface CheckedAssociation<Values, Links> {
  readonly values: Values;
  readonly links: Links;
  /** The seat the input names; `undefined` when an update leaves the seat as it is. */
  readonly seat: MunicipalityRef | undefined;
}

export type CheckedRegistration = CheckedAssociation<AssociationValues, Required<AssociationLinks>> & {
  readonly seat: MunicipalityRef;
};
export type CheckedUpdate = CheckedAssociation<Updateable<AssociationTable>, AssociationLinks>;

function name(check: InputCheck, value: string): string | undefined {
  return check.text('input.name', value, { min: 2, max: 200 });
}

/** ISO 3166-1 alpha-2 codes, main one first; a repeated code is kept once, where it first appears. */
function communities(check: InputCheck, values: readonly string[]): string[] | undefined {
  const unique = [...new Set(values)];
  const unknown = unique.filter((code) => !isCountryCode(code));
  if (unknown.length > 0) {
    const listed = unknown.map((code) => `"${code}"`).join(', ');
    check.fail(
      'input.communities',
      `${listed}: not ISO 3166-1 alpha-2 country codes in upper case, such as "SN"`,
    );
    return undefined;
  }
  return check.expect(
    unique.length <= MAX_COMMUNITIES,
    'input.communities',
    `must list at most ${MAX_COMMUNITIES} communities`,
  )
    ? unique
    : undefined;
}

function culturalFields(values: readonly CulturalField[]): CulturalField[] {
  return [...new Set(values)];
}

function foundedYear(check: InputCheck, year: number): number | undefined {
  const thisYear = new Date().getUTCFullYear();
  if (year > thisYear) check.fail('input.foundedYear', `must not be in the future (it is ${thisYear})`);
  else if (year < FIRST_FOUNDED_YEAR)
    check.fail('input.foundedYear', `must be ${FIRST_FOUNDED_YEAR} or later, got ${year}`);
  else return year;
  return undefined;
}

function seatColumns(seat: MunicipalityRef) {
  return {
    seat_municipality_code: seat.istatCode,
    seat_province_code: seat.provinceCode,
    seat_region_code: seat.regionCode,
  };
}

/** Checks `registerAssociation`'s input. @throws BAD_USER_INPUT listing every bad field */
export function checkRegisterAssociation(input: RegisterAssociationInput): CheckedRegistration {
  const check = new InputCheck();
  const seat = check.municipality('input.seatMunicipalityCode', input.seatMunicipalityCode);
  const entry = registerEntry(check, 'input.registerEntry', input.registerEntry);
  const founded = input.foundedYear == null ? null : foundedYear(check, input.foundedYear);
  const links = {
    communities: communities(check, input.communities),
    culturalFields: culturalFields(input.culturalFields ?? []),
  };
  const values = {
    name: name(check, input.name),
    kind: input.kind,
    activities_i18n: textsColumn(check, 'input.activities', input.activities),
    founded_year: founded,
    ...entry,
    ...contactsColumns(check, 'input.contacts', input.contacts),
    ...contactPersonColumns(check, 'input.contactPerson', input.contactPerson),
  };
  checkRecord(
    check,
    {
      kind: input.kind,
      culturalFields: links.culturalFields,
      foundedYear: founded,
      registeredOn: entry?.registered_on,
    },
    true,
  );
  check.done();
  // Every field was checked above: done() threw if any was missing.
  return {
    seat: seat!,
    links: links as Required<AssociationLinks>,
    values: { ...values, ...seatColumns(seat!) } as AssociationValues,
  };
}

/** Checks `updateAssociation`'s input: only the fields given change. @throws BAD_USER_INPUT listing every bad field */
export function checkUpdateAssociation(input: UpdateAssociationInput): CheckedUpdate {
  const check = new InputCheck();
  const values: Updateable<AssociationTable> = {};
  const links: { communities?: string[]; culturalFields?: string[] } = {};
  let seat: MunicipalityRef | undefined;
  const required = (field: string, value: unknown) =>
    check.expect(value !== null, `input.${field}`, 'cannot be cleared');
  if (
    input.seatMunicipalityCode !== undefined &&
    required('seatMunicipalityCode', input.seatMunicipalityCode)
  ) {
    seat = check.municipality('input.seatMunicipalityCode', input.seatMunicipalityCode!);
    if (seat) Object.assign(values, seatColumns(seat));
  }
  if (input.name !== undefined && required('name', input.name)) values.name = name(check, input.name!);
  if (input.kind !== undefined && required('kind', input.kind)) values.kind = input.kind!;
  if (input.activities !== undefined && required('activities', input.activities))
    values.activities_i18n = textsColumn(check, 'input.activities', input.activities!);
  if (
    input.communities !== undefined &&
    check.expect(
      input.communities !== null,
      'input.communities',
      'cannot be null: send an empty list for none',
    )
  ) {
    links.communities = communities(check, input.communities!);
  }
  if (
    input.culturalFields !== undefined &&
    check.expect(
      input.culturalFields !== null,
      'input.culturalFields',
      'cannot be null: send an empty list for none',
    )
  ) {
    links.culturalFields = culturalFields(input.culturalFields!);
  }
  if (input.foundedYear !== undefined)
    values.founded_year = input.foundedYear === null ? null : foundedYear(check, input.foundedYear);
  if (input.registerEntry !== undefined)
    Object.assign(values, registerEntry(check, 'input.registerEntry', input.registerEntry));
  if (input.contacts !== undefined)
    Object.assign(values, contactsColumns(check, 'input.contacts', input.contacts));
  if (input.contactPerson !== undefined)
    Object.assign(values, contactPersonColumns(check, 'input.contactPerson', input.contactPerson));
  check.expect(Object.keys(input).length > 0, 'input', 'names no field to change');
  check.done();
  return { values, links, seat };
}
