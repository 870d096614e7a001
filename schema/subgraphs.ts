/**
 * The one list of the graph's subgraphs: who owns each, where its SDL lives and where it listens
 * by default. Composition, the dev orchestrator, codegen and the tests all read this list.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { envPrefixOf } from '../lib/subgraph/envPrefix.js';

export interface SubgraphEntry {
  /** Subgraph name as it appears in the supergraph (`join__Graph`). */
  readonly name: string;
  /** Prefix of this subgraph's environment variables, e.g. `PILOT_ACTIONS` -> `PILOT_ACTIONS_DATABASE_URL`. */
  readonly envPrefix: string;
  /** Absolute path of the subgraph's SDL file. */
  readonly sdlPath: string;
  /** Port the subgraph listens on by default. */
  readonly defaultPort: number;
  /** The partner agency that owns the subgraph. */
  readonly owner: string;
  /** The entity types the partner owns (docs/partners.md): the registry records them as its at its seed. */
  readonly owns: readonly string[];
}

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function entry(
  name: string,
  defaultPort: number,
  owner: string,
  owns: readonly string[] = [],
): SubgraphEntry {
  return {
    name,
    envPrefix: envPrefixOf(name),
    sdlPath: path.join(root, 'subgraphs', name, 'schema.graphql'),
    defaultPort,
    owner,
    owns,
  };
}

export const subgraphs: readonly SubgraphEntry[] = [
  entry('territories', 4001, 'ISTAT reference data, kept for the Ministry of the Interior', [
    'Region',
    'Province',
    'Municipality',
    'Community',
  ]),
  entry('services', 4002, 'Ministry of Labour, DG Immigration (Integration Portal)', ['Service']),
  entry('associations', 4003, 'Ministry of Labour, register of associations', ['Association']),
  entry('funding', 4004, 'Managing authorities of the funds', ['FundingSource', 'Call', 'Allocation']),
  entry('pilot-actions', 4005, 'Ministry of the Interior, Dept. of Civil Liberties and Immigration', [
    'PilotAction',
    'Indicator',
    'Measurement',
    'MonitoringVisit',
  ]),
  entry('content', 4006, "Ministry of Labour, DG Immigration: the Integration Portal's editorial office", [
    'Publication',
    'NewsletterIssue',
    'Event',
    'CulturalExperience',
    'ProtectionProject',
  ]),
  entry('statistics', 4007, 'Ministry of Labour, DG Immigration: the data office'),
];

/** Default routing URL of a subgraph (what the committed supergraph points at). */
export function defaultUrl(entry: SubgraphEntry, host = 'localhost'): string {
  return `http://${host}:${entry.defaultPort}/graphql`;
}

export const schemaDir = path.join(root, 'schema');
export const supergraphPath = path.join(schemaDir, 'supergraph.graphql');
export const apiSchemaPath = path.join(schemaDir, 'api.graphql');
