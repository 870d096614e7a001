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

function enumOf<T extends string>(name: string, values: readonly T[]) {
  return (value: string): T => {
    const found = values.find((v) => v === value);
    if (!found) throw new Error(`stored ${name} "${value}" is not a ${name}`);
    return found;
  };
}

export const publicationKindOf = enumOf<PublicationKind>('PublicationKind', [
  'COMMUNITY_REPORT',
  'LABOUR_MARKET_REPORT',
]);
export const itemKindOf = enumOf<NewsletterItemKind>('NewsletterItemKind', [
  'LEGISLATION',
  'CASE_LAW',
  'EVENT',
  'PROJECT',
  'PUBLICATION',
  'NEWS',
]);
export const scopeOf = enumOf<ProjectScope>('ProjectScope', ['LOCAL', 'NATIONAL', 'INTERNATIONAL']);
export const eventKindOf = enumOf<EventKind>('EventKind', [
  'MEETING',
  'CONFERENCE',
  'SEMINAR',
  'WORKSHOP',
  'FESTIVAL',
  'EXHIBITION',
  'CONCERT',
  'SCREENING',
]);
export const sectionOf = enumOf<CulturalSection>('CulturalSection', [
  'LITERATURE',
  'CINEMA',
  'THEATRE',
  'MUSIC',
  'VISUAL_ART_AND_CULTURAL_HERITAGE',
]);
export const experienceKindOf = enumOf<CulturalExperienceKind>('CulturalExperienceKind', [
  'PUBLISHING_HOUSE',
  'LITERARY_PRIZE',
  'MAGAZINE',
  'LIBRARY',
  'FESTIVAL',
  'PRODUCTION_COMPANY',
  'ARCHIVE',
  'DATABASE',
  'COMPANY',
  'WORKSHOP',
  'MULTIETHNIC_ORCHESTRA',
  'CHOIR',
  'MUSEUM',
  'EXHIBITION',
  'LEGAL_FRAMEWORK',
]);
/** In the SDL's order, which is also the order beneficiaries are listed in. */
const STATUSES: readonly ProtectionStatus[] = [
  'APPLICANTS',
  'INTERNATIONAL_PROTECTION',
  'SUBSIDIARY_PROTECTION',
  'HUMANITARIAN_PROTECTION',
];
const statusOf = enumOf<ProtectionStatus>('ProtectionStatus', STATUSES);
/** Stored statuses as GraphQL values, in the SDL's order. */
export const statusesOf = (values: readonly string[]): ProtectionStatus[] =>
  values.map(statusOf).sort((a, b) => STATUSES.indexOf(a) - STATUSES.indexOf(b));
