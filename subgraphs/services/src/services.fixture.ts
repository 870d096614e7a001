/**
 * Shared by this subgraph's tests: every service read page by page through the API, so that
 * filters and counts can be checked against figures computed independently, in plain code, from
 * what the API returns for each service (its JSON fields, not the link tables the SQL uses).
 */
import { expect } from 'vitest';
import { findMunicipality } from '../../../lib/istat.js';
import type { RunningSubgraph } from '../../../test/subgraphHarness.js';
import { readConnection, type Page as ConnectionPage } from '../../../test/readConnection.js';

export interface Listed {
  id: string;
  name: { text: string };
  providerKind: string;
  areas: string[];
  languages: string[];
  targetGroups: string[];
  freeOfCharge: boolean;
  association: { id: string } | null;
  municipality: { istatCode: string };
}

/** A listed service with its province and region, derived here from lib/istat.ts. */
export interface Known extends Listed {
  provinceCode: string;
  regionCode: string;
}

export const LISTED_FIELDS = `id name { text } providerKind areas languages targetGroups freeOfCharge association { id } municipality { istatCode }`;

export type Page = ConnectionPage<Listed>;

/** A whole connection read page by page (see `readConnection`), each service placed in its province and region. */
export async function readAll(
  subgraph: RunningSubgraph,
  query: string,
  pick: (data: Record<string, unknown>) => Page,
  variables: Record<string, unknown> = {},
): Promise<{ nodes: Known[]; totalCount: number; pages: number }> {
  const read = await readConnection<Listed>(subgraph, query, pick, variables);
  const nodes = read.nodes.map((node) => {
    const municipality = findMunicipality(node.municipality.istatCode);
    return {
      ...node,
      provinceCode: municipality?.provinceCode ?? 'unknown',
      regionCode: municipality?.regionCode ?? 'unknown',
    };
  });
  return { ...read, nodes };
}

/** Every service of the subgraph, in id order, through `services(first: 100, after)`. */
export async function readAllServices(
  subgraph: RunningSubgraph,
): Promise<{ nodes: Known[]; totalCount: number; pages: number }> {
  const query = `query($after: String) { services(first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${LISTED_FIELDS} } } } }`;
  return readAll(subgraph, query, (data) => data['services'] as Page);
}

/** Services per area of `services`, every area in the SDL's order, computed in plain code. */
export function countsByArea(services: readonly Listed[]): { area: string; count: number }[] {
  const areas = [
    'LANGUAGE',
    'WORK',
    'HOUSING',
    'MINORS_AND_SECOND_GENERATIONS',
    'HEALTH',
    'INTERCULTURAL_MEDIATION',
  ];
  return areas.map((area) => ({ area, count: services.filter((s) => s.areas.includes(area)).length }));
}

/** SQL statements a query costs on `subgraph`. */
export async function statementsOf(
  subgraph: RunningSubgraph,
  query: string,
  variables: Record<string, unknown>,
): Promise<number> {
  const before = subgraph.statements();
  const result = await subgraph.query(query, variables);
  expect(result.errors).toBeUndefined();
  return subgraph.statements() - before;
}
