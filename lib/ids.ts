/**
 * The formats of the graph's entity ids, one entry per kind, for the owning subgraph and for every
 * other subgraph that names its entities by key (a pilot action lists service and association
 * ids, an allocation names a pilot action). New ids come from `lib/writes/allocateId.ts`.
 *
 * A numbered id is a prefix and a number zero-padded to a minimum width, as the seeds number
 * them (`SRV-00001`, `PA-009`); past that width the number simply grows (`SRV-100000`, `PA-1000`),
 * so the well-formed ids of a kind are the canonical spellings of the numbers 1 up to what fits
 * in `ID_MAX_LENGTH` characters.
 */
import { badUserInput } from './errors.js';

/** The width of every id column (`varchar(16)`); the longest id any kind can reach. */
export const ID_MAX_LENGTH = 16;

interface NumberedFormat {
  readonly prefix: string;
  /** Zero-padded to at least this many digits. */
  readonly digits: number;
  /** How a message names an id of this kind. */
  readonly noun: string;
}

const NUMBERED = {
  service: { prefix: 'SRV-', digits: 5, noun: 'a service id' },
  association: { prefix: 'ASS-', digits: 4, noun: 'an association id' },
  pilotAction: { prefix: 'PA-', digits: 3, noun: 'a pilot action id' },
  indicator: { prefix: 'IND-', digits: 4, noun: 'an indicator id' },
  measurement: { prefix: 'MEA-', digits: 6, noun: 'a measurement id' },
  monitoringVisit: { prefix: 'MV-', digits: 4, noun: 'a monitoring visit id' },
  call: { prefix: 'CALL-', digits: 4, noun: 'a call id' },
  allocation: { prefix: 'ALL-', digits: 4, noun: 'an allocation id' },
  publication: { prefix: 'PUB-', digits: 4, noun: 'a publication id' },
  event: { prefix: 'EV-', digits: 5, noun: 'an event id' },
  culturalExperience: { prefix: 'CE-', digits: 4, noun: 'a cultural experience id' },
  protectionProject: { prefix: 'PP-', digits: 4, noun: 'a protection project id' },
} as const satisfies Record<string, NumberedFormat>;

/** The kinds whose ids are numbered, and so allocated by the owner. */
export type NumberedIdKind = keyof typeof NUMBERED;
/** Every kind of id: the numbered ones, and funding sources, whose ids are names (`FS-FAMI-2021-2027`). */
export type IdKind = NumberedIdKind | 'fundingSource';

const FUNDING_SOURCE = /^FS-[A-Z0-9]+(-[A-Z0-9]+)*$/;

/** The most digits a number of `kind` can have within the column. */
function maxDigits(kind: NumberedIdKind): number {
  // Numbers stay below 2^53 (15 digits), so they are exact as JavaScript numbers.
  return Math.min(ID_MAX_LENGTH - NUMBERED[kind].prefix.length, 15);
}

/** The greatest number an id of `kind` can carry. */
export function maxIdNumber(kind: NumberedIdKind): number {
  return 10 ** maxDigits(kind) - 1;
}

/** The canonical spellings: exactly the padded width, or longer without a leading zero. */
const PATTERN = Object.fromEntries(
  Object.entries(NUMBERED).map(([kind, { prefix, digits }]) => {
    const longest = maxDigits(kind as NumberedIdKind);
    return [kind, new RegExp(`^${prefix}(\\d{${digits}}|[1-9]\\d{${digits},${longest - 1}})$`)];
  }),
) as Record<NumberedIdKind, RegExp>;

/** The id of `kind` numbered `n`, e.g. `formatId('service', 1)` is `SRV-00001`. @throws {RangeError} for a number no id can carry */
export function formatId(kind: NumberedIdKind, n: number): string {
  if (!Number.isSafeInteger(n) || n < 1 || n > maxIdNumber(kind))
    throw new RangeError(`${n} is not the number of any ${NUMBERED[kind].noun}`);
  const { prefix, digits } = NUMBERED[kind];
  return `${prefix}${String(n).padStart(digits, '0')}`;
}

/** The number of a well-formed id of `kind`, or `undefined`. */
export function parseId(kind: NumberedIdKind, value: string): number | undefined {
  if (!PATTERN[kind].test(value)) return undefined;
  const number = Number(value.slice(NUMBERED[kind].prefix.length));
  return number >= 1 ? number : undefined;
}

/** True when `value` is a well-formed id of `kind` (whether or not that entity exists). */
export function isId(kind: IdKind, value: string): boolean {
  if (kind === 'fundingSource') return value.length <= 64 && FUNDING_SOURCE.test(value);
  return parseId(kind, value) !== undefined;
}

/** What an id of `kind` is, for messages: `a service id such as "SRV-00001"`. */
export function describeId(kind: IdKind): string {
  if (kind === 'fundingSource') return 'a funding source id such as "FS-FAMI-2021-2027"';
  return `${NUMBERED[kind].noun} such as "${formatId(kind, 1)}"`;
}

/**
 * Returns `value` when it is a well-formed id of `kind`; otherwise throws `BAD_USER_INPUT` naming
 * `argument`. A well-formed id of no entity is not an error here: it finds nothing.
 */
export function checkId(argument: string, value: string, kind: IdKind): string {
  if (!isId(kind, value)) throw badUserInput(argument, `must be ${describeId(kind)}, got "${value}"`);
  return value;
}

/** `checkId` for an optional argument: `null` when absent. */
export function checkOptionalId(
  argument: string,
  value: string | null | undefined,
  kind: IdKind,
): string | null {
  return value == null ? null : checkId(argument, value, kind);
}
