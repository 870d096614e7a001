/**
 * Validation of the editorial office's mutation inputs, field by field (`lib/writes/input.ts`):
 * every problem of an input is reported at once, naming the field. Rules that need stored
 * records (a report already published, an event that must exist) are checked in Mutation.ts.
 */
import type { Updateable } from 'kysely';
import { InputCheck } from '../../../../lib/writes/input.js';
import { textsColumn } from '../../../../lib/writes/fields.js';
import { LOCALES } from '../../../../lib/locale.js';
import { isCountryCode } from '../../../../lib/iso3166.js';
import type {
  AddPublicationInput,
  NewsletterItemInput,
  PublishNewsletterIssueInput,
  UpdatePublicationInput,
} from '../__generated__/resolvers-types.js';
import { FIRST_COMMUNITY_REPORT_YEAR, FIRST_LABOUR_MARKET_YEAR } from '../domain/communities.js';
import { isMonth } from '../../../../lib/months.js';
import { parseId } from '../../../../lib/ids.js';
import type { NewNewsletterItem, NewPublication, PublicationTable } from '../data/tables.js';

/** The first month of the newsletter. */
const FIRST_MONTH = '2013-01';
const MAX_ITEMS = 40;
/** Longest summary or short version; titles are shorter. */
const LONG = { max: 4000 };
const SHORT = { max: 300 };

const today = () => new Date().toISOString().slice(0, 10);

/** A date of publication: not in the future, not before the year the report is about. */
function publishedOn(
  check: InputCheck,
  field: string,
  value: string,
  year: number | undefined,
): string | undefined {
  if (value > today()) check.fail(field, 'must not be in the future');
  else if (year !== undefined && Number(value.slice(0, 4)) < year)
    check.fail(field, `must not be before ${year}, the year the report is about`);
  else return value;
  return undefined;
}

/** Checks `addPublication`'s input. @throws BAD_USER_INPUT listing every bad field */
export function checkAddPublication(input: AddPublicationInput): Omit<NewPublication, 'id' | 'version'> {
  const check = new InputCheck();
  const community = input.kind === 'COMMUNITY_REPORT';
  const first = community ? FIRST_COMMUNITY_REPORT_YEAR : FIRST_LABOUR_MARKET_YEAR;
  const thisYear = new Date().getUTCFullYear();
  const yearOk = check.expect(
    input.year >= first && input.year <= thisYear,
    'input.year',
    `must be between ${first} and ${thisYear} for a ${input.kind}, got ${input.year}`,
  );
  let communityCode: string | null = null;
  if (community) {
    if (input.communityCode == null)
      check.fail('input.communityCode', 'a COMMUNITY_REPORT names its community');
    else if (!isCountryCode(input.communityCode))
      check.fail(
        'input.communityCode',
        `must be an ISO 3166-1 alpha-2 country code such as "PH", got "${input.communityCode}"`,
      );
    else communityCode = input.communityCode;
  } else if (input.communityCode != null) {
    check.fail('input.communityCode', 'only a COMMUNITY_REPORT names a community');
  }
  const values = {
    kind: input.kind,
    year: input.year,
    edition: input.kind === 'LABOUR_MARKET_REPORT' ? input.year - FIRST_LABOUR_MARKET_YEAR + 1 : null,
    community_code: communityCode,
    title_i18n: textsColumn(check, 'input.title', input.title, SHORT),
    summary_i18n: textsColumn(check, 'input.summary', input.summary, LONG),
    published_on: publishedOn(check, 'input.publishedOn', input.publishedOn, yearOk ? input.year : undefined),
  };
  check.done();
  return values as Omit<NewPublication, 'id' | 'version'>;
}

