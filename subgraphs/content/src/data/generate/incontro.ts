/**
 * IN.CO.NT.RO: the sixteen meetings the Ministry of Labour held with migrant communities from
 * February to May 2014, each with one or two communities, in the cities where they live.
 */
import { communityByCode } from '../../domain/communities.js';
import { capital } from './places.js';
import type { PlannedEvent } from './events.js';

export const INCONTRO_SERIES = 'IN.CO.NT.RO';

const MEETINGS: readonly (readonly [string, string, readonly string[]])[] = [
  ['2014-02-08', 'Milano', ['PH']],
  ['2014-02-15', 'Roma', ['LK', 'IN']],
  ['2014-02-22', 'Torino', ['MA']],
  ['2014-03-01', 'Napoli', ['UA']],
  ['2014-03-08', 'Firenze', ['CN']],
  ['2014-03-15', 'Genova', ['EC', 'PE']],
  ['2014-03-22', 'Bologna', ['MD']],
  ['2014-03-29', 'Brescia', ['IN']],
  ['2014-04-05', 'Bari', ['AL']],
  ['2014-04-12', 'Palermo', ['TN']],
  ['2014-04-19', 'Verona', ['SN', 'MA']],
  ['2014-04-26', 'Padova', ['MD', 'UA']],
  ['2014-05-03', 'Catania', ['LK']],
  ['2014-05-10', 'Prato', ['CN']],
  ['2014-05-17', "Reggio nell'Emilia", ['EG', 'TN']],
  ['2014-05-24', 'Cagliari', ['SN', 'RS']],
];

function adjectives(codes: readonly string[], lang: 'it' | 'en'): string {
  const words = codes.map((code) => {
    const c = communityByCode(code);
    if (!c) throw new Error(`${code} is not a reported community`);
    return lang === 'it' ? c.adjectiveIt : c.adjectiveEn;
  });
  return words.join(lang === 'it' ? ' e ' : ' and ');
}

/** The sixteen meetings, with their communities and, for some, the associations that hosted them. */
export function incontroMeetings(associationsOf: (index: number) => string[]): PlannedEvent[] {
  return MEETINGS.map(([date, city, communities], i) => {
    const two = communities.length > 1;
    return {
      kind: 'MEETING',
      series: INCONTRO_SERIES,
      title: {
        it: `IN.CO.NT.RO – Incontro con ${two ? 'le comunità' : 'la comunità'} ${adjectives(communities, 'it')} a ${city}`,
        en: `IN.CO.NT.RO – Meeting with the ${adjectives(communities, 'en')} ${two ? 'communities' : 'community'} in ${city}`,
      },
      startsOn: date,
      endsOn: null,
      municipality: capital(city),
      communities: [...communities],
      associations: associationsOf(i),
    };
  });
}
