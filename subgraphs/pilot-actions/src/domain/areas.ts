/** The National Plan's priority thematic areas and the types of indicator, as closed lists. */
import type { IndicatorType, ThematicArea } from '../__generated__/resolvers-types.js';

export const THEMATIC_AREAS: readonly ThematicArea[] = [
  'LANGUAGE_AND_EDUCATION',
  'WORK_AND_SKILLS',
  'HOUSING',
  'HEALTH',
  'MINORS_AND_SECOND_GENERATIONS',
  'VULNERABLE_MIGRANTS',
  'PARTICIPATION_AND_CULTURE',
  'INTERCULTURAL_MEDIATION',
];

export const INDICATOR_TYPES: readonly IndicatorType[] = ['OUTPUT', 'OUTCOME', 'IMPACT'];
