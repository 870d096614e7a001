/**
 * The Cultural Area: experiences in its five sections (literature, cinema, theatre, music, visual
 * art and cultural heritage), in real municipalities of every region, with the associations
 * involved; Campania's multiethnic music scene has many of the music experiences.
 */
import { istat, type MunicipalityRef } from '../../../../../lib/istat.js';
import type { Random } from '../../../../../lib/random.js';
import { formatId } from '../../../../../lib/ids.js';
import type { NewCulturalExperience } from '../tables.js';
import { pickAssociations, pickMunicipalityIn, pickRegion } from './places.js';

type Kind = readonly [kind: string, names: readonly ((city: string) => string)[], it: string, en: string];

const SECTIONS: Readonly<Record<string, readonly Kind[]>> = {
  LITERATURE: [
    ['PUBLISHING_HOUSE', [(c) => `Edizioni Ponti di ${c}`, (c) => `Casa editrice Terre di mezzo ${c}`], 'casa editrice che pubblica autori migranti e di seconda generazione', 'publishing house for migrant and second-generation authors'],
    ['LITERARY_PRIZE', [(c) => `Premio letterario «Scritture migranti» di ${c}`], 'premio letterario per scrittori di origine straniera in lingua italiana', 'literary prize for writers of foreign origin writing in Italian'],
    ['MAGAZINE', [(c) => `Rivista «Voci dal mondo» (${c})`], 'rivista di letteratura della migrazione', 'magazine of migration literature'],
    ['LIBRARY', [(c) => `Biblioteca multiculturale di ${c}`], 'biblioteca con fondi nelle lingue delle comunità migranti', 'library with collections in the languages of migrant communities'],
  ],
  CINEMA: [
    ['FESTIVAL', [(c) => `Festival del cinema dei migranti di ${c}`, (c) => `${c} Film Festival delle culture`], 'festival di cinema sulle migrazioni e le diaspore', 'film festival on migration and diasporas'],
    ['PRODUCTION_COMPANY', [(c) => `Produzioni Sguardi Altrove ${c}`], 'casa di produzione di documentari con registi migranti', 'documentary production company with migrant directors'],
    ['ARCHIVE', [(c) => `Archivio delle memorie migranti di ${c}`], 'archivio audiovisivo di storie di migrazione', 'audiovisual archive of migration stories'],
    ['DATABASE', [(c) => `Banca dati del cinema interculturale (${c})`], 'banca dati di film e registi della migrazione', 'database of migration films and directors'],
  ],
  THEATRE: [
    ['COMPANY', [(c) => `Compagnia teatrale multietnica di ${c}`, (c) => `Teatro dell'Incontro ${c}`], 'compagnia teatrale con attori di diverse origini', 'theatre company with actors of many origins'],
    ['FESTIVAL', [(c) => `Festival di teatro interculturale di ${c}`], 'rassegna di teatro interculturale', 'intercultural theatre festival'],
    ['WORKSHOP', [(c) => `Laboratorio di teatro sociale di ${c}`], 'laboratorio teatrale per richiedenti asilo e giovani di seconda generazione', 'theatre workshop for asylum seekers and second-generation youth'],
  ],
  MUSIC: [
    ['MULTIETHNIC_ORCHESTRA', [(c) => `Orchestra multietnica di ${c}`, (c) => `Orchestra dei popoli di ${c}`], 'orchestra di musicisti di diverse nazionalità', 'orchestra of musicians of many nationalities'],
    ['CHOIR', [(c) => `Coro interculturale di ${c}`], 'coro di voci migranti e italiane', 'choir of migrant and Italian voices'],
    ['FESTIVAL', [(c) => `${c} World Music Festival`, (c) => `Festa delle musiche del Mediterraneo di ${c}`], 'festival di musiche del mondo', 'world music festival'],
    ['WORKSHOP', [(c) => `Scuola popolare di musica dal mondo di ${c}`], 'laboratorio di musiche tradizionali delle comunità', "workshop on the communities' traditional music"],
  ],
  VISUAL_ART_AND_CULTURAL_HERITAGE: [
    ['MUSEUM', [(c) => `Museo delle migrazioni di ${c}`], 'museo dedicato alla storia delle migrazioni', 'museum of the history of migration'],
    ['EXHIBITION', [(c) => `Mostra permanente «Arte senza confini» di ${c}`], 'esposizione di artisti di origine straniera', 'exhibition of artists of foreign origin'],
    ['ARCHIVE', [(c) => `Archivio fotografico delle comunità di ${c}`], 'archivio fotografico delle comunità straniere', 'photographic archive of foreign communities'],
    ['LEGAL_FRAMEWORK', [(c) => `Legge regionale sulla cultura e l'intercultura (${c})`], 'quadro normativo regionale a sostegno delle attività culturali interculturali', 'regional legal framework supporting intercultural cultural activity'],
  ],
};

/** Experiences per section: 72 each, 360 in all. */
const PER_SECTION = 72;
/** Of the music experiences, how many are in Campania (region 15). */
const MUSIC_IN_CAMPANIA = 24;

/** Every experience, ids by section in seeding order. */
export function generateExperiences(random: Random): NewCulturalExperience[] {
  const regions = istat().regions.map((r) => r.code);
  const names = new Set<string>();
  const rows: NewCulturalExperience[] = [];
  let n = 0;
  for (const [section, kinds] of Object.entries(SECTIONS)) {
    for (let i = 0; i < PER_SECTION; i++) {
      // Every region has something in every section; Campania has a share of the music.
      const region =
        i < regions.length ? regions[i]! : section === 'MUSIC' && i < regions.length + MUSIC_IN_CAMPANIA ? '15' : pickRegion(random).code;
      const [kind, namers, it, en] = random.pick(kinds);
      const place: MunicipalityRef = pickMunicipalityIn(random, region);
      let name = random.pick(namers)(place.name);
      for (let copy = 2; names.has(name); copy++) name = `${random.pick(namers)(place.name)} ${copy > 2 ? copy : ''}`.trim();
      names.add(name);
      rows.push({
        id: formatId('culturalExperience', ++n),
        section,
        kind,
        name,
        name_search: name.toLowerCase(),
        description_i18n: JSON.stringify({
          it: `${it[0]!.toUpperCase()}${it.slice(1)} a ${place.name}, nell'Area Cultura del Portale Integrazione Migranti.`,
          en: `${en[0]!.toUpperCase()}${en.slice(1)} in ${place.name}, in the Migrant Integration Portal's Cultural Area.`,
        }),
        municipality_code: place.istatCode,
        province_code: place.provinceCode,
        region_code: place.regionCode,
        association_ids: JSON.stringify(pickAssociations(random, random.int(1, 3))),
      });
    }
  }
  return rows;
}
