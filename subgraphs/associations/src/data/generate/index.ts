/**
 * Generates the register: exactly 1,200 associations (ids `ASS-0001` .. `ASS-1200`) with their
 * communities and cultural fields. Deterministic: one seeded PRNG consumed in a fixed order.
 */
import { findMunicipality, istat, type MunicipalityRef } from '../../../../../lib/istat.js';
import { createRandom, type Random } from '../../../../../lib/random.js';
import type { NewAssociationRow, AssociationCommunityRow, AssociationCulturalFieldRow } from '../tables.js';
import { activitiesText } from './activities.js';
import { ANCHORS } from './anchors.js';
import { COMMUNITIES, GROUPS, community, type Community, type CommunityGroup, type ExtraLanguage } from './communities.js';
import { contactsFor, slugOf } from './contacts.js';
import { ASSOCIATION_COUNT, KIND_QUOTAS, KINDS, associationId, type Kind, type CulturalFieldCode } from './kinds.js';
import { nameFor, uniqueName } from './names.js';
import { draftRegistration, numberRegistrations, type RegistrationDraft } from './register.js';
import { cityName, pickSeat } from './seats.js';

/** Fixed seed: the same register on every run, on every machine. */
const SEED = 4003;

const FIELD_WEIGHTS: Readonly<Record<CulturalFieldCode, number>> = { THEATRE: 3, MUSIC: 3, CINEMA: 2, LITERATURE: 2, VISUAL_ARTS: 2, CULTURAL_HERITAGE: 1 };
const REGISTERED_SHARE: Readonly<Record<Kind, number>> = {
  MIGRANT_ASSOCIATION: 0.6,
  SECOND_GENERATION_ASSOCIATION: 0.45,
  CULTURAL_ORGANISATION: 0.55,
  THIRD_SECTOR_BODY: 0.8,
};

export interface GeneratedRegister {
  associations: NewAssociationRow[];
  communities: AssociationCommunityRow[];
  culturalFields: AssociationCulturalFieldRow[];
}

/** `count` distinct items drawn by weight. */
function weightedDistinct<T>(random: Random, items: readonly T[], weight: (item: T) => number, count: number): T[] {
  const chosen: T[] = [];
  while (chosen.length < Math.min(count, items.length)) {
    const item = random.weighted(items, (i) => (chosen.includes(i) ? 0 : weight(i)));
    if (!chosen.includes(item)) chosen.push(item);
  }
  return chosen;
}

const byResidents = (c: Community) => c.residents * (c.associativeness ?? 1);

function drawCommunities(random: Random, kind: Kind): { communities: Community[]; group?: CommunityGroup } {
  switch (kind) {
    case 'MIGRANT_ASSOCIATION': {
      if (random.chance(0.12)) {
        const group = random.weighted(GROUPS, (g) => g.weight);
        const members = weightedDistinct(random, group.members.map(community), (c) => c.residents, random.int(3, 4));
        return { communities: members, group };
      }
      return { communities: [random.weighted(COMMUNITIES, byResidents)] };
    }
    case 'SECOND_GENERATION_ASSOCIATION':
      return { communities: weightedDistinct(random, COMMUNITIES, (c) => c.residents, random.chance(0.6) ? 1 : random.int(2, 3)) };
    case 'CULTURAL_ORGANISATION': {
      const count = random.weighted([0, 1, 2], (n) => [50, 35, 15][n] ?? 0);
      return { communities: weightedDistinct(random, COMMUNITIES, byResidents, count) };
    }
    case 'THIRD_SECTOR_BODY':
      return { communities: random.chance(0.55) ? [] : weightedDistinct(random, COMMUNITIES, (c) => c.residents, random.int(2, 4)) };
  }
}

function languagesOf(communities: readonly Community[], group: CommunityGroup | undefined): ExtraLanguage[] {
  const all = group ? group.languages : communities.length === 1 ? (communities[0]?.languages ?? []) : [];
  return [...new Set(all)];
}

