/**
 * Checks of an entry in the national register of associations working for immigrants, as the
 * register writes it (see data/generate/register.ts): number `A/123/2015/TO` (section letter,
 * progressive number, year of registration, province of the seat), section `Sezione I` or
 * `Sezione II`, and the date of registration. The parts must agree with one another.
 */
import type { InputCheck } from '../../../../lib/writes/input.js';
import { istat } from '../../../../lib/istat.js';
import type { RegisterEntryInput } from '../__generated__/resolvers-types.js';

const NUMBER = /^([AC])\/([1-9]\d{0,5})\/(\d{4})\/([A-Z]{2})$/;
/** The letter that opens the numbers of each section. */
const LETTER_OF_SECTION: ReadonlyMap<string, string> = new Map([
  ['Sezione I', 'A'],
  ['Sezione II', 'C'],
]);
/** The register was set up by Presidential Decree 394/1999: no entry is older. */
const FIRST_YEAR = 1999;

/** The register columns of an association row. */
export interface RegisterColumns {
  is_registered: number;
  register_number: string | null;
  register_section: string | null;
  registered_on: string | null;
}

/** The columns of an association that is not (or no longer) in the register. */
export const NOT_REGISTERED: RegisterColumns = {
  is_registered: 0,
  register_number: null,
  register_section: null,
  registered_on: null,
};

let provinces: ReadonlySet<string> | undefined;

function isProvinceAbbreviation(abbreviation: string): boolean {
  provinces ??= new Set(istat().provinces.map((p) => p.abbreviation));
  return provinces.has(abbreviation);
}

/** Why `value` is no date of registration: a calendar date `YYYY-MM-DD`, not in the future, not before the register. */
function dateProblem(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return `must be an ISO date such as "2015-03-21", got "${value}"`;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
    return `"${value}" is not a calendar date`;
  if (value > new Date().toISOString().slice(0, 10)) return 'must not be in the future';
  if (Number(value.slice(0, 4)) < FIRST_YEAR)
    return `must not be before ${FIRST_YEAR}, when the register was set up`;
  return undefined;
}

/**
 * The register columns of `value` (`null`: not registered), or `undefined` with the problems
 * recorded in `check`, each at the part of the entry it concerns.
 */
export function registerEntry(
  check: InputCheck,
  field: string,
  value: RegisterEntryInput | null | undefined,
): RegisterColumns | undefined {
  if (!value) return NOT_REGISTERED;
  const section = value.section.trim();
  const letter = LETTER_OF_SECTION.get(section);
  check.expect(
    letter !== undefined,
    `${field}.section`,
    `must be "Sezione I" or "Sezione II", got "${section}"`,
  );
  const date = value.registeredOn.trim();
  const wrongDate = dateProblem(date);
  if (wrongDate !== undefined) check.fail(`${field}.registeredOn`, wrongDate);
  const registeredOn = wrongDate === undefined ? date : undefined;
  const number = value.number.trim();
  const match = NUMBER.exec(number);
  if (!match) {
    check.fail(
      `${field}.number`,
      `must read like "A/123/2015/TO" (section letter A or C, number, year, province), got "${number}"`,
    );
    return undefined;
  }
  const [, numberLetter, , year, province] = match;
  const problems: string[] = [];
  if (letter !== undefined && numberLetter !== letter)
    problems.push(`numbers of ${section} start with "${letter}/", not "${numberLetter}/"`);
  if (registeredOn !== undefined && year !== registeredOn.slice(0, 4))
    problems.push(`names the year ${year}, but the entry is dated ${registeredOn}`);
  if (!isProvinceAbbreviation(province ?? ''))
    problems.push(`"${province}" is no Italian province's abbreviation`);
  if (problems.length > 0) check.fail(`${field}.number`, problems.join('; '));
  if (problems.length > 0 || letter === undefined || registeredOn === undefined) return undefined;
  return {
    is_registered: 1,
    register_number: number,
    register_section: section,
    registered_on: registeredOn,
  };
}
