import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  collision,
  isValidName,
  namesOf,
  partsExport,
  reservation,
  SHARED_BLOCKS,
  withEntry,
} from './index.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const subgraphs = readdirSync(path.join(repo, 'subgraphs'));

describe('the scaffold’s rules', () => {
  it('declares the shared value types word for word as every existing subgraph does', () => {
    for (const name of subgraphs) {
      const sdl = readFileSync(path.join(repo, 'subgraphs', name, 'schema.graphql'), 'utf8');
      for (const block of SHARED_BLOCKS) expect(sdl, `${name}: ${block.split('\n')[1]}`).toContain(block);
    }
  });

  it('accepts only names whose derived names are plain identifiers', () => {
    expect(['housing-offers', 'ab', 'x1-y2'].filter(isValidName)).toEqual(['housing-offers', 'ab', 'x1-y2']);
    expect(['ab-', 'a--b', 'a-', 'Ab', ''].filter(isValidName)).toEqual([]);
  });

  it('renames the export of subgraph.ts when the subgraph’s camelCase name is taken', () => {
    expect(partsExport(namesOf('housing-offers', 1))).toBe('housingOffers');
    expect(partsExport(namesOf('seed', 1))).toBe('seedSubgraph');
    expect(partsExport(namesOf('delete', 1))).toBe('deleteSubgraph');
  });

  it('reserves names whose variables are the graph’s, or a listed subgraph’s', () => {
    const listed = ['SERVICES', 'PILOT_ACTIONS'];
    expect(reservation(namesOf('gateway-registry', 1), listed)).toMatch(/GATEWAY_\*/);
    expect(reservation(namesOf('ci', 1), listed)).toMatch(/reserved/);
    expect(reservation(namesOf('services-database', 1), listed)).toMatch(/SERVICES_DATABASE_URL/);
    expect(reservation(namesOf('strings', 1), listed)).toMatch(/type would be String/);
    expect(reservation(namesOf('pg-stats', 1), listed)).toMatch(/PostgreSQL schema would be pg_stats/);
    expect(reservation(namesOf('public', 1), listed)).toMatch(/reserved/);
    expect(reservation(namesOf('housing-offers', 1), listed)).toBeUndefined();
    expect(reservation(namesOf('cities', 1), listed)).toBeUndefined();
  });

  it('refuses a Query field another subgraph serves, and the template’s own types', () => {
    expect(collision(namesOf('regions', 1), repo)).toMatch(
      /type Region, which .*territories.* already declare/,
    );
    expect(collision(namesOf('page-infos', 1), repo)).toMatch(/type PageInfo/);
    expect(collision(namesOf('housing-offers', 1), repo)).toBeUndefined();
  });

  it('adds an entry to the list even when the last one has no trailing comma', () => {
    const text = "export const subgraphs: readonly SubgraphEntry[] = [\n  entry('a', 4001, 'A')\n];\n";
    expect(withEntry(text, { name: 'b', port: 4002 })).toBe(
      "export const subgraphs: readonly SubgraphEntry[] = [\n  entry('a', 4001, 'A'),\n  entry('b', 4002, 'TODO: the partner agency that owns this subgraph'),\n];\n",
    );
  });
});
