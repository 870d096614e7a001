/**
 * International Protection, made with UNHCR: projects for applicants and holders of
 * international, subsidiary or humanitarian protection in every region, each delivered by some
 * of the services of the services subgraph (by key).
 */
import { istat } from '../../../../../lib/istat.js';
import type { Random } from '../../../../../lib/random.js';
import { formatId } from '../../../../../lib/ids.js';
import type { NewProtectionBeneficiary, NewProtectionProject } from '../tables.js';
import { pickMunicipalityIn, pickRegion, pickServices } from './places.js';

const ALL = ['APPLICANTS', 'INTERNATIONAL_PROTECTION', 'SUBSIDIARY_PROTECTION', 'HUMANITARIAN_PROTECTION'];
const HOLDERS = ALL.slice(1);

const TEMPLATES: readonly (readonly [string, string, readonly string[]])[] = [
  ['Accoglienza integrata per richiedenti e titolari di protezione', 'Integrated reception for applicants and protection holders', ALL],
  ['Percorsi di autonomia abitativa per titolari di protezione internazionale', 'Pathways to independent housing for holders of international protection', HOLDERS],
  ['Orientamento al lavoro e tirocini per rifugiati', 'Job guidance and traineeships for refugees', HOLDERS],
  ['Supporto psicologico per le vittime di tortura e violenza', 'Psychological support for victims of torture and violence', ALL],
  ['Corsi di lingua italiana per richiedenti asilo', 'Italian language courses for asylum seekers', ['APPLICANTS']],
  ['Tutela legale e informazione sulla procedura di asilo', 'Legal protection and information on the asylum procedure', ['APPLICANTS', 'HUMANITARIAN_PROTECTION']],
  ['Inserimento socio-lavorativo delle donne rifugiate', 'Social and work inclusion of refugee women', ['INTERNATIONAL_PROTECTION', 'SUBSIDIARY_PROTECTION']],
  ['Corridoi universitari per studenti rifugiati', 'University corridors for refugee students', ['INTERNATIONAL_PROTECTION']],
];

/** How many projects: two in every region, the rest by population. */
const PROJECTS = 72;

/** Every project and its beneficiaries, ids in seeding order. */
export function generateProtection(random: Random): {
  projects: NewProtectionProject[];
  beneficiaries: NewProtectionBeneficiary[];
} {
  const regions = istat().regions;
  const projects: NewProtectionProject[] = [];
  const beneficiaries: NewProtectionBeneficiary[] = [];
  for (let i = 0; i < PROJECTS; i++) {
    const region = i < regions.length * 2 ? regions[i % regions.length]! : pickRegion(random);
    const [it, en, statuses] = random.pick(TEMPLATES);
    const place = random.chance(0.8) ? pickMunicipalityIn(random, region.code) : undefined;
    const where = place ? { it: `a ${place.name}`, en: `in ${place.name}` } : { it: `in ${region.nameIt}`, en: `in ${region.nameEn}` };
    const id = formatId('protectionProject', i + 1);
    const startYear = random.int(2015, 2025);
    projects.push({
      id,
      title_i18n: JSON.stringify({ it: `${it} ${where.it}`, en: `${en} ${where.en}` }),
      description_i18n: JSON.stringify({
        it: `Progetto realizzato con l'UNHCR nell'ambito della sezione Protezione internazionale del Portale: ${it.toLowerCase()} ${where.it}, attraverso i servizi del territorio.`,
        en: `A project made with UNHCR for the Portal's International Protection section: ${en.toLowerCase()} ${where.en}, through the services of the area.`,
      }),
      region_code: region.code,
      municipality_code: place?.istatCode ?? null,
      service_ids: JSON.stringify(pickServices(random, random.int(1, 5))),
      starts_on: `${startYear}-${String(random.int(1, 12)).padStart(2, '0')}-01`,
      ends_on: random.chance(0.7) ? `${startYear + random.int(1, 3)}-12-31` : null,
    });
    for (const status of statuses) beneficiaries.push({ project_id: id, status });
  }
  return { projects, beneficiaries };
}
