/**
 * The GraphQL enums' values as runtime lists, in the SDL's order: seeds draw from them and
 * `serviceCountsByArea` lists every area in this order, zero counts included.
 */
import type { ProviderKind, ServiceArea, TargetGroup } from '../__generated__/resolvers-types.js';

export const SERVICE_AREAS = [
  'LANGUAGE',
  'WORK',
  'HOUSING',
  'MINORS_AND_SECOND_GENERATIONS',
  'HEALTH',
  'INTERCULTURAL_MEDIATION',
] as const satisfies readonly ServiceArea[];

export const PROVIDER_KINDS = [
  'PUBLIC_OFFICE',
  'PATRONATO_DESK',
  'CPIA_SCHOOL',
  'HEALTH_UNIT',
  'THIRD_SECTOR_BODY',
  'MUNICIPALITY',
  'EMPLOYMENT_CENTRE',
] as const satisfies readonly ProviderKind[];

export const TARGET_GROUPS = [
  'ASYLUM_SEEKERS_AND_REFUGEES',
  'UNACCOMPANIED_MINORS',
  'WOMEN',
  'SECOND_GENERATIONS',
  'WORKERS',
  'FAMILIES',
  'STUDENTS',
  'ALL_FOREIGN_NATIONALS',
] as const satisfies readonly TargetGroup[];

export type { ProviderKind, ServiceArea, TargetGroup };