/** Builds the whole register in memory (a few milliseconds); seed.ts inserts it. */
export function generateRegister(): GeneratedRegister {
  const random = createRandom(SEED);
  const provinceAbbreviation = new Map(istat().provinces.map((p) => [p.code, p.abbreviation]));
  const quotas = { ...KIND_QUOTAS };
  for (const anchor of ANCHORS) quotas[anchor.kind]--;
  const kinds = random.sample(KINDS.flatMap((kind) => Array<Kind>(quotas[kind]).fill(kind)), ASSOCIATION_COUNT - ANCHORS.length);
  const names = new Set<string>();
  const slugs = new Set<string>();
  const result: GeneratedRegister = { associations: [], communities: [], culturalFields: [] };
  const drafts: { id: string; draft: RegistrationDraft; province: string }[] = [];

  for (let n = 1; n <= ASSOCIATION_COUNT; n++) {
    const id = associationId(n);
    const anchor = ANCHORS[n - 1];
    // The index is in range by construction; the assertion says so to noUncheckedIndexedAccess.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    const kind = anchor?.kind ?? (kinds[n - 1 - ANCHORS.length] as Kind);
    const drawn = anchor ? { communities: anchor.communities.map(community), group: undefined } : drawCommunities(random, kind);
    const fields: string[] = anchor?.culturalFields
      ? [...anchor.culturalFields]
      : kind === 'CULTURAL_ORGANISATION'
        ? weightedDistinct(random, Object.keys(FIELD_WEIGHTS) as CulturalFieldCode[], (f) => FIELD_WEIGHTS[f], random.weighted([1, 2, 3], (k) => [0, 55, 35, 10][k] ?? 0))
        : [];
    const seat: MunicipalityRef | undefined = anchor ? findMunicipality(anchor.seat) : pickSeat(random, drawn.communities);
    if (!seat) throw new Error(`anchor ${id} has an unknown seat`);
    const city = cityName(seat);
    let candidate = anchor?.name ?? nameFor(random, { kind, ...drawn, culturalFields: fields, city });
    // A taken name is drawn again a few times before it is qualified, so qualified names stay rare.
    for (let attempt = 0; !anchor && names.has(candidate) && attempt < 4; attempt++) {
      candidate = nameFor(random, { kind, ...drawn, culturalFields: fields, city });
    }
    const name = uniqueName(candidate, city, names);
    names.add(name);
    let slug = slugOf(name);
    while (slugs.has(slug)) slug = `${slugOf(name)}${random.int(1, 99)}`;
    slugs.add(slug);
    const foundedYear = kind === 'SECOND_GENERATION_ASSOCIATION' ? random.int(2005, 2024) : 1985 + Math.floor(40 * Math.sqrt(random.next()));
    if (anchor ? anchor.registered : random.chance(REGISTERED_SHARE[kind])) {
      drafts.push({ id, draft: draftRegistration(random, foundedYear, kind), province: provinceAbbreviation.get(seat.provinceCode) ?? 'XX' });
    }
    const activities = activitiesText(random, kind, fields, languagesOf(drawn.communities, drawn.group));
    result.associations.push({
      id,
      name,
      name_search: name.toLowerCase(),
      kind,
      seat_municipality_code: seat.istatCode,
      seat_province_code: seat.provinceCode,
      seat_region_code: seat.regionCode,
      is_registered: 0,
      register_number: null,
      register_section: null,
      registered_on: null,
      founded_year: foundedYear,
      activities_i18n: JSON.stringify(activities),
      ...contactsFor(random, seat, slug),
    });
    drawn.communities.forEach((c, position) => result.communities.push({ association_id: id, community: c.code, position }));
    for (const field of fields) result.culturalFields.push({ association_id: id, field });
  }

  // Register numbers follow the order of registration, so they are assigned once all are drawn.
  const entries = numberRegistrations(drafts);
  for (const row of result.associations) {
    const entry = entries.get(row.id);
    if (entry) Object.assign(row, entry, { is_registered: 1 });
  }
  return result;
}
