/**
 * Checks of the input fields several writing subgraphs share, over `InputCheck`: translations
 * (`LocalizedTextInput`), public contacts (`ContactsInput`) and a contact person
 * (`ContactPersonInput`), turned into the columns the subgraphs store them in.
 */
import type { IdKind } from '../ids.js';
import type { InputCheck } from './input.js';
import type { LocaleCode } from '../locale.js';

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/;
const PHONE = /^\+?[\d\s./-]{6,24}$/;
const WEBSITE = /^https?:\/\/[^\s]{3,300}$/;

/** A `LocalizedTextInput`: Italian required, any of the graph's other languages. */
export type TextsInput = { readonly it: string } & { readonly [locale in LocaleCode]?: string | null };

export interface ContactsValue {
  readonly phone?: string | null;
  readonly email?: string | null;
  readonly website?: string | null;
}

export interface ContactPersonValue {
  readonly name: string;
  readonly phone?: string | null;
  readonly email?: string | null;
}

/** Translations with Italian required, as the JSON text stored in an `*_i18n` column. */
export function textsColumn(
  check: InputCheck,
  field: string,
  value: TextsInput,
  options?: { max?: number },
): string | undefined {
  const checked = check.texts(field, value, options);
  return checked && JSON.stringify(checked);
}

/** An optional value of a known shape: blank is none (`null`), anything else must match. */
export function optionalMatch(
  check: InputCheck,
  field: string,
  value: string | null | undefined,
  pattern: RegExp,
  expected: string,
): string | null {
  if (value == null || value.trim() === '') return null;
  return check.matches(field, value.trim(), pattern, expected) ?? null;
}

/** An optional id of `kind` (another entity's key): blank is none (`null`), anything else must be well-formed. */
export function optionalId(
  check: InputCheck,
  field: string,
  value: string | null | undefined,
  kind: IdKind,
): string | null {
  if (value == null || value.trim() === '') return null;
  return check.id(field, value.trim(), kind) ?? null;
}

/** Public contacts as their three columns (`phone`, `email`, `website`); `null` clears them all. */
export function contactsColumns(check: InputCheck, field: string, value: ContactsValue | null | undefined) {
  return {
    phone: optionalMatch(check, `${field}.phone`, value?.phone, PHONE, 'a phone number'),
    email: optionalMatch(check, `${field}.email`, value?.email, EMAIL, 'an e-mail address'),
    website: optionalMatch(check, `${field}.website`, value?.website, WEBSITE, 'an http(s) URL'),
  };
}

/** A contact person as the `contact_person_*` columns; `null` clears them. */
export function contactPersonColumns(
  check: InputCheck,
  field: string,
  value: ContactPersonValue | null | undefined,
) {
  if (!value) return { contact_person_name: null, contact_person_phone: null, contact_person_email: null };
  return {
    contact_person_name: check.text(`${field}.name`, value.name, { max: 200 }) ?? null,
    contact_person_phone: optionalMatch(check, `${field}.phone`, value.phone, PHONE, 'a phone number'),
    contact_person_email: optionalMatch(check, `${field}.email`, value.email, EMAIL, 'an e-mail address'),
  };
}
