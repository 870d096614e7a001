/** The search criteria of the services page, kept in its address so a search can be shared. */
import type {
  PortalServiceSearchQueryVariables,
  ServiceArea,
  TargetGroup,
} from '../../../../clients/src/index.js';

// Keyed by the graph's enums, so that a value added to the schema and not here fails `tsc`.
const AREA_SET: Record<ServiceArea, true> = {
  LANGUAGE: true,
  WORK: true,
  HOUSING: true,
  MINORS_AND_SECOND_GENERATIONS: true,
  HEALTH: true,
  INTERCULTURAL_MEDIATION: true,
};
const TARGET_GROUP_SET: Record<TargetGroup, true> = {
  ASYLUM_SEEKERS_AND_REFUGEES: true,
  UNACCOMPANIED_MINORS: true,
  WOMEN: true,
  SECOND_GENERATIONS: true,
  WORKERS: true,
  FAMILIES: true,
  STUDENTS: true,
  ALL_FOREIGN_NATIONALS: true,
};
export const AREAS = Object.keys(AREA_SET) as ServiceArea[];
export const TARGET_GROUPS = Object.keys(TARGET_GROUP_SET) as TargetGroup[];

/** Languages spoken at desks a reader can choose, ISO 639-1: the Portal's own and common others. */
export const DESK_LANGUAGES = [
  'ar',
  'en',
  'fr',
  'es',
  'zh',
  'sq',
  'pa',
  'ru',
  'tl',
  'uk',
  'ro',
  'ur',
  'bn',
  'wo',
  'hi',
] as const;

export const PAGE_SIZE = 10;

export type Criteria = Readonly<
  Record<'region' | 'province' | 'municipality' | 'name' | 'area' | 'language' | 'target' | 'after', string>
>;

export function criteriaOf(params: URLSearchParams): Criteria {
  const get = (key: string) => params.get(key) ?? '';
  return {
    region: get('region'),
    province: get('province'),
    municipality: get('municipality'),
    name: get('name'),
    area: get('area'),
    language: get('language'),
    target: get('target'),
    after: get('after'),
  };
}

const orNull = (value: string) => (value === '' ? null : value);
// A criterion from the address that names no area or group is left out, not sent to the graph.
const isArea = (value: string): value is ServiceArea => Object.hasOwn(AREA_SET, value);
const isTargetGroup = (value: string): value is TargetGroup =>
  (TARGET_GROUPS as readonly string[]).includes(value);

/** The operation's variables for `criteria`. */
export function variablesOf(
  criteria: Criteria,
  locale: PortalServiceSearchQueryVariables['lang'],
): PortalServiceSearchQueryVariables {
  return {
    regionCode: orNull(criteria.region),
    provinceCode: orNull(criteria.province),
    municipalityCode: orNull(criteria.municipality),
    municipalityName: orNull(criteria.name),
    withProvinces: criteria.region !== '',
    withMunicipalities: criteria.province !== '' || criteria.name.length >= 2,
    areas: isArea(criteria.area) ? [criteria.area] : null,
    languages: criteria.language ? [criteria.language] : null,
    targetGroups: isTargetGroup(criteria.target) ? [criteria.target] : null,
    first: PAGE_SIZE,
    after: orNull(criteria.after),
    lang: locale,
  };
}
