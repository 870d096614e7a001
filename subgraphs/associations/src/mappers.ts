/**
 * What the resolvers of each type receive as parent. Picked up by codegen. Associations and audit
 * entries are the stored rows; territories are bare keys: this subgraph only knows their codes, the territories
 * subgraph resolves the rest.
 */
import type { AssociationRow } from './data/tables.js';
import type { AuditRow } from '../../../lib/writes/auditStore.js';

export type AssociationModel = AssociationRow;
export type RegionModel = { code: string };
export type ProvinceModel = { code: string };
export type MunicipalityModel = { istatCode: string };
export type CommunityModel = { code: string };
export type AuditEntryModel = AuditRow;
