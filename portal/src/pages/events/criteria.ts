/** The events page's choices, kept in its address so that a search can be shared. */
import type { Locale, PortalEventsQueryVariables } from '../../../../clients/src/index.js';

/** The series a reader can choose: the IN.CO.NT.RO meetings with migrant communities. */
export const SERIES = ['IN.CO.NT.RO'] as const;
export const PAGE_SIZE = 10;

export type Criteria = Readonly<Record<'region' | 'province' | 'from' | 'to' | 'series' | 'after', string>>;

export function criteriaOf(params: URLSearchParams): Criteria {
  const get = (key: string) => params.get(key) ?? '';
  return {
    region: get('region'),
    province: get('province'),
    from: get('from'),
    to: get('to'),
    series: get('series'),
    after: get('after'),
  };
}

export const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const orNull = (value: string, valid: boolean) => (valid && value !== '' ? value : null);

/** The operation's variables for `criteria`; a malformed choice is left out, not sent to the graph. */
export function variablesOf(criteria: Criteria, lang: Locale): PortalEventsQueryVariables {
  const region = /^\d{2}$/.test(criteria.region);
  return {
    regionCode: orNull(criteria.region, region),
    provinceCode: orNull(criteria.province, region && /^\d{3}$/.test(criteria.province)),
    withProvinces: region,
    from: orNull(criteria.from, isDate(criteria.from)),
    to: orNull(criteria.to, isDate(criteria.to)),
    series: orNull(criteria.series, (SERIES as readonly string[]).includes(criteria.series)),
    first: PAGE_SIZE,
    after: criteria.after || null,
    lang,
  };
}