/** Checks `updatePublication`'s input against the stored year. @throws BAD_USER_INPUT listing every bad field */
export function checkUpdatePublication(
  input: UpdatePublicationInput,
  year: number,
): Updateable<PublicationTable> {
  const check = new InputCheck();
  const values: Updateable<PublicationTable> = {};
  const given = (field: keyof UpdatePublicationInput) =>
    input[field] !== undefined && check.expect(input[field] !== null, `input.${field}`, 'cannot be cleared');
  if (given('title')) values.title_i18n = textsColumn(check, 'input.title', input.title!, SHORT);
  if (given('summary')) values.summary_i18n = textsColumn(check, 'input.summary', input.summary!, LONG);
  if (given('publishedOn'))
    values.published_on = publishedOn(check, 'input.publishedOn', input.publishedOn!, year);
  check.expect(Object.keys(input).length > 0, 'input', 'names no field to change');
  check.done();
  return values;
}

function item(
  check: InputCheck,
  field: string,
  value: NewsletterItemInput,
): Omit<NewNewsletterItem, 'issue_id' | 'position'> {
  const needs = (name: 'scope' | 'eventId' | 'publicationId', wanted: boolean, kind: string) => {
    const present = value[name] != null;
    if (wanted && !present) check.fail(`${field}.${name}`, `a ${kind} item names its ${name}`);
    if (!wanted && present) check.fail(`${field}.${name}`, `only a ${kind} item has a ${name}`);
  };
  needs('scope', value.kind === 'PROJECT', 'PROJECT');
  needs('eventId', value.kind === 'EVENT', 'EVENT');
  needs('publicationId', value.kind === 'PUBLICATION', 'PUBLICATION');
  if (value.eventId != null && parseId('event', value.eventId) === undefined)
    check.fail(`${field}.eventId`, `must be an event id such as "EV-00001", got "${value.eventId}"`);
  if (value.publicationId != null && parseId('publication', value.publicationId) === undefined)
    check.fail(
      `${field}.publicationId`,
      `must be a publication id such as "PUB-0001", got "${value.publicationId}"`,
    );
  return {
    kind: value.kind,
    title_i18n: textsColumn(check, `${field}.title`, value.title, SHORT) ?? '',
    summary_i18n:
      value.summary == null ? null : (textsColumn(check, `${field}.summary`, value.summary, LONG) ?? null),
    scope: value.scope ?? null,
    event_id: value.eventId ?? null,
    publication_id: value.publicationId ?? null,
  };
}

/** A checked issue: its month, texts, items and date (the number is given in the transaction). */
export interface CheckedIssue {
  readonly month: string;
  readonly title_i18n: string;
  readonly short_version_i18n: string;
  readonly published_on: string;
  readonly items: Omit<NewNewsletterItem, 'issue_id' | 'position'>[];
}

/** Checks `publishNewsletterIssue`'s input. @throws BAD_USER_INPUT listing every bad field */
export function checkPublishIssue(input: PublishNewsletterIssueInput): CheckedIssue {
  const check = new InputCheck();
  const now = new Date();
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 7);
  if (!isMonth(input.month))
    check.fail('input.month', `must be a month "YYYY-MM" such as "2026-12", got "${input.month}"`);
  else if (input.month < FIRST_MONTH || input.month > next)
    check.fail(
      'input.month',
      `must be between ${FIRST_MONTH} (the first issue) and ${next}, got ${input.month}`,
    );
  const missing = LOCALES.filter((locale) => !input.shortVersion[locale]?.trim());
  if (missing.length > 0)
    check.fail(
      'input.shortVersion',
      `is published in every language of the Portal; missing: ${missing.join(', ')}`,
    );
  check.expect(
    input.items.length >= 1 && input.items.length <= MAX_ITEMS,
    'input.items',
    `must list 1 to ${MAX_ITEMS} items`,
  );
  const values = {
    month: input.month,
    title_i18n: textsColumn(check, 'input.title', input.title, SHORT),
    short_version_i18n: textsColumn(check, 'input.shortVersion', input.shortVersion, LONG),
    published_on:
      input.publishedOn == null
        ? today()
        : publishedOn(check, 'input.publishedOn', input.publishedOn, undefined),
    items: input.items.map((value, i) => item(check, `input.items.${i}`, value)),
  };
  check.done();
  return values as CheckedIssue;
}
