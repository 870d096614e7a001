/** The publications page's choices, kept in its address so that a choice can be shared. */
import type { Locale, PortalPublicationsQueryVariables } from '../../../../clients/src/index.js';

/** The first newsletter issue's year: issues are published from January 2013. */
export const FIRST_NEWSLETTER_YEAR = 2013;

export type Choices = Readonly<Record<'community' | 'year' | 'edition' | 'month', string>>;

/** The choices in `params`; one that is malformed is left out (the page then shows the default). */
export function choicesOf(params: URLSearchParams): Choices {
  const get = (key: string, pattern: RegExp) => {
    const value = params.get(key) ?? '';
    return pattern.test(value) ? value : '';
  };
  return {
    community: get('community', /^[A-Z]{2}$/),
    year: get('year', /^\d{4}$/),
    edition: get('edition', /^\d{1,3}$/),
    month: get('month', /^\d{4}-(0[1-9]|1[0-2])$/),
  };
}

/** The operation's variables for `choices` (the edition is chosen among the editions answered). */
export function variablesOf(choices: Choices, lang: Locale): PortalPublicationsQueryVariables {
  return {
    communityCode: choices.community || null,
    reportYear: choices.year ? Number(choices.year) : null,
    month: choices.month,
    withMonth: choices.month !== '',
    lang,
  };
}

/** `YYYY-MM` of a year and a month number (1-12). */
export const monthOf = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;
