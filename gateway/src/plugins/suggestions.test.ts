/**
 * "Did you mean ...?" hints, through the real territories subgraph (called directly, as a partner
 * with direct access would) and the real gateway in front of it: each misspelling is answered with
 * the hint in development and without it in production, by both.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphs, supergraphPath } from '../../../schema/subgraphs.js';
import { silentLogger } from '../../../lib/log.js';
import { createSubgraphMetrics } from '../../../lib/metrics.js';
import type { SubgraphServer } from '../../../lib/subgraph/server.js';
import { territories } from '../../../subgraphs/territories/src/subgraph.js';
import { viaGateway } from '../../../test/assertions.js';
import { seededDatabase } from '../../../test/dialects.js';
import { startTestGateway, type TestGateway } from '../testing/harness.js';

type Answer = { errors?: { message: string; extensions?: { code?: string } }[] };

/** Each misspelling, what the error says either way, and the hint development adds. */
const misspellings: [string, { query: string; variables?: Record<string, unknown> }, RegExp, string][] = [
  [
    'a field',
    { query: '{ region(code: "03") { nmae { text } } }' },
    /Cannot query field "nmae" on type "Region"\.$/,
    'Did you mean "name"?',
  ],
  [
    'an argument',
    { query: '{ region(cod: "03") { code } }' },
    /Unknown argument "cod" on field "Query\.region"\.$/,
    'Did you mean "code"?',
  ],
  [
    'a type',
    { query: 'query ($c: Id!) { region(code: $c) { code } }', variables: { c: '03' } },
    /Unknown type "Id"\.$/,
    'Did you mean "ID"?',
  ],
  [
    'an enum value',
    { query: '{ region(code: "03") { name(lang: ENN) { text } } }' },
    /Value "ENN" does not exist in "Locale" enum\.$/,
    'Did you mean the enum value "EN" or "ES"?',
  ],
  [
    'an enum value in a variable',
    {
      query: 'query ($l: Locale) { region(code: "03") { name(lang: $l) { text } } }',
      variables: { l: 'ENN' },
    },
    /Value "ENN" does not exist in "Locale" enum\.$/,
    'Did you mean the enum value "EN" or "ES"?',
  ],
  [
    'an input field in a variable',
    {
      query: 'query ($f: ProvinceFilter) { provinces(filter: $f, first: 1) { edges { node { code } } } }',
      variables: { f: { regionCod: '03' } },
    },
    /Field "regionCod" is not defined by type "ProvinceFilter"\.$/,
    'Did you mean "regionCode"?',
  ],
];

const modes = [
  ['development', true],
  ['production', false],
] as const;

const servers: Record<string, SubgraphServer> = {};
const subgraphUrls: Record<string, string> = {};
const gateways: Record<string, TestGateway> = {};
const disposals: (() => Promise<void>)[] = [];

beforeAll(async () => {
  const database = await seededDatabase(
    { dialect: 'sqlite', file: ':memory:' },
    territories.migrations,
    territories.seed,
  );
  disposals.push(() => database.dispose());
  for (const [mode, development] of modes) {
    const server = await territories.createServer({
      db: database.db,
      metrics: createSubgraphMetrics('territories', false),
      log: silentLogger(),
      development,
    });
    servers[mode] = server;
    subgraphUrls[mode] = await server.listen(0);
    disposals.unshift(() => server.dispose());
    const env = Object.fromEntries(
      subgraphs.map((s) => [`${s.envPrefix}_URL`, 'http://127.0.0.1:9/graphql']),
    );
    env['TERRITORIES_URL'] = subgraphUrls[mode]!;
    // Ad-hoc operations: trusted documents (on by default in production) would refuse them before validation.
    gateways[mode] = await startTestGateway({
      supergraphSdl: readFileSync(supergraphPath, 'utf8'),
      env: { ...env, GATEWAY_TRUSTED_DOCUMENTS: 'off', ...(development ? {} : { NODE_ENV: 'production' }) },
    });
    disposals.unshift(() => gateways[mode]!.dispose());
  }
});
afterAll(async () => {
  for (const dispose of disposals) await dispose();
});

async function messageOf(
  url: string,
  body: object,
  headers: Record<string, string> = {},
): Promise<string | undefined> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as Answer;
  return answer.errors?.[0]?.message;
}

describe.each(modes)('misspellings in %s', (mode, development) => {
  it.each(misspellings)(
    `answers %s ${development ? 'with' : 'without'} a suggestion, from the gateway and from the subgraph`,
    async (_name, body, said, hint) => {
      const fromGateway = await messageOf(`${gateways[mode]!.origin}/graphql`, body);
      const fromSubgraph = await messageOf(subgraphUrls[mode]!, body, await viaGateway('territories'));
      for (const message of [fromGateway, fromSubgraph]) {
        if (development) {
          expect(message?.endsWith(` ${hint}`), message).toBe(true);
          expect(message?.slice(0, -hint.length - 1)).toMatch(said);
        } else {
          expect(message).toMatch(said);
          expect(message).not.toMatch(/Did you mean/);
        }
      }
    },
  );
});
