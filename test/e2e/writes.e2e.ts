/**
 * Writes through the whole graph, as a partner does them: a token minted for a partner, verified by
 * the gateway, asserted to the owning subgraph, checked there again; what a refused caller sees;
 * concurrent edits of one record; the audit log; and a subgraph refusing to be called around the gateway.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintDevToken } from '../../lib/auth/keys.js';
import { startE2EGraph, type E2EGraph } from './harness.js';

let graph: E2EGraph;
beforeAll(async () => {
  graph = await startE2EGraph();
});
afterAll(() => graph?.dispose());

async function bearer(partner: string, scopes: string[], region?: string): Promise<Record<string, string>> {
  const token = await mintDevToken({ partner, scopes, region, issuer: 'https://integra.dev/issuer', audience: 'integra-gateway' });
  return { authorization: `Bearer ${token}` };
}

const serviceInput = {
  name: { it: 'Sportello Mediazione Interculturale – Novara' },
  description: { it: 'Mediazione linguistico-culturale.' },
  openingHours: { it: 'mar e gio 14-18' },
  areas: ['INTERCULTURAL_MEDIATION'],
  providerKind: 'MUNICIPALITY',
  municipalityCode: '003106',
  address: 'Piazza Martiri 1, Novara',
  languages: ['it', 'wo'],
  targetGroups: ['ALL_FOREIGN_NATIONALS'],
  freeOfCharge: true,
  contactPerson: { name: 'Awa Diop', phone: '+39 0321 000000' },
};
const CREATE = `mutation($input: CreateServiceInput!) { createService(input: $input) { id version municipality { name } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $address: String!) { updateService(id: $id, expectedVersion: $v, input: { address: $address }) { id version } }`;

describe('writes through the gateway', () => {
  it('refuses an anonymous mutation at the gateway, before any subgraph runs it', async () => {
    const before = await graph.statementCounts();
    const result = await graph.execute(CREATE, { input: serviceInput });
    expect(result.data).toEqual({ createService: null });
    expect(result.errors).toEqual([
      { message: 'Mutation.createService requires an authenticated caller', path: ['createService'], extensions: { code: 'UNAUTHENTICATED' } },
    ]);
    expect((await graph.statementCounts())['services']).toBe(before['services']);
  });

  it('refuses a token without the scope with FORBIDDEN, and another partner\'s token at the owning subgraph', async () => {
    const noScope = await graph.execute(CREATE, { input: serviceInput }, await bearer('services', ['audit:read']));
    expect(noScope.errors?.[0]).toMatchObject({ path: ['createService'], extensions: { code: 'FORBIDDEN' } });
    const funding = await graph.execute(CREATE, { input: serviceInput }, await bearer('funding', ['services:write']));
    expect(funding.data).toEqual({ createService: null });
    expect(funding.errors?.[0]).toMatchObject({ message: expect.stringMatching(/Only the services partner/), extensions: { code: 'FORBIDDEN' } });
  });

  it('lets the services partner create a service, joined with its municipality from territories', async () => {
    const result = await graph.execute(CREATE, { input: serviceInput }, await bearer('services', ['services:write']));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ createService: { id: expect.stringMatching(/^SRV-\d{5}$/), version: 1, municipality: { name: 'Novara' } } });
  });

  it('gives one of two concurrent updates CONFLICT; the audit log keeps the winner only', async () => {
    const writer = await bearer('services', ['services:write', 'audit:read']);
    const created = await graph.execute<{ createService: { id: string } }, unknown>(CREATE, { input: serviceInput }, writer);
    const id = created.data!.createService.id;
    const results = await Promise.all(['Via Uno 1', 'Via Due 2', 'Via Tre 3'].map((address) => graph.execute(UPDATE, { id, v: 1, address }, writer)));
    const codes = results.map((r) => r.errors?.[0]?.extensions?.['code'] ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    const log = await graph.execute<{ servicesAuditLog: { edges: { node: { action: string; actor: string; requestId: string | null } }[] } }, unknown>(
      `query($id: ID) { servicesAuditLog(entityId: $id) { edges { node { action actor requestId } } } }`,
      { id },
      writer,
    );
    expect(log.data?.servicesAuditLog.edges.map((e) => [e.node.action, e.node.actor])).toEqual([
      ['updateService', 'dev:services'],
      ['createService', 'dev:services'],
    ]);
    expect(log.data?.servicesAuditLog.edges[0]?.node.requestId).toEqual(expect.any(String));
    const anonymousLog = await graph.execute(`{ servicesAuditLog { totalCount } }`);
    expect(anonymousLog).toMatchObject({ data: { servicesAuditLog: null }, errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('hides a contact person from anonymous callers and shows it to authenticated ones, in one operation with public fields', async () => {
    const writer = await bearer('services', ['services:write']);
    const id = (await graph.execute<{ createService: { id: string } }, unknown>(CREATE, { input: serviceInput }, writer)).data!.createService.id;
    const query = `query($id: ID!) { service(id: $id) { address contactPerson { name } } }`;
    const anonymous = await graph.execute(query, { id });
    expect(anonymous.data).toEqual({ service: { address: 'Piazza Martiri 1, Novara', contactPerson: null } });
    expect(anonymous.errors?.[0]).toMatchObject({ path: ['service', 'contactPerson'], extensions: { code: 'UNAUTHENTICATED' } });
    const known = await graph.execute(query, { id }, await bearer('associations', []));
    expect(known).toEqual({ data: { service: { address: 'Piazza Martiri 1, Novara', contactPerson: { name: 'Awa Diop' } } } });
  });

  it('has subgraphs refuse requests that do not come through the gateway', async () => {
    const services = graph.subgraphs.find((s) => s.name === 'services')!;
    const response = await fetch(services.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await bearer('services', ['services:write'])) },
      body: JSON.stringify({ query: CREATE, variables: { input: serviceInput } }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The services subgraph answers only requests that come through the gateway', extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });
});
