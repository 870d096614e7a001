/**
 * Validation of the services mutations' inputs, field by field (`lib/writes/input.ts`): every
 * problem of an input is reported at once, naming the field. Valid input becomes the columns to
 * store.
 */
import type { Updateable } from 'kysely';
import { InputCheck } from '../../../../lib/writes/input.js';
import type { MunicipalityRef } from '../../../../lib/istat.js';
import {
  contactPersonColumns,
  contactsColumns,
  optionalId,
  textsColumn,
} from '../../../../lib/writes/fields.js';
import type { CreateServiceInput, UpdateServiceInput } from '../__generated__/resolvers-types.js';
import type { ServiceTable } from '../data/tables.js';
import type { ServiceValues } from '../data/services.writes.js';

const LANGUAGE = /^[a-z]{2}$/;

/** A validated service: the columns to write, and the municipality it is in (for ownership). */
export interface CheckedService<Values> {
  readonly values: Values;
  readonly municipality: MunicipalityRef | undefined;
}

function list(
  check: InputCheck,
  field: string,
  values: readonly string[],
  { min = 0, pattern }: { min?: number; pattern?: RegExp } = {},
): string | undefined {
  const unique = [...new Set(values)].sort();
  if (
    !check.expect(
      unique.length >= min,
      field,
      min === 1 ? 'must list at least one value' : `must list at least ${min} values`,
    )
  )
    return undefined;
  if (pattern) {
    const bad = unique.find((v) => !pattern.test(v));
    if (bad !== undefined && !check.expect(false, field, `"${bad}" is not an ISO 639-1 code such as "ar"`))
      return undefined;
  }
  return JSON.stringify(unique);
}

/** Checks `createService`'s input. @throws BAD_USER_INPUT listing every bad field */
export function checkCreateService(input: CreateServiceInput): CheckedService<ServiceValues> {
  const check = new InputCheck();
  const municipality = check.municipality('input.municipalityCode', input.municipalityCode);
  const values = {
    name_i18n: textsColumn(check, 'input.name', input.name),
    description_i18n: textsColumn(check, 'input.description', input.description),
    opening_hours_i18n: textsColumn(check, 'input.openingHours', input.openingHours),
    areas: list(check, 'input.areas', input.areas, { min: 1 }),
    languages: list(check, 'input.languages', input.languages, { pattern: LANGUAGE }),
    target_groups: list(check, 'input.targetGroups', input.targetGroups, { min: 1 }),
    provider_kind: input.providerKind,
    association_id: optionalId(check, 'input.associationId', input.associationId, 'association'),
    address: check.text('input.address', input.address, { max: 300 }),
    free_of_charge: input.freeOfCharge ? 1 : 0,
    ...contactsColumns(check, 'input.contacts', input.contacts),
    ...contactPersonColumns(check, 'input.contactPerson', input.contactPerson),
  };
  check.done();
  // Every field was checked above: done() threw if any was missing.
  return {
    municipality,
    values: {
      ...values,
      municipality_code: municipality!.istatCode,
      province_code: municipality!.provinceCode,
      region_code: municipality!.regionCode,
    } as ServiceValues,
  };
}

/** Checks `updateService`'s input: only the fields given change. @throws BAD_USER_INPUT listing every bad field */
export function checkUpdateService(input: UpdateServiceInput): CheckedService<Updateable<ServiceTable>> {
  const check = new InputCheck();
  const values: Updateable<ServiceTable> = {};
  let municipality: MunicipalityRef | undefined;
  const required = (field: string, value: unknown) =>
    check.expect(value !== null, `input.${field}`, 'cannot be cleared');
  if (input.municipalityCode !== undefined && required('municipalityCode', input.municipalityCode)) {
    municipality = check.municipality('input.municipalityCode', input.municipalityCode!);
    if (municipality) {
      values.municipality_code = municipality.istatCode;
      values.province_code = municipality.provinceCode;
      values.region_code = municipality.regionCode;
    }
  }
  if (input.name !== undefined && required('name', input.name))
    values.name_i18n = textsColumn(check, 'input.name', input.name!);
  if (input.description !== undefined && required('description', input.description)) {
    values.description_i18n = textsColumn(check, 'input.description', input.description!);
  }
  if (input.openingHours !== undefined && required('openingHours', input.openingHours)) {
    values.opening_hours_i18n = textsColumn(check, 'input.openingHours', input.openingHours!);
  }
  if (input.areas !== undefined && required('areas', input.areas))
    values.areas = list(check, 'input.areas', input.areas!, { min: 1 });
  if (input.languages !== undefined && required('languages', input.languages)) {
    values.languages = list(check, 'input.languages', input.languages!, { pattern: LANGUAGE });
  }
  if (input.targetGroups !== undefined && required('targetGroups', input.targetGroups)) {
    values.target_groups = list(check, 'input.targetGroups', input.targetGroups!, { min: 1 });
  }
  if (input.providerKind !== undefined && required('providerKind', input.providerKind))
    values.provider_kind = input.providerKind!;
  if (input.freeOfCharge !== undefined && required('freeOfCharge', input.freeOfCharge))
    values.free_of_charge = input.freeOfCharge ? 1 : 0;
  if (input.address !== undefined && required('address', input.address))
    values.address = check.text('input.address', input.address!, { max: 300 });
  if (input.associationId !== undefined) {
    values.association_id = optionalId(check, 'input.associationId', input.associationId, 'association');
  }
  if (input.contacts !== undefined)
    Object.assign(values, contactsColumns(check, 'input.contacts', input.contacts));
  if (input.contactPerson !== undefined)
    Object.assign(values, contactPersonColumns(check, 'input.contactPerson', input.contactPerson));
  check.expect(
    Object.keys(values).length > 0 || Object.keys(input).length > 0,
    'input',
    'names no field to change',
  );
  check.done();
  return { values, municipality };
}
