/**
 * The monthly newsletter, January 2013 to December 2026: in each issue one item of every kind
 * and a few more (legislation, case law, an event of the month, a project, a recent publication,
 * news), and a short version in every language of the Portal.
 */
import type { Random } from '../../../../../lib/random.js';
import { findMunicipality } from '../../../../../lib/istat.js';
import { issueIdOf } from '../../domain/ids.js';
import type { NewEvent, NewNewsletterIssue, NewNewsletterItem, NewPublication } from '../tables.js';
import { dayOf } from './places.js';
import { issueShortVersion, monthName } from './translations.js';
import { CASE_LAW, LEGISLATION, NEWS, PROJECTS, SUMMARY } from './newsletterItems.js';

const KINDS = ['LEGISLATION', 'CASE_LAW', 'EVENT', 'PROJECT', 'PUBLICATION', 'NEWS'] as const;
type Kind = (typeof KINDS)[number];
const SCOPES = ['LOCAL', 'NATIONAL', 'INTERNATIONAL'] as const;

/** Every issue and its items; `events` and `publications` are the seeded ones, which items point to. */
export function generateNewsletter(
  random: Random,
  months: readonly string[],
  events: readonly NewEvent[],
  publications: readonly NewPublication[],
): { issues: NewNewsletterIssue[]; items: NewNewsletterItem[] } {
  const eventsByMonth = new Map<string, NewEvent[]>();
  for (const e of events) eventsByMonth.set(e.starts_month, [...(eventsByMonth.get(e.starts_month) ?? []), e]);
  const byDate = [...publications].sort((a, b) => a.published_on.localeCompare(b.published_on));
  const issues: NewNewsletterIssue[] = [];
  const items: NewNewsletterItem[] = [];
  months.forEach((month, index) => {
    const id = issueIdOf(month);
    const year = Number(month.slice(0, 4));
    const publishedOn = dayOf(month, random.int(1, 3));
    const kinds: Kind[] = [...KINDS, ...Array.from({ length: random.int(2, 6) }, () => random.pick(KINDS))];
    const monthEvents = eventsByMonth.get(month) ?? [];
    const recent = byDate.filter((p) => p.published_on < publishedOn).slice(-20);
    // No title twice in one issue: draw again (a few times) when a phrase was already used.
    const used = new Set<string>();
    const unique = (draw: () => string) => {
      let title = draw();
      for (let tries = 0; used.has(title) && tries < 8; tries++) title = draw();
      used.add(title);
      return title;
    };
    const rows = kinds.map((kind, position): NewNewsletterItem => {
      const base = { issue_id: id, position, kind, summary_i18n: null, scope: null, event_id: null, publication_id: null };
      // Local projects are set where the month's events are.
      const nearby = monthEvents.length > 0 ? random.pick(monthEvents).municipality_code : '058091';
      const place = findMunicipality(nearby)?.name ?? 'Roma';
      switch (kind) {
        case 'EVENT': {
          const eventId = unique(() => random.pick(monthEvents).id);
          const event = monthEvents.find((e) => e.id === eventId)!;
          return { ...base, title_i18n: event.title_i18n, event_id: event.id };
        }
        case 'PUBLICATION': {
          const publicationId = unique(() => random.pick(recent).id);
          const publication = recent.find((p) => p.id === publicationId)!;
          return { ...base, title_i18n: publication.title_i18n, publication_id: publication.id };
        }
        case 'PROJECT': {
          const scope = random.pick(SCOPES);
          return { ...base, title_i18n: unique(() => JSON.stringify(random.pick(PROJECTS[scope])(year, place))), scope };
        }
        default: {
          const pool = kind === 'LEGISLATION' ? LEGISLATION : kind === 'CASE_LAW' ? CASE_LAW : NEWS;
          const summary = random.chance(0.5) ? JSON.stringify(SUMMARY) : null;
          return { ...base, title_i18n: unique(() => JSON.stringify(random.pick(pool)(year, place))), summary_i18n: summary };
        }
      }
    });
    items.push(...rows);
    const count = (kind: Kind) => kinds.filter((k) => k === kind).length;
    const number = index + 1;
    issues.push({
      id,
      month,
      number,
      title_i18n: JSON.stringify({
        it: `Newsletter Integrazione Migranti n. ${number} – ${monthName('it', month)}`,
        en: `Migrant Integration Newsletter no. ${number} – ${monthName('en', month)}`,
      }),
      short_version_i18n: JSON.stringify(
        issueShortVersion({
          number,
          month,
          legislation: count('LEGISLATION'),
          caseLaw: count('CASE_LAW'),
          events: count('EVENT'),
          projects: count('PROJECT'),
          publications: count('PUBLICATION'),
          news: count('NEWS'),
        }),
      ),
      published_on: publishedOn,
    });
  });
  return { issues, items };
}
