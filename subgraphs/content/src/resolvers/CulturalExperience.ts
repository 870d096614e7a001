import type {
  CulturalExperienceResolvers,
  ProtectionProjectResolvers,
} from '../__generated__/resolvers-types.js';
import { localize, parseTexts } from '../../../../lib/locale.js';
import { experienceKindOf, sectionOf, statusesOf } from './enums.js';
import { keys } from './Event.js';

export const CulturalExperience: CulturalExperienceResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.experience.load(reference.id),
  section: (row) => sectionOf(row.section),
  kind: (row) => experienceKindOf(row.kind),
  description: (row, { lang }, { locale }) => localize(parseTexts(row.description_i18n), lang, locale),
  municipality: (row) => ({ istatCode: row.municipality_code }),
  associations: (row) => keys(row.association_ids).map((id) => ({ id })),
};

export const ProtectionProject: ProtectionProjectResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.project.load(reference.id),
  title: (row, { lang }, { locale }) => localize(parseTexts(row.title_i18n), lang, locale),
  description: (row, { lang }, { locale }) => localize(parseTexts(row.description_i18n), lang, locale),
  beneficiaries: async (row, _args, { loaders }) =>
    statusesOf(await loaders.beneficiariesOfProject.load(row.id)),
  region: (row) => ({ code: row.region_code }),
  municipality: (row) => (row.municipality_code === null ? null : { istatCode: row.municipality_code }),
  services: (row) => keys(row.service_ids).map((id) => ({ id })),
  startsOn: (row) => row.starts_on,
  endsOn: (row) => row.ends_on,
};
