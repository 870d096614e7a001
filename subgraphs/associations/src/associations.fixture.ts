/**
 * Shared by this subgraph's tests: the whole register read page by page through the API, so that
 * filters and counts can be checked against figures computed independently, in plain code.
 */
import { expect } from 'vitest';
import { findMunicipality } from '../../../lib/istat.js';
import type { RunningSubgraph } from '../../../test/subgraphHarness.js';
import { readConnection, type Page as ConnectionPage } from '../../../test/readConnection.js';

export interface Listed {
  id: string;
  name: string;
  kind: string;
  communities: string[];
  culturalFields: string[];
  seat: { istatCode: string };
  registerEntry: { number: string; section: string; registeredOn: string } | null;
  foundedYear: number | null;
  /** Derived here from lib/istat.ts, not read from the subgraph. */
  provinceCode: string;
  regionCode: string;
}

export const LISTED_FIELDS = `id name kind communities culturalFields seat { istatCode } registerEntry { number section registeredOn } foundedYear`;

type Page = ConnectionPage<Listed>;

/** A whole connection read page by page (see `readConnection`), each association placed in its province and region. */
export async function readAll(
  subgraph: RunningSubgraph,
  query: string,
  pick: (data: Record<string, unknown>) => Page,
  variables: Record<string, unknown> = {},
): Promise<{ nodes: Listed[]; totalCount: number; pages: number }> {
  const read = await readConnection<Listed>(subgraph, query, pick, variables);
  const nodes = read.nodes.map((node) => ({
    ...node,
    provinceCode: node.seat.istatCode.slice(0, 3),
    regionCode: findMunicipality(node.seat.istatCode)?.regionCode ?? 'unknown',
  }));
  return { ...read, nodes };
}

/** Every association of the register, through `associations(first: 100)`. */
export async function readRegister(subgraph: RunningSubgraph): Promise<Listed[]> {
  const query = `query($after: String) { associations(first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${LISTED_FIELDS} } } } }`;
  const { nodes, totalCount } = await readAll(subgraph, query, (data) => data['associations'] as Page);
  expect(nodes.length).toBe(totalCount);
  return nodes;
}

/** Associations per community among `nodes`, ordered as the API promises: largest first, then by code. */
export function countByCommunity(nodes: readonly Listed[]): { community: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const node of nodes) for (const c of node.communities) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts]
    .map(([community, count]) => ({ community, count }))
    .sort(
      (a, b) => b.count - a.count || (a.community < b.community ? -1 : a.community > b.community ? 1 : 0),
    );
}

/** A filter as GraphQL input, with the predicate it must mean, checked on the whole register. */
export interface FilterCase {
  readonly filter: string;
  readonly matches: (a: Listed) => boolean;
  /** The case is only meaningful when something matches (false for escaping checks). */
  readonly nonEmpty?: boolean;
}

export const FILTER_CASES: readonly FilterCase[] = [
  {
    filter: `{ kinds: [SECOND_GENERATION_ASSOCIATION, CULTURAL_ORGANISATION] }`,
    matches: (a) => a.kind === 'SECOND_GENERATION_ASSOCIATION' || a.kind === 'CULTURAL_ORGANISATION',
  },
  { filter: `{ kinds: [] }`, matches: () => true },
  { filter: `{ community: "MA" }`, matches: (a) => a.communities.includes('MA') },
  { filter: `{ regionCode: "15" }`, matches: (a) => a.regionCode === '15' },
  { filter: `{ provinceCode: "015" }`, matches: (a) => a.provinceCode === '015' },
  { filter: `{ municipalityCode: "063049" }`, matches: (a) => a.seat.istatCode === '063049' },
  { filter: `{ culturalFields: [CINEMA] }`, matches: (a) => a.culturalFields.includes('CINEMA') },
  {
    filter: `{ culturalFields: [THEATRE, MUSIC] }`,
    matches: (a) => a.culturalFields.includes('THEATRE') || a.culturalFields.includes('MUSIC'),
  },
  { filter: `{ registered: true }`, matches: (a) => a.registerEntry !== null },
  { filter: `{ registered: false }`, matches: (a) => a.registerEntry === null },
  { filter: `{ nameContains: "SENEGALESI" }`, matches: (a) => a.name.toLowerCase().includes('senegalesi') },
  { filter: `{ nameContains: "Comunità" }`, matches: (a) => a.name.toLowerCase().includes('comunità') },
  { filter: `{ nameContains: "%" }`, matches: (a) => a.name.includes('%'), nonEmpty: false },
  { filter: `{ nameContains: "_" }`, matches: (a) => a.name.includes('_'), nonEmpty: false },
  {
    filter: `{ community: "SN", regionCode: "15" }`,
    matches: (a) => a.communities.includes('SN') && a.regionCode === '15',
  },
  {
    filter: `{ kinds: [MIGRANT_ASSOCIATION], provinceCode: "015", registered: true }`,
    matches: (a) => a.kind === 'MIGRANT_ASSOCIATION' && a.provinceCode === '015' && a.registerEntry !== null,
  },
];
