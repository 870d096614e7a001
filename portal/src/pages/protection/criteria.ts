/** The International Protection page's choices, kept in its address so that a search can be shared. */
import type {
  Locale,
  PortalProtectionQueryVariables,
  ProtectionStatus,
} from '../../../../clients/src/index.js';

// Keyed by the graph's enum, so that a status added to the schema and not here fails `tsc`.
const STATUS_SET: Record<ProtectionStatus, true> = {
  APPLICANTS: true,
  INTERNATIONAL_PROTECTION: true,
  SUBSIDIARY_PROTECTION: true,
  HUMANITARIAN_PROTECTION: true,
};
export const STATUSES = Object.keys(STATUS_SET) as ProtectionStatus[];
export const PAGE_SIZE = 10;

export type Criteria = Readonly<Record<'region' | 'beneficiary' | 'after', string>>;

export function criteriaOf(params: URLSearchParams): Criteria {
  const get = (key: string) => params.get(key) ?? '';
  return { region: get('region'), beneficiary: get('beneficiary'), after: get('after') };
}

const isStatus = (value: string): value is ProtectionStatus => Object.hasOwn(STATUS_SET, value);

/** The operation's variables for `criteria`; a choice that names no region or status is left out. */
export function variablesOf(criteria: Criteria, lang: Locale): PortalProtectionQueryVariables {
  return {
    regionCode: /^\d{2}$/.test(criteria.region) ? criteria.region : null,
    beneficiary: isStatus(criteria.beneficiary) ? criteria.beneficiary : null,
    first: PAGE_SIZE,
    after: criteria.after || null,
    lang,
  };
}
