/** Stored enum values back to their GraphQL types; an unknown value is a data error, not user input. */
import type {
  CulturalExperienceKind,
  CulturalSection,
  EventKind,
  NewsletterItemKind,
  ProjectScope,
  ProtectionStatus,
  PublicationKind,
} from '../__generated__/resolvers-types.js';

/**
 * The reader of a stored `name`. Its values are a record's keys so that the compiler asks for
 * every value of the GraphQL enum: one added to the schema and not here fails `tsc`.
 */
function enumOf<T extends string>(name: string, values: Record<T, true>) {
  return (value: string): T => {
    if (!Object.hasOwn(values, value)) throw new Error(`stored ${name} "${value}" is not a ${name}`);
    return value as T;
  };
}

export const publicationKindOf = enumOf<PublicationKind>('PublicationKind', {
  COMMUNITY_REPORT: true,
  LABOUR_MARKET_REPORT: true,
  SECOND_GENERATIONS_DOCUMENT: true,
  POLICY_PLAN: true,
});
export const itemKindOf = enumOf<NewsletterItemKind>('NewsletterItemKind', {
  LEGISLATION: true,
  CASE_LAW: true,
  EVENT: true,
  PROJECT: true,
  PUBLICATION: true,
  NEWS: true,
});
export const scopeOf = enumOf<ProjectScope>('ProjectScope', {
  LOCAL: true,
  NATIONAL: true,
  INTERNATIONAL: true,
});
export const eventKindOf = enumOf<EventKind>('EventKind', {
  MEETING: true,
  CONFERENCE: true,
  SEMINAR: true,
  WORKSHOP: true,
  FESTIVAL: true,
  EXHIBITION: true,
  CONCERT: true,
  SCREENING: true,
});
const SECTION_SET: Record<CulturalSection, true> = {
  LITERATURE: true,
  CINEMA: true,
  THEATRE: true,
  MUSIC: true,
  VISUAL_ART_AND_CULTURAL_HERITAGE: true,
};
export const sectionOf = enumOf<CulturalSection>('CulturalSection', SECTION_SET);
/** Every section, in the schema's order. */
export const CULTURAL_SECTIONS = Object.keys(SECTION_SET) as CulturalSection[];
export const experienceKindOf = enumOf<CulturalExperienceKind>('CulturalExperienceKind', {
  PUBLISHING_HOUSE: true,
  LITERARY_PRIZE: true,
  MAGAZINE: true,
  LIBRARY: true,
  FESTIVAL: true,
  PRODUCTION_COMPANY: true,
  ARCHIVE: true,
  DATABASE: true,
  COMPANY: true,
  WORKSHOP: true,
  MULTIETHNIC_ORCHESTRA: true,
  CHOIR: true,
  MUSEUM: true,
  EXHIBITION: true,
  LEGAL_FRAMEWORK: true,
});
/** In the SDL's order, which is also the order beneficiaries are listed in. */
const STATUS_VALUES: Record<ProtectionStatus, true> = {
  APPLICANTS: true,
  INTERNATIONAL_PROTECTION: true,
  SUBSIDIARY_PROTECTION: true,
  HUMANITARIAN_PROTECTION: true,
};
const STATUSES = Object.keys(STATUS_VALUES) as ProtectionStatus[];
const statusOf = enumOf<ProtectionStatus>('ProtectionStatus', STATUS_VALUES);
/** Stored statuses as GraphQL values, in the SDL's order. */
export const statusesOf = (values: readonly string[]): ProtectionStatus[] =>
  values.map(statusOf).sort((a, b) => STATUSES.indexOf(a) - STATUSES.indexOf(b));
