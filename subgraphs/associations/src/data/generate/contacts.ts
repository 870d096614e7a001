/** Public contacts of seeded associations: phone (landline where the area code is known), e-mail, website. */
import type { MunicipalityRef } from '../../../../../lib/istat.js';
import type { Random } from '../../../../../lib/random.js';

/** Telephone area codes of some provinces' capitals (by ISTAT province code). */
const AREA_CODES: Readonly<Record<string, string>> = {
  '001': '011', '010': '010', '015': '02', '016': '035', '017': '030', '023': '045', '027': '041', '028': '049',
  '032': '040', '035': '0522', '036': '059', '037': '051', '048': '055', '050': '050', '054': '075', '058': '06',
  '061': '0823', '063': '081', '065': '089', '072': '080', '082': '091', '087': '095', '092': '070', '100': '0574',
};

const STOP_WORDS = new Set(['associazione', 'di', 'dei', 'degli', 'del', 'della', 'delle', 'dell', 'e', 'per', 'l', 'la', 'il', 'lo', 'aps', 'odv', 'ets']);

function digits(random: Random, count: number): string {
  return Array.from({ length: count }, () => String(random.int(0, 9))).join('');
}

/** A web-safe slug of a name: no accents, no stop words, at most four words. */
export function slugOf(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !STOP_WORDS.has(w));
  return words.slice(0, 4).join('');
}

export interface ContactsRow {
  phone: string | null;
  email: string | null;
  website: string | null;
}

/** Contacts for an association; `slug` must be unique so that no two share an address. */
export function contactsFor(random: Random, seat: MunicipalityRef, slug: string): ContactsRow {
  const area = seat.isProvincialCapital ? AREA_CODES[seat.provinceCode] : undefined;
  let phone: string | null = null;
  if (random.chance(0.85)) {
    phone = area && random.chance(0.6)
      ? `+39 ${area} ${digits(random, 10 - area.length - 4)} ${digits(random, 4)}`
      : `+39 3${random.int(2, 9)}${digits(random, 1)} ${digits(random, 3)} ${digits(random, 4)}`;
  }
  const website = random.chance(0.45) ? `https://www.${slug}.${random.chance(0.7) ? 'it' : 'org'}` : null;
  let email: string | null = null;
  if (random.chance(0.9)) email = website ? `info@${new URL(website).hostname.slice(4)}` : `${slug}@${random.pick(['gmail.com', 'libero.it', 'pec.it'])}`;
  return { phone, email, website };
}
