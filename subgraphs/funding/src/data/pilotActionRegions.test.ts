/**
 * The funding subgraph's question to the graph, against an HTTP endpoint answering as a gateway
 * does: the owner's answer is taken as it is (an action, none, one without a lead region), and
 * anything that is not an answer (errors, a refusal, silence, no server) refuses the write with
 * `GRAPH_UNAVAILABLE` instead of guessing.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { caller } from '../../../../test/assertions.js';
import { InputCheck } from '../../../../lib/writes/input.js';
import { freePort } from '../../../../scripts/graph.js';
import { actionRegion, leadRegionFor } from '../resolvers/writeRules.js';
import { graphLeadRegions } from './pilotActionRegions.js';

/** What the endpoint answers for each action id: HTTP status and body, or silence. */
const answers: Record<string, { status: number; body: unknown } | 'silence'> = {
  'PA-001': { status: 200, body: { data: { pilotAction: { id: 'PA-001', leadAuthority: { region: { code: '01' } } } } } },
  'PA-002': { status: 200, body: { data: { pilotAction: null } } },
  'PA-003': { status: 200, body: { data: { pilotAction: { id: 'PA-003', leadAuthority: { region: null } } } } },
  'PA-004': { status: 200, body: { data: { pilotAction: null }, errors: [{ message: 'down', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }] } },
  'PA-005': { status: 400, body: { errors: [{ message: 'not registered', extensions: { code: 'OPERATION_NOT_TRUSTED' } }] } },
  'PA-006': 'silence',
  'PA-007': { status: 200, body: { data: { pilotAction: { id: 'PA-001', leadAuthority: { region: { code: '01' } } } } } },
  'PA-008': { status: 200, body: { data: { pilotAction: { id: 'PA-008', leadAuthority: { region: { code: "01' or 1=1" } } } } } },
  'PA-009': { status: 502, body: 'Bad gateway' },
};
const received: { operationName: string; query: string; variables: { id: string } }[] = [];

let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      const body = JSON.parse(text) as (typeof received)[number];
      received.push(body);
      const answer = answers[body.variables.id];
      if (!answer || answer === 'silence') return; // never answers
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(GraphQLError);
  return { code: (error as GraphQLError).extensions['code'], owner: (error as GraphQLError).extensions['owner'], message: (error as GraphQLError).message };
};

describe('the lead region of a pilot action, asked of the graph', () => {
  it("takes the owner's answer, with the operation the trusted-documents manifest registers", async () => {
    const regions = graphLeadRegions({ url, timeoutMs: 1000 });
    expect(await regions.leadRegionOf('PA-001')).toEqual({ exists: true, region: '01' });
    expect(await regions.leadRegionOf('PA-002')).toEqual({ exists: false });
    expect(await regions.leadRegionOf('PA-003')).toEqual({ exists: true, region: null });
    const manifest = JSON.parse(readFileSync(new URL('../../../../clients/__generated__/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;
    const sent = received.at(-1)!;
    expect(sent.operationName).toBe('PilotActionLeadRegion');
    expect(manifest[createHash('sha256').update(sent.query).digest('hex')]).toBe(sent.query);
  });

  it('refuses with GRAPH_UNAVAILABLE, naming the owner, when the graph answers errors, a refusal or something else', async () => {
    const regions = graphLeadRegions({ url, timeoutMs: 1000 });
    for (const [id, reason] of [
      ['PA-004', /errors \(SUBGRAPH_UNAVAILABLE\)/],
      ['PA-005', /errors \(OPERATION_NOT_TRUSTED\)/],
      ['PA-007', /another action/],
      ['PA-008', /malformed region/],
      ['PA-009', /HTTP 502/],
    ] as const) {
      expect(await refusal(regions.leadRegionOf(id))).toMatchObject({ code: 'GRAPH_UNAVAILABLE', owner: 'pilot-actions', message: expect.stringMatching(reason) });
    }
  });

  it('gives up after its timeout, and when nothing listens', async () => {
    // The endpoint never answers PA-006: only the client's own timeout ends the wait.
    const slow = await refusal(graphLeadRegions({ url, timeoutMs: 300 }).leadRegionOf('PA-006'));
    expect(slow).toMatchObject({ code: 'GRAPH_UNAVAILABLE', message: expect.stringMatching(/no answer within 300 ms/) });
    const closed = await refusal(graphLeadRegions({ url: `http://127.0.0.1:${await freePort()}/graphql` }).leadRegionOf('PA-001'));
    expect(closed).toMatchObject({ code: 'GRAPH_UNAVAILABLE', message: expect.stringMatching(/could not be reached/) });
    expect(closed.message).not.toContain('127.0.0.1');
  });

  it('refuses a regional caller an action of another region or of none, and records no allocation for an action without a region', async () => {
    const regions = graphLeadRegions({ url, timeoutMs: 1000 });
    const lombardy = caller('funding', ['funding:write'], '03');
    expect(await refusal(leadRegionFor(regions, lombardy, 'PA-001'))).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/belongs to region 01/) });
    expect(await refusal(leadRegionFor(regions, lombardy, 'PA-003'))).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/no lead region/) });
    expect(await leadRegionFor(regions, caller('funding', ['funding:write'], '01'), 'PA-001')).toEqual({ exists: true, region: '01' });
    // A national caller is not refused outright, but an action without a region cannot be placed.
    const national = caller('funding', ['funding:write']);
    const check = new InputCheck();
    expect(actionRegion(check, 'PA-003', await leadRegionFor(regions, national, 'PA-003'), undefined)).toBeUndefined();
    expect(() => check.done()).toThrow(/input.pilotActionId: PA-003 has no lead region/);
    // A malformed id is never asked: the input check names it.
    const asked = received.length;
    expect(await leadRegionFor(regions, lombardy, 'PA-1; drop')).toBeUndefined();
    expect(received.length).toBe(asked);
  });
});
