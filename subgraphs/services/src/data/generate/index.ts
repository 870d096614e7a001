/**
 * The seeded services, deterministic: 5,200 services (SRV-00001..SRV-05200), 4,200 of them
 * patronato desks, spread over Italy as people are. The hand-written anchors come first; the
 * rest are shuffled so that ids do not follow the provider kind.
 */
import { formatId } from '../../../../../lib/ids.js';
import { createRandom, type Random } from '../../../../../lib/random.js';
import type { ProviderKind } from '../enums.js';
import type { Place, Profile, ServiceSeed } from './types.js';
import { textsFor } from './types.js';
import { anchors } from './anchors.js';
import { drawAddress, drawOpeningHours, drawPhone, drawUpdatedAt } from './contacts.js';
import { drawLanguages } from './languages.js';
import { isMetropolitanCapital, placesByPopulation, provincialCapitals } from './places.js';
import { patronatoDesk } from './patronati.js';
import { cpiaSchool, healthUnit } from './providers.js';
import { employmentCentre, publicOffice } from './offices.js';
import { municipalOffice, thirdSectorBody } from './community.js';

/** Fixed seed: the same services on every run. */
export const SEED = 20_250_402;

/** How many services of each kind, anchors included (1,000 besides the 4,200 patronato desks). */
export const KIND_COUNTS: Readonly<Record<ProviderKind, number>> = {
  PATRONATO_DESK: 4200,
  CPIA_SCHOOL: 140,
  HEALTH_UNIT: 140,
  THIRD_SECTOR_BODY: 329,
  MUNICIPALITY: 140,
  EMPLOYMENT_CENTRE: 130,
  PUBLIC_OFFICE: 121,
};

/** Share of the third sector's and the municipalities' services that an association runs. */
const THIRD_SECTOR_RUN_BY_ASSOCIATION = 0.85;
const MUNICIPAL_RUN_BY_ASSOCIATION = 0.2;

type Draft = { place: Place; build: (address: string) => Profile };

/** Every service but the anchors, kind by kind, before shuffling. */
function drafts(random: Random, fixed: readonly { place: Place; profile: Profile }[]): Draft[] {
  const remaining = (kind: ProviderKind) => KIND_COUNTS[kind] - fixed.filter((f) => f.profile.kind === kind).length;
  const capitals = provincialCapitals();
  const desks = new Map<string, number>();
  // CPIA are numbered per province: the generated ones continue after the anchors'.
  const cpia = new Map<string, number>();
  for (const { place, profile } of fixed) {
    if (profile.kind === 'CPIA_SCHOOL') cpia.set(place.province.code, (cpia.get(place.province.code) ?? 0) + 1);
  }
  const centres = new Map<string, number>();
  const list: Draft[] = [];
  const add = (places: Place[], build: (place: Place, address: string) => Profile) => {
    for (const place of places) list.push({ place, build: (address) => build(place, address) });
  };
  add(placesByPopulation(random, remaining('PATRONATO_DESK')), (p, address) => patronatoDesk(random, p, address, desks));
  // Every province has a CPIA and an employment centre in its capital; the rest follow people.
  add([...capitals, ...placesByPopulation(random, remaining('CPIA_SCHOOL') - capitals.length)], (p) => cpiaSchool(random, p, cpia));
  add(placesByPopulation(random, remaining('HEALTH_UNIT')), (p) => healthUnit(random, p));
  add(placesByPopulation(random, remaining('THIRD_SECTOR_BODY')), (p) => thirdSectorBody(random, p, THIRD_SECTOR_RUN_BY_ASSOCIATION));
  add(placesByPopulation(random, remaining('MUNICIPALITY')), (p) => municipalOffice(random, p, MUNICIPAL_RUN_BY_ASSOCIATION));
  add([...capitals, ...placesByPopulation(random, remaining('EMPLOYMENT_CENTRE') - capitals.length)], (p, address) =>
    employmentCentre(random, p, address, centres),
  );
  // A one-stop desk in every prefecture, and the questura's immigration office in each metropolitan city.
  add(capitals, (p) => publicOffice(random, p, 'sui'));
  add(capitals.filter(isMetropolitanCapital), (p) => publicOffice(random, p, 'questura'));
  return list;
}

/** Builds the final service from its place and profile, drawing what every kind has. */
function finish(random: Random, place: Place, profile: Profile, address: string, names: Set<string>): ServiceSeed {
  const languages = drawLanguages(random, profile.kind, profile.areas, place.region.code, profile.languages);
  let name = profile.name;
  // Two desks of the same kind in the same city are told apart by their address, then by a number.
  if (names.has(name.it) && !name.it.endsWith(address)) name = { it: `${name.it}, ${address}`, en: `${name.en}, ${address}` };
  const base = name;
  for (let n = 2; names.has(name.it); n++) name = { it: `${base.it} (${n})`, en: `${base.en} (${n})` };
  names.add(name.it);
  return {
    kind: profile.kind,
    place,
    associationId: profile.associationId,
    name: textsFor(name, languages),
    description: textsFor(profile.description, languages),
    openingHours: textsFor(drawOpeningHours(random, profile.byAppointment), languages),
    address,
    phone: drawPhone(random, place.province.code),
    email: profile.email,
    website: profile.website,
    areas: profile.areas,
    languages,
    targetGroups: profile.targetGroups,
    freeOfCharge: profile.freeOfCharge,
    updatedAt: drawUpdatedAt(random),
  };
}

/** All seeded services in id order: element `i` is `SRV-` + (i + 1) on five digits. */
export function generateServices(): ServiceSeed[] {
  const random = createRandom(SEED);
  const names = new Set<string>();
  const fixed = anchors(random);
  const services: ServiceSeed[] = fixed.map(({ place, profile }) => {
    return finish(random, place, profile, drawAddress(random), names);
  });
  const rest = drafts(random, fixed);
  for (const draft of random.sample(rest, rest.length)) {
    const address = drawAddress(random);
    services.push(finish(random, draft.place, draft.build(address), address, names));
  }
  return services;
}

/** The id of the `index`-th service (0-based). */
export function serviceId(index: number): string {
  return formatId('service', index + 1);
}
