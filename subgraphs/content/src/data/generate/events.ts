/**
 * Events across the years: every month from January 2013 to December 2026 has conferences,
 * seminars, workshops, festivals and the like all over Italy, many of them in the province of
 * Turin; December 2026 has a full calendar there. The IN.CO.NT.RO meetings of 2014 are among them.
 */
import type { MunicipalityRef } from '../../../../../lib/istat.js';
import type { Random } from '../../../../../lib/random.js';
import { REPORTED_COMMUNITIES } from '../../domain/communities.js';
import { formatId } from '../../../../../lib/ids.js';
import type { NewEvent, NewEventCommunity } from '../tables.js';
import { incontroMeetings } from './incontro.js';
import { addDays, dayOf, pickAssociations, pickMunicipality, pickMunicipalityInProvince } from './places.js';

/** An event before it is given its id (ids follow the calendar). */
export interface PlannedEvent {
  readonly kind: string;
  readonly series: string | null;
  readonly title: { it: string; en: string };
  readonly startsOn: string;
  readonly endsOn: string | null;
  readonly municipality: MunicipalityRef;
  readonly communities: string[];
  readonly associations: string[];
}

export const FIRST_MONTH = '2013-01';
export const LAST_MONTH = '2026-12';
/** The province of Turin. */
export const TURIN = '001';

const TOPICS: readonly (readonly [string, string])[] = [
  ['Lavoro e inclusione dei migranti', 'Work and inclusion of migrants'],
  ['Seconde generazioni e cittadinanza', 'Second generations and citizenship'],
  ['Donne migranti e imprenditoria', 'Migrant women and entrepreneurship'],
  ['Salute e mediazione interculturale', 'Health and intercultural mediation'],
  ['Minori stranieri non accompagnati', 'Unaccompanied foreign minors'],
  ['Lingua italiana e formazione degli adulti', 'Italian language and adult education'],
  ['Protezione internazionale e accoglienza', 'International protection and reception'],
  ['Intercultura e sport', 'Interculture and sport'],
  ['Contrasto al caporalato e al lavoro sfruttato', 'Fighting gangmastering and labour exploitation'],
  ['Associazionismo migrante e partecipazione', 'Migrant associations and participation'],
  ['Rimesse e cosviluppo', 'Remittances and co-development'],
  ['Abitare e integrazione', 'Housing and integration'],
];

type TitleMaker = (topic: readonly [string, string], city: string) => { it: string; en: string };
const KINDS: readonly (readonly [string, number, TitleMaker, number])[] = [
  // kind, weight, title, longest duration in days
  ['CONFERENCE', 4, ([it, en], c) => ({ it: `Convegno «${it}» a ${c}`, en: `Conference “${en}” in ${c}` }), 1],
  ['SEMINAR', 3, ([it, en], c) => ({ it: `Seminario: ${it} (${c})`, en: `Seminar: ${en} (${c})` }), 0],
  ['WORKSHOP', 3, ([it, en], c) => ({ it: `Laboratorio partecipato: ${it} a ${c}`, en: `Participatory workshop: ${en} in ${c}` }), 0],
  ['FESTIVAL', 2, (_t, c) => ({ it: `Festival dell'intercultura di ${c}`, en: `${c} Intercultural Festival` }), 3],
  ['EXHIBITION', 1, (_t, c) => ({ it: `Mostra «Sguardi migranti» a ${c}`, en: `Exhibition “Migrant perspectives” in ${c}` }), 30],
  ['CONCERT', 1, (_t, c) => ({ it: `Concerto delle culture del mondo a ${c}`, en: `Concert of world cultures in ${c}` }), 0],
  ['SCREENING', 1, ([it, en], c) => ({ it: `Rassegna cinematografica «${it}» a ${c}`, en: `Film season “${en}” in ${c}` }), 2],
  ['MEETING', 2, ([it, en], c) => ({ it: `Incontro con le comunità migranti: ${it} (${c})`, en: `Meeting with migrant communities: ${en} (${c})` }), 0],
];

/** Other communities that events involve besides the 14 of the reports. */
const OTHER_COMMUNITIES = ['RO', 'BD', 'PK', 'NG', 'GH', 'BR', 'BF', 'CI', 'ML', 'GM', 'DO', 'CO', 'BO'];

function planned(random: Random, month: string, municipality: MunicipalityRef): PlannedEvent {
  const [kind, , title, longest] = random.weighted(KINDS, (k) => k[1]);
  const startsOn = dayOf(month, random.int(1, 28));
  const communityPool = [...REPORTED_COMMUNITIES.map((c) => c.code), ...OTHER_COMMUNITIES];
  return {
    kind,
    series: null,
    title: title(random.pick(TOPICS), municipality.name),
    startsOn,
    endsOn: longest > 0 && random.chance(0.7) ? addDays(startsOn, random.int(1, longest)) : null,
    municipality,
    communities: random.sample(communityPool, random.weighted([0, 1, 2], (n) => [3, 4, 2][n] ?? 1)),
    associations: pickAssociations(random, random.int(0, 3)),
  };
}

/** Every event, ids in calendar order, with the communities of each. */
export function generateEvents(random: Random, months: readonly string[]): { events: NewEvent[]; communities: NewEventCommunity[] } {
  const all: PlannedEvent[] = incontroMeetings(() => pickAssociations(random, random.int(1, 2)));
  for (const month of months) {
    for (let i = random.int(6, 11); i > 0; i--) all.push(planned(random, month, pickMunicipality(random)));
    const nearTurin = month === LAST_MONTH ? 14 : random.chance(0.7) ? random.int(1, 3) : 0;
    for (let i = 0; i < nearTurin; i++) all.push(planned(random, month, pickMunicipalityInProvince(random, TURIN)));
  }
  // Stable sort: events of the same day keep the order they were planned in.
  all.sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const events: NewEvent[] = [];
  const communities: NewEventCommunity[] = [];
  all.forEach((e, i) => {
    const id = formatId('event', i + 1);
    events.push({
      id,
      kind: e.kind,
      series: e.series,
      title_i18n: JSON.stringify(e.title),
      starts_on: e.startsOn,
      starts_month: e.startsOn.slice(0, 7),
      ends_on: e.endsOn,
      municipality_code: e.municipality.istatCode,
      province_code: e.municipality.provinceCode,
      region_code: e.municipality.regionCode,
      association_ids: JSON.stringify(e.associations),
    });
    e.communities.forEach((community, position) => communities.push({ event_id: id, community, position }));
  });
  return { events, communities };
}
