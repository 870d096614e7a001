/**
 * What the resolvers of each type receive as parent. Picked up by codegen by name (`<Type>Model`).
 * The editorial office's entities are their stored rows; other subgraphs' entities are bare keys.
 */
import type {
  CulturalExperienceRow,
  EventRow,
  NewsletterIssueRow,
  NewsletterItemRow,
  ProtectionProjectRow,
  PublicationRow,
} from './data/tables.js';
import type { AuditRow } from '../../../lib/writes/auditStore.js';

export type PublicationModel = PublicationRow;
export type NewsletterIssueModel = NewsletterIssueRow;
export type NewsletterItemModel = NewsletterItemRow;
export type EventModel = EventRow;
export type CulturalExperienceModel = CulturalExperienceRow;
export type ProtectionProjectModel = ProtectionProjectRow;
export type CommunityModel = { code: string };
export type RegionModel = { code: string };
export type MunicipalityModel = { istatCode: string };
export type AssociationModel = { id: string };
export type ServiceModel = { id: string };
export type AuditEntryModel = AuditRow;
