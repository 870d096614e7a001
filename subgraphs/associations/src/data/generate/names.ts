/**
 * Realistic Italian names of associations: "Associazione dei Senegalesi di Napoli", "Comunità
 * Marocchina di Bergamo", "Rete G2 Seconde Generazioni Torino", "Teatro Ponte Culturale".
 */
import type { Random } from '../../../../../lib/random.js';
import type { Community, CommunityGroup } from './communities.js';
import type { Kind } from './kinds.js';

/** "dei Senegalesi", "degli Albanesi", "degli Srilankesi": the article Italian grammar wants. */
function ofThe(people: string): string {
  return /^([aeiouAEIOU]|[sS][^aeiou]|[zZ])/.test(people) ? `degli ${people}` : `dei ${people}`;
}

const COMMUNITY_TEMPLATES: readonly (readonly [number, (c: Community, city: string, word: string) => string])[] = [
  [4, (c, city) => `Associazione ${ofThe(c.people)} di ${city}`],
  [4, (c, city) => `Comunità ${c.adjective} di ${city}`],
  [2, (_c, city, word) => `Associazione ${word} ${city}`],
  [1, (c, _city, word) => `Associazione Culturale ${c.adjective} ${word}`],
  [1, (c, city) => `Associazione Italia-${c.country} ${city}`],
  [1, (c, city) => `Unione dei Lavoratori ${c.people} di ${city}`],
  [0.5, (c, city) => `Associazione Donne ${c.people} di ${city}`],
];

const SECOND_GENERATION_TEMPLATES: readonly ((city: string, c: Community | undefined) => string)[] = [
  (city) => `Rete G2 Seconde Generazioni ${city}`,
  (city, c) => (c ? `Giovani ${c.people} Italiani di ${city}` : `Nuove Generazioni Italiane ${city}`),
  (city) => `Collettivo Seconde Generazioni ${city}`,
  (city) => `Associazione Figli del Mondo ${city}`,
  (city) => `Nuovi Italiani ${city}`,
  (city) => `Italiani Senza Cittadinanza - ${city}`,
];

const CULTURAL_WORDS = ['Ponte', 'Crocevia', 'Babele', 'Mosaico', 'Orizzonti', 'Approdi', 'Radici', 'Sponde', 'Incontri', 'Mediterraneo', 'Carovana', 'Baobab', 'Meridiani', 'Confini', 'Bussola', 'Itaca', 'Tamburi', 'Sirocco'];

const CULTURAL_TEMPLATES: Readonly<Record<string, readonly ((word: string, city: string) => string)[]>> = {
  LITERATURE: [(w) => `Circolo Letterario ${w}`, (w, city) => `Biblioteca Interculturale ${w} di ${city}`, (_w, city) => `Premio Letterario Scritture Migranti ${city}`],
  CINEMA: [(w) => `Cineforum ${w}`, (_w, city) => `Festival del Cinema delle Diaspore di ${city}`, (w) => `${w} Film Festival`],
  THEATRE: [(w) => `Teatro ${w} Culturale`, (w) => `Compagnia Teatrale ${w}`, (_w, city) => `Teatro dell'Incontro di ${city}`],
  MUSIC: [(w) => `Coro Multietnico ${w}`, (_w, city) => `Orchestra dei Popoli di ${city}`, (w) => `Ensemble Musiche ${w}`],
  VISUAL_ARTS: [(w) => `Laboratorio di Arti Visive ${w}`, (w) => `Collettivo Fotografico ${w}`, (w, city) => `Atelier ${w} ${city}`],
  CULTURAL_HERITAGE: [(_w, city) => `Patrimoni Condivisi ${city}`, (_w, city) => `Archivio delle Memorie Migranti di ${city}`, (_w, city) => `Museo Diffuso delle Migrazioni di ${city}`],
};

const THIRD_SECTOR_WORDS = ['Insieme', 'Il Melograno', 'La Tenda', 'Il Sentiero', 'Nuovi Orizzonti', "L'Approdo", 'La Rete', 'Il Faro', 'Il Mosaico', 'Terra Comune', 'Casa Aperta', 'Il Pozzo', 'La Bussola', 'Lo Scoglio'];

const THIRD_SECTOR_TEMPLATES: readonly ((word: string, city: string) => string)[] = [
  (w) => `Cooperativa Sociale ${w}`,
  (w) => `Consorzio ${w} per l'Integrazione`,
  (w) => `Fondazione ${w} ETS`,
  (w, city) => `Centro Interculturale ${w} di ${city}`,
  (w, city) => `${w} ODV ${city}`,
  (w) => `Associazione ${w} APS`,
];

export interface NameInput {
  readonly kind: Kind;
  readonly communities: readonly Community[];
  readonly group?: CommunityGroup | undefined;
  readonly culturalFields: readonly string[];
  readonly city: string;
}

/** One candidate name; the caller retries (or qualifies it) when it is already taken. */
export function nameFor(random: Random, input: NameInput): string {
  const { kind, communities, group, culturalFields, city } = input;
  const main = communities[0];
  switch (kind) {
    case 'MIGRANT_ASSOCIATION': {
      if (group) return random.pick(group.names).replace('{city}', city);
      if (!main) throw new Error('a migrant association represents at least one community');
      const [, template] = random.weighted(COMMUNITY_TEMPLATES, ([weight]) => weight);
      return template(main, city, random.pick(main.words));
    }
    case 'SECOND_GENERATION_ASSOCIATION':
      return random.pick(SECOND_GENERATION_TEMPLATES)(city, communities.length === 1 ? main : undefined);
    case 'CULTURAL_ORGANISATION': {
      const templates = CULTURAL_TEMPLATES[culturalFields[0] ?? 'THEATRE'] ?? [];
      const word = main && random.chance(0.3) ? random.pick(main.words) : random.pick(CULTURAL_WORDS);
      return random.pick(templates)(word, city);
    }
    case 'THIRD_SECTOR_BODY':
      return random.pick(THIRD_SECTOR_TEMPLATES)(random.pick(THIRD_SECTOR_WORDS), city);
  }
}

/** Qualifies a taken name with the seat, then with a legal form, so every name stays unique. */
export function uniqueName(candidate: string, city: string, taken: ReadonlySet<string>): string {
  const options = candidate.includes(city) ? [candidate, `${candidate} APS`, `${candidate} ETS`] : [candidate, `${candidate} - ${city}`, `${candidate} - ${city} APS`];
  for (const option of options) if (!taken.has(option)) return option;
  for (let n = 2; ; n++) if (!taken.has(`${candidate} ${n}`)) return `${candidate} ${n}`;
}
