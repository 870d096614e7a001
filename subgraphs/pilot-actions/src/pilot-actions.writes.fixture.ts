/**
 * Shared by this subgraph's write tests: callers, a valid new action (in Piedmont, where the
 * seeded codes are PNI-PIE-01..04), and the operations the tests send.
 */
import { caller } from '../../../test/assertions.js';
import type { RunningSubgraph } from '../../../test/subgraphHarness.js';

/** The pilot-actions partner with every write scope and the audit log (but not monitoring:read). */
export const writer = caller('pilot-actions', [
  'pilot-actions:write',
  'indicators:write',
  'monitoring:write',
  'audit:read',
]);
/** Piedmont's own token: writes only the actions Piedmont (01) leads. */
export const piedmontWriter = caller(
  'pilot-actions',
  ['pilot-actions:write', 'indicators:write', 'monitoring:write'],
  '01',
);
/** A monitoring team that reads the internal findings. */
export const monitor = caller('pilot-actions', ['monitoring:read']);

/** A new Piedmont action led by Turin (001272), running in Turin and Rivoli (001219), from 2025. */
export function actionInput(code: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code,
    title: {
      it: 'Torino: italiano per il lavoro nei quartieri',
      en: 'Turin: Italian for work in the neighbourhoods',
    },
    thematicArea: 'LANGUAGE_AND_EDUCATION',
    leadAuthority: { municipalityCode: '001272' },
    partnerAssociationIds: ['ASS-0001', 'ASS-0002'],
    municipalityCodes: ['001219', '001272'],
    relatedServiceIds: ['SRV-00001'],
    startsOn: '2025-01-01',
    endsOn: '2027-12-31',
    inspiredBy: { it: 'Visita di studio a Helsinki' },
    ...overrides,
  };
}

const ACTION_FIELDS = `id code version status allowedTransitions startsOn endsOn
  leadAuthority { kind region { code } municipality { istatCode } } municipalities { istatCode }
  partnerAssociations { id } relatedServices { id }`;
export const CREATE = `mutation($input: CreatePilotActionInput!) { createPilotAction(input: $input) { ${ACTION_FIELDS} } }`;
export const STATUS = `mutation($id: ID!, $v: Int!, $status: PilotActionStatus!) {
  changePilotActionStatus(id: $id, expectedVersion: $v, status: $status) { id version status allowedTransitions } }`;
export const ACTION = `query($id: ID!) { pilotAction(id: $id) { id version status indicators { id } monitoringVisits { totalCount } } }`;
export const ADD_INDICATOR = `mutation($id: ID!, $input: AddIndicatorInput!) {
  addIndicator(pilotActionId: $id, input: $input) { id code type unit baseline target latestValue progress pilotAction { id } } }`;
export const MEASURE = `mutation($id: ID!, $input: RecordMeasurementInput!) {
  recordMeasurement(indicatorId: $id, input: $input) { id value measuredOn source indicator { id latestValue latestMeasuredOn progress } } }`;
export const VISIT = `mutation($id: ID!, $input: RecordMonitoringVisitInput!) {
  recordMonitoringVisit(pilotActionId: $id, input: $input) { id visitedOn rating municipality { istatCode } pilotAction { id } } }`;
export const AUDIT = `query($type: String, $id: ID) { pilotActionsAuditLog(entityType: $type, entityId: $id, first: 100) {
  totalCount edges { node { actor partner action entityType entityId changes { field before after } } } } }`;

export interface AuditNode {
  actor: string;
  partner: string;
  action: string;
  entityType: string;
  entityId: string;
  changes: { field: string; before: string | null; after: string | null }[];
}

/** The audit log (of one record, or all of it) as the pilot-actions partner reads it. */
export async function auditOf(
  subgraph: RunningSubgraph,
  id?: string,
): Promise<{ totalCount: number; nodes: AuditNode[] }> {
  const result = await subgraph.queryAs(writer, AUDIT, { id: id ?? null });
  if (result.errors) throw new Error(result.errors[0]!.message);
  const log = result.data?.pilotActionsAuditLog as { totalCount: number; edges: { node: AuditNode }[] };
  return { totalCount: log.totalCount, nodes: log.edges.map((e) => e.node) };
}

/** The `extensions.fields` an error names, sorted. */
export function fieldsOf(error: { extensions?: Record<string, unknown> } | undefined): string[] {
  return ((error?.extensions?.['fields'] as { field: string }[] | undefined) ?? [])
    .map((f) => f.field)
    .sort();
}
