/** The associations page's choices, kept in its address so that a list can be shared. */
import type { PortalAssociationsQueryVariables } from '../../../../clients/src/index.js';

export const PAGE_SIZE = 10;

export type Criteria = Readonly<Record<'community' | 'region' | 'after', string>>;

export function criteriaOf(params: URLSearchParams): Criteria {
  const get = (key: string) => params.get(key) ?? '';
  return { community: get('community').toUpperCase(), region: get('region'), after: get('after') };
}

const orNull = (value: string) => (value === '' ? null : value);

/** The operation's variables for `criteria`. */
export function variablesOf(
  criteria: Criteria,
  locale: PortalAssociationsQueryVariables['lang'],
): PortalAssociationsQueryVariables {
  return {
    community: orNull(criteria.community),
    regionCode: orNull(criteria.region),
    first: PAGE_SIZE,
    after: orNull(criteria.after),
    lang: locale,
  };
}
