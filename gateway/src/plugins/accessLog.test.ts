import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  composeSupergraph,
  regionSubgraph,
  startSubgraph,
  startTestGateway,
  type TestGateway,
  type TestSubgraph,
} from '../testing/harness.js';
import { bearer } from '../../../test/tokens.js';

/** The gateway's log lines, parsed. */
const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});
const accessLines = () => lines.filter((line) => line['log'] === 'access');

let subgraph: TestSubgraph;
let gateway: TestGateway;
beforeAll(async () => {
  subgraph = await startSubgraph(regionSubgraph('Lombardia'));
  gateway = await startTestGateway({
    supergraphSdl: composeSupergraph([subgraph]),
    log: pino({ level: 'info' }, sink),
    env: { GATEWAY_RATE_LIMITS: 'true', GATEWAY_RATE_LIMIT_REQUESTS: '2' },
  });
});
afterAll(async () => {
  await gateway?.dispose();
  await subgraph?.stop();
});

/** The access lines written once the last request's response has gone out. */
async function settled(count: number) {
  await expect.poll(() => accessLines().length).toBe(count);
  return accessLines();
}

describe('the access log', () => {
  it('writes one line per request, refused ones included, with no personal data', async () => {
    const secret = 'Via Roma 1, Milano';
    const token = await bearer('services', []);
    const answered = await gateway.post(
      {
        query: 'query PortalCulture($code: ID!) { region(code: $code) { name } }',
        variables: { code: secret },
      },
      { ...token, 'x-forwarded-for': '198.51.100.7' },
    );
    expect(answered.status).toBe(200);
    const [line] = await settled(1);
    expect(line).toMatchObject({
      msg: 'request',
      requestId: answered.headers.get('x-request-id'),
      operation: 'PortalCulture',
      type: 'query',
      status: 200,
      outcome: 'ok',
      partner: 'services',
    });
    expect(line!['durationMs']).toEqual(expect.any(Number));
    const text = JSON.stringify(lines);
    for (const personal of [
      secret,
      '198.51.100.7',
      '127.0.0.1',
      'dev:services',
      token['authorization']!.slice(7),
    ])
      expect(text).not.toContain(personal);

    // An operation of a name nobody registered, a validation error, and a request refused before Apollo.
    await gateway.query('query Whatever { region(code: "03") { name } }');
    await gateway.query('{ nope }');
    const refused = await gateway.query('{ region(code: "03") { name } }');
    expect(refused.status).toBe(429);
    const [, other, invalid, limited] = await settled(4);
    expect(other).toMatchObject({ operation: 'other', outcome: 'ok', partner: 'anonymous' });
    expect(invalid).toMatchObject({ status: 400, outcome: 'error' });
    expect(limited).toMatchObject({ status: 429, outcome: 'error', partner: 'anonymous' });
    expect(limited!['operation']).toBeUndefined();
  });
});
