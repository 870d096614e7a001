/**
 * The editorial office's content, generated deterministically: the same rows on every run.
 * Each part has its own random stream, so that changing one part leaves the others as they were.
 */
import { createRandom } from '../../../../../lib/random.js';
import { generatePublications } from './publications.js';
import { FIRST_MONTH, LAST_MONTH, generateEvents } from './events.js';
import { generateNewsletter } from './newsletter.js';
import { generateExperiences } from './culture.js';
import { generateProtection } from './protection.js';

/** Every month of the newsletter, `YYYY-MM`, from January 2013 to December 2026. */
export function newsletterMonths(): string[] {
  const out: string[] = [];
  for (let year = Number(FIRST_MONTH.slice(0, 4)); year <= Number(LAST_MONTH.slice(0, 4)); year++)
    for (let m = 1; m <= 12; m++) out.push(`${year}-${String(m).padStart(2, '0')}`);
  return out;
}

/** Every row of the seed, by table. */
export function generateContent() {
  const publications = generatePublications(createRandom(2011));
  const { events, communities } = generateEvents(createRandom(2014), newsletterMonths());
  const { issues, items } = generateNewsletter(createRandom(2013), newsletterMonths(), events, publications);
  const experiences = generateExperiences(createRandom(2016));
  const { projects, beneficiaries } = generateProtection(createRandom(1951));
  return {
    publications,
    newsletter_issues: issues,
    newsletter_items: items,
    events,
    event_communities: communities,
    cultural_experiences: experiences,
    protection_projects: projects,
    protection_beneficiaries: beneficiaries,
  };
}
