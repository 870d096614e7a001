/**
 * The registry refuses a candidate whose supergraph the gateway would not load (its check and its
 * publish), naming the reason, whatever `force` says; the graph stays as it was and the partner can
 * publish a loadable version next.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credential, startTestRegistry, type TestRegistry } from './registry.fixture.js';

const URL = 'http://127.0.0.1:4999/graphql';
const link = (version: string, imports: string) =>
  `extend schema @link(url: "https://specs.apollo.dev/federation/${version}", import: [${imports}])\n`;
/** A new partner's own types, with `directive` on one field. */
const observatory = (version: string, imports: string, directive: string) =>
  `${link(version, imports)}type Query { observation(id: ID!): Observation ${directive} }\ntype Observation @key(fields: "id") { id: ID! value: Float }\n`;

let registry: TestRegistry;
let token: string;
beforeAll(async () => {
  registry = await startTestRegistry({ dialect: 'sqlite', file: ':memory:' });
  token = await credential('observatory');
});
afterAll(() => registry?.dispose());

const unsupported = (feature: string, purpose: string) => ({
  kind: 'loading',
  message: `The gateway cannot load the composed supergraph: feature https://specs.apollo.dev/${feature} is for: ${purpose} but is unsupported`,
});

describe('a supergraph the gateway would not load', () => {
  it('refuses @policy in check and in publish, forced or not, naming the reason; the supergraph stays', async () => {
    const before = await registry.supergraph();
    const sdl = observatory('v2.6', '"@key", "@policy"', '@policy(policies: [["observatory:read"]])');

    const check = await registry.request<{ report: { ok: boolean; errors: unknown[] } }>(
      'POST',
      '/api/subgraphs/observatory/check',
      { body: { sdl }, token },
    );
    expect(check.status).toBe(200);
    expect(check.body.report).toMatchObject({ ok: false, errors: [unsupported('policy/v0.1', 'SECURITY')] });

    for (const force of [false, true]) {
      const answer = await registry.publish('observatory', { sdl, routingUrl: URL, force }, token);
      expect(answer.status).toBe(422);
      expect(answer.body.error).toEqual({
        code: 'CHECKS_FAILED',
        message:
          'The supergraph with the observatory subgraph would not load in the gateway (1 error): nothing was published (force does not override this)',
      });
      expect(answer.body.report?.errors).toEqual([unsupported('policy/v0.1', 'SECURITY')]);
    }
    expect((await registry.supergraph()).id).toBe(before.id);
    expect((await registry.request('GET', '/api/subgraphs/observatory/versions')).status).toBe(404);
  });

  it('refuses @policy under another spelling: renamed on import, or linked from its own spec', async () => {
    const renamed = observatory(
      'v2.6',
      '"@key", { name: "@policy", as: "@rule" }',
      '@rule(policies: [["observatory:read"]])',
    );
    const direct = `${link('v2.5', '"@key"').trimEnd()} @link(url: "https://specs.apollo.dev/policy/v0.1", import: ["@policy"])
scalar policy__Policy
directive @policy(policies: [[policy__Policy!]!]!) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM
type Query { observation(id: ID!): Observation @policy(policies: [["observatory:read"]]) }
type Observation @key(fields: "id") { id: ID! value: Float }\n`;
    for (const sdl of [renamed, direct]) {
      const answer = await registry.publish('observatory', { sdl, routingUrl: URL, force: true }, token);
      expect(answer.status).toBe(422);
      expect(answer.body.report?.errors).toEqual([unsupported('policy/v0.1', 'SECURITY')]);
    }
  });

  it('refuses @fromContext (a security feature) and @cacheTag (an execution feature) the gateway does not implement', async () => {
    const context = `${link('v2.8', '"@key", "@context", "@fromContext"')}type Query { observatory: Observatory }
type Observatory @key(fields: "id") @context(name: "site") { id: ID! region: String! reading: Reading! }
type Reading @key(fields: "id") { id: ID! value(region: String @fromContext(field: "$site { region }")): Float }\n`;
    const cacheTag = `${link('v2.12', '"@key", "@cacheTag"')}type Query { observation(id: ID!): Observation }
type Observation @key(fields: "id") @cacheTag(format: "observation-{$key.id}") { id: ID! value: Float }\n`;
    const answers = await Promise.all(
      [context, cacheTag].map((sdl) =>
        registry.publish('observatory', { sdl, routingUrl: URL, force: true }, token),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([422, 422]);
    expect(answers.map((a) => a.body.report?.errors)).toEqual([
      [unsupported('context/v0.1', 'SECURITY')],
      [unsupported('cacheTag/v0.1', 'EXECUTION')],
    ]);
  });

  it("publishes the partner's loadable version afterwards, with @authenticated under its own name", async () => {
    const sdl = observatory('v2.5', '"@key", "@authenticated"', '@authenticated');
    const answer = await registry.publish('observatory', { sdl, routingUrl: URL }, token);
    expect(answer.status).toBe(201);
    expect(answer.body.report).toEqual({ ok: true, errors: [], warnings: [] });
  });
});
