/**
 * What the resolvers of each type receive as parent. Picked up by codegen. Services are the
 * stored rows; the other subgraphs' entities are bare keys: this subgraph knows only their keys,
 * and the gateway asks their owners for the rest.
 */
import type { ServiceRow } from './data/tables.js';
import type { AuditRow } from '../../../lib/writes/auditStore.js';

export type ServiceModel = ServiceRow;
export type AssociationModel = { id: string };
export type MunicipalityModel = { istatCode: string };
export type ProvinceModel = { code: string };
export type RegionModel = { code: string };
export type CommunityModel = { code: string };
export type AuditEntryModel = AuditRow;
