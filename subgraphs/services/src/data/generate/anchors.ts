/**
 * The first services of the list (SRV-00001 onwards), written by hand so that the questions the
 * graph is built for have answers that do not depend on chance:
 * - Turin's province (001) has language courses and health services speaking Arabic or Punjabi;
 * - Senegalese associations run services in Campania. The associations register's hand-written
 *   entries are ASS-0001 (Senegalese of Naples), ASS-0005 (Senegalese of Caserta), ASS-0006
 *   (Pan-African association of Castel Volturno) and ASS-0007 (Senegalese community of Salerno).
 */
import { findMunicipality } from '../../../../../lib/istat.js';
import type { Random } from '../../../../../lib/random.js';
import type { Place, Profile } from './types.js';
import { placeOf } from './places.js';
import { cpiaSchool, healthUnit } from './providers.js';
import { thirdSectorBody } from './community.js';

interface Anchor {
  readonly municipality: string;
  readonly build: (random: Random, place: Place) => Profile;
}

const ANCHORS: readonly Anchor[] = [
  {
    municipality: '001272',
    build: (random, place) => ({
      ...healthUnit(random, place, 'Centro ISI – Informazione Salute Immigrati'),
      name: { it: 'Centro ISI – Informazione Salute Immigrati, ASL Città di Torino', en: 'ISI centre – Health Information for Immigrants, ASL Città di Torino' },
      areas: ['HEALTH', 'INTERCULTURAL_MEDIATION'],
      associationId: null,
      languages: ['en', 'fr', 'ar', 'pa', 'ur', 'ro', 'zh'],
    }),
  },
  {
    municipality: '001272',
    build: (random, place) => ({
      ...cpiaSchool(random, place, new Map()),
      name: { it: 'CPIA 1 Torino – Sede centrale', en: 'CPIA 1 Torino adult-education centre – main site' },
      languages: ['en', 'fr', 'ar', 'pa'],
    }),
  },
  {
    municipality: '001272',
    build: (random, place) => ({
      ...thirdSectorBody(random, place, 0, 'Scuola di italiano per stranieri'),
      name: { it: 'Scuola di italiano per donne migranti di Torino', en: 'Italian school for migrant women – Turin' },
      areas: ['LANGUAGE'],
      targetGroups: ['WOMEN', 'ALL_FOREIGN_NATIONALS'],
      freeOfCharge: true,
      associationId: 'ASS-0003',
      languages: ['ar', 'pa', 'ur', 'bn'],
    }),
  },
  {
    municipality: '001125',
    build: (random, place) => ({
      ...healthUnit(random, place, 'Ambulatorio STP/ENI per stranieri'),
      name: { it: 'Ambulatorio STP/ENI per stranieri – ASL TO4 (Ivrea)', en: 'STP/ENI outpatient clinic for foreigners – ASL TO4 (Ivrea)' },
      areas: ['HEALTH'],
      associationId: null,
      languages: ['en', 'ar', 'ro'],
    }),
  },
  {
    municipality: '001082',
    build: (random, place) => ({
      ...cpiaSchool(random, place, new Map([['001', 1]])),
      name: { it: 'CPIA 4 Torino – Punto di erogazione di Chivasso', en: 'CPIA 4 Torino adult-education centre – Chivasso teaching point' },
      languages: ['en', 'ar', 'pa', 'hi'],
    }),
  },
  {
    municipality: '001156',
    build: (random, place) => ({
      ...healthUnit(random, place, 'Ambulatorio di medicina delle migrazioni'),
      name: { it: 'Ambulatorio di medicina delle migrazioni – ASL TO5 (Moncalieri)', en: 'Migration medicine clinic – ASL TO5 (Moncalieri)' },
      areas: ['HEALTH', 'INTERCULTURAL_MEDIATION'],
      associationId: null,
      languages: ['pa', 'ur', 'hi', 'en'],
    }),
  },
  {
    municipality: '063049',
    build: (random, place) => ({
      ...thirdSectorBody(random, place, 0, 'Sportello di mediazione interculturale'),
      name: { it: 'Sportello di mediazione interculturale di Napoli', en: 'Intercultural mediation desk – Naples' },
      areas: ['INTERCULTURAL_MEDIATION', 'WORK'],
      targetGroups: ['ALL_FOREIGN_NATIONALS', 'WORKERS'],
      freeOfCharge: true,
      associationId: 'ASS-0001',
      languages: ['fr', 'wo', 'en'],
    }),
  },
  {
    municipality: '061022',
    build: (random, place) => ({
      ...thirdSectorBody(random, place, 0, 'Scuola di italiano per stranieri'),
      name: { it: 'Scuola di italiano per stranieri di Caserta', en: 'Italian school for foreigners – Caserta' },
      areas: ['LANGUAGE'],
      targetGroups: ['ALL_FOREIGN_NATIONALS', 'ASYLUM_SEEKERS_AND_REFUGEES'],
      freeOfCharge: true,
      associationId: 'ASS-0005',
      languages: ['fr', 'wo', 'en'],
    }),
  },
  {
    municipality: '061027',
    build: (random, place) => ({
      ...thirdSectorBody(random, place, 0, 'Sportello casa e accoglienza abitativa'),
      name: { it: 'Sportello casa e accoglienza abitativa di Castel Volturno', en: 'Housing and shelter desk – Castel Volturno' },
      areas: ['HOUSING', 'INTERCULTURAL_MEDIATION'],
      targetGroups: ['ASYLUM_SEEKERS_AND_REFUGEES', 'WORKERS', 'FAMILIES'],
      freeOfCharge: true,
      associationId: 'ASS-0006',
      languages: ['en', 'fr', 'wo'],
    }),
  },
  {
    municipality: '065116',
    build: (random, place) => ({
      ...thirdSectorBody(random, place, 0, 'Doposcuola interculturale e spazio giovani'),
      name: { it: 'Doposcuola interculturale e spazio giovani di Salerno', en: 'Intercultural after-school club and youth space – Salerno' },
      areas: ['MINORS_AND_SECOND_GENERATIONS', 'LANGUAGE'],
      targetGroups: ['SECOND_GENERATIONS', 'STUDENTS'],
      freeOfCharge: true,
      associationId: 'ASS-0007',
      languages: ['fr', 'wo'],
    }),
  },
];

/** The hand-written services, in id order, with their places. */
export function anchors(random: Random): { place: Place; profile: Profile }[] {
  return ANCHORS.map((anchor) => {
    const municipality = findMunicipality(anchor.municipality);
    if (!municipality) throw new Error(`anchor municipality ${anchor.municipality} is not in ISTAT's list`);
    const place = placeOf(municipality);
    return { place, profile: anchor.build(random, place) };
  });
}
