/**
 * Entries of the national register of associations and bodies working for immigrants (art. 42 of
 * the Consolidated Act on Immigration), kept by the Ministry of Labour. Section I lists those doing
 * integration activities, section II those running assistance programmes for victims of
 * trafficking (art. 18). Numbers read `A/123/2015/TO`: section letter, progressive number,
 * year of registration, province of the seat.
 */
import type { Random } from '../../../../../lib/random.js';

/** The register was set up in 1999 (Presidential Decree 394/1999); first entries date from 2000. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2024;

export interface RegistrationDraft {
  readonly section: 'I' | 'II';
  /** ISO date. */
  readonly registeredOn: string;
}

/** A registration date not before the association was founded, and its section. */
export function draftRegistration(random: Random, foundedYear: number, kind: string): RegistrationDraft {
  const year = random.int(Math.max(foundedYear + (foundedYear < LAST_YEAR ? 1 : 0), FIRST_YEAR), LAST_YEAR);
  const month = String(random.int(1, 12)).padStart(2, '0');
  const day = String(random.int(1, 28)).padStart(2, '0');
  const section = kind === 'THIRD_SECTOR_BODY' && random.chance(0.35) ? 'II' : random.chance(0.04) ? 'II' : 'I';
  return { section, registeredOn: `${year}-${month}-${day}` };
}

export interface RegisterEntryRow {
  register_number: string;
  register_section: string;
  registered_on: string;
}

/**
 * Numbers the drafts in order of registration date within each section, as the register does.
 * `drafts` pairs an association id with its draft and its seat's province abbreviation.
 */
export function numberRegistrations(
  drafts: readonly { id: string; draft: RegistrationDraft; province: string }[],
): Map<string, RegisterEntryRow> {
  const ordered = [...drafts].sort((a, b) => a.draft.registeredOn.localeCompare(b.draft.registeredOn) || a.id.localeCompare(b.id));
  const next: Record<string, number> = { I: 1, II: 1 };
  const entries = new Map<string, RegisterEntryRow>();
  for (const { id, draft, province } of ordered) {
    const number = next[draft.section] ?? 1;
    next[draft.section] = number + 1;
    const letter = draft.section === 'I' ? 'A' : 'C';
    entries.set(id, {
      register_number: `${letter}/${number}/${draft.registeredOn.slice(0, 4)}/${province}`,
      register_section: `Sezione ${draft.section}`,
      registered_on: draft.registeredOn,
    });
  }
  return entries;
}
