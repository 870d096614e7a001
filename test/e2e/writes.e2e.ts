/**
 * Writes through the whole graph, as a partner does them: a token minted for a partner, verified by
 * the gateway, asserted to the owning subgraph, checked there again; what a refused caller sees;
 * concurrent edits of one record; the audit log; and a subgraph refusing to be called around the gateway.
 */
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../tokens.js';
import {
  AllocateToPilotActionDocument,
  ChangePilotActionStatusDocument,
  CreateServiceDocument,
  RecordSpendingDocument,
  ServicesAuditLogDocument,
  UpdateServiceDocument,
  type CreateServiceInput,
} from '../../clients/__generated__/operations.js';
import { startE2EGraph, type E2EGraph } from './harness.js';

let graph: E2EGraph;
beforeAll(async () => {
  graph = await startE2EGraph();
});
afterAll(() => graph?.dispose());

const serviceInput: CreateServiceInput = {
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
// The typed client's registered operations: what a partner's application sends.
const CREATE = CreateServiceDocument;
const UPDATE = UpdateServiceDocument;

describe('writes through the gateway', () => {
  it('refuses an anonymous mutation at the gateway, before any subgraph runs it', async () => {
    const before = await graph.statementCounts();
    const result = await graph.execute(CREATE, { input: serviceInput });
    expect(result.data).toEqual({ createService: null });
    expect(result.errors).toEqual([
      {
        message: 'Mutation.createService requires an authenticated caller',
        path: ['createService'],
        extensions: { code: 'UNAUTHENTICATED' },
      },
    ]);
    expect((await graph.statementCounts())['services']).toBe(before['services']);
  });

  it("refuses a token without the scope with FORBIDDEN, and another partner's token at the owning subgraph", async () => {
    const noScope = await graph.execute(
      CREATE,
      { input: serviceInput },
      await bearer('services', ['audit:read']),
    );
    expect(noScope.errors?.[0]).toMatchObject({ path: ['createService'], extensions: { code: 'FORBIDDEN' } });
    const funding = await graph.execute(
      CREATE,
      { input: serviceInput },
      await bearer('funding', ['services:write']),
    );
    expect(funding.data).toEqual({ createService: null });
    expect(funding.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/Only the services partner/),
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('lets the services partner create a service, joined with its municipality from territories', async () => {
    const result = await graph.execute(
      CREATE,
      { input: serviceInput },
      await bearer('services', ['services:write']),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      createService: {
        id: expect.stringMatching(/^SRV-\d{5,}$/),
        version: 1,
        status: 'OPEN',
        name: { text: 'Sportello Mediazione Interculturale – Novara' },
        municipality: { istatCode: '003106', name: 'Novara' },
      },
    });
  });

  it('gives one of two concurrent updates CONFLICT; the audit log keeps the winner only', async () => {
    const writer = await bearer('services', ['services:write', 'audit:read']);
    const created = await graph.execute(CREATE, { input: serviceInput }, writer);
    const id = created.data!.createService!.id;
    const addresses = ['Via Uno 1', 'Via Due 2', 'Via Tre 3'];
    const results = await Promise.all(
      addresses.map((address) =>
        graph.execute(UPDATE, { id, expectedVersion: 1, input: { address } }, writer),
      ),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.['code'] ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    const winner = addresses[results.findIndex((r) => !r.errors)];
    // The writes invalidated the gateway's response cache: the next read, through the gateway, sees the winner.
    const read = await graph.execute(`query($id: ID!) { service(id: $id) { address version } }`, { id });
    expect(read.data).toEqual({ service: { address: winner, version: 2 } });
    const log = await graph.execute(ServicesAuditLogDocument, { entityId: id }, writer);
    const entries = log.data?.servicesAuditLog?.edges.map((e) => e.node) ?? [];
    expect(entries.map((e) => [e.action, e.actor, e.partner])).toEqual([
      ['updateService', 'dev:services', 'services'],
      ['createService', 'dev:services', 'services'],
    ]);
    expect(entries[0]?.changes).toEqual([
      { field: 'address', before: JSON.stringify(serviceInput.address), after: JSON.stringify(winner) },
    ]);
    expect(entries[0]?.requestId).toEqual(expect.any(String));
    const anonymousLog = await graph.execute(`{ servicesAuditLog { totalCount } }`);
    expect(anonymousLog).toMatchObject({
      data: { servicesAuditLog: null },
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });

  it('hides a contact person from anonymous callers and shows it to authenticated ones, in one operation with public fields', async () => {
    const writer = await bearer('services', ['services:write']);
    const id = (await graph.execute(CREATE, { input: serviceInput }, writer)).data!.createService!.id;
    const query = `query($id: ID!) { service(id: $id) { address contactPerson { name } } }`;
    const anonymous = await graph.execute(query, { id });
    expect(anonymous.data).toEqual({ service: { address: 'Piazza Martiri 1, Novara', contactPerson: null } });
    expect(anonymous.errors?.[0]).toMatchObject({
      path: ['service', 'contactPerson'],
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const known = await graph.execute(query, { id }, await bearer('associations', []));
    expect(known).toEqual({
      data: { service: { address: 'Piazza Martiri 1, Novara', contactPerson: { name: 'Awa Diop' } } },
    });
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
      errors: [
        {
          message: 'The services subgraph answers only requests that come through the gateway',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
  });
});

describe('writes across partners', () => {
  const ACTIONS = `query($region: ID!) { region(code: $region) { pilotActions(filter: { statuses: [ACTIVE] }, first: 1) {
    edges { node { id version status funding { committed spent } } } } } }`;
  type Action = {
    id: string;
    version: number;
    status: string;
    funding: { committed: string; spent: string };
  };
  const firstActive = async (region: string): Promise<Action> => {
    const result = await graph.execute<{ region: { pilotActions: { edges: { node: Action }[] } } }, unknown>(
      ACTIONS,
      { region },
    );
    const action = result.data?.region.pilotActions.edges[0]?.node;
    if (!action) throw new Error(`no active pilot action in region ${region}`);
    return action;
  };

  it('lets a region change the status of its own pilot actions only', async () => {
    const lombardy = await bearer('pilot-actions', ['pilot-actions:write'], '03');
    const own = await firstActive('03');
    const other = await firstActive('01');
    const refused = await graph.execute(
      ChangePilotActionStatusDocument,
      { id: other.id, expectedVersion: other.version, status: 'SUSPENDED' },
      lombardy,
    );
    expect(refused).toMatchObject({
      data: { changePilotActionStatus: null },
      errors: [{ extensions: { code: 'FORBIDDEN' } }],
    });
    expect((await firstActive('01')).id).toBe(other.id);
    const done = await graph.execute(
      ChangePilotActionStatusDocument,
      { id: own.id, expectedVersion: own.version, status: 'SUSPENDED' },
      lombardy,
    );
    expect(done.errors).toBeUndefined();
    expect(done.data?.changePilotActionStatus).toMatchObject({
      id: own.id,
      version: own.version + 1,
      status: 'SUSPENDED',
      allowedTransitions: ['ACTIVE', 'COMPLETED'],
    });
    const back = await graph.execute(
      ChangePilotActionStatusDocument,
      { id: own.id, expectedVersion: own.version + 1, status: 'PLANNED' },
      lombardy,
    );
    expect(back.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'status' } });
  });

  it('shows money committed and spent by the funding partner on the pilot action the other partner owns', async () => {
    const funding = await bearer('funding', ['funding:write']);
    const action = await firstActive('05');
    const allocated = await graph.execute(
      AllocateToPilotActionDocument,
      {
        input: {
          fundingSourceId: 'FS-FAMI-2021-2027',
          pilotActionId: action.id,
          committed: '12500.00',
          startsOn: '2026-11-01',
        },
      },
      funding,
    );
    expect(allocated.errors).toBeUndefined();
    const allocation = allocated.data!.allocateToPilotAction!;
    expect(allocation).toMatchObject({
      committed: '12500.00',
      spent: '0.00',
      pilotAction: { id: action.id },
    });
    const over = await graph.execute(
      RecordSpendingDocument,
      { allocationId: allocation.id, expectedVersion: allocation.version, amount: '12500.01' },
      funding,
    );
    expect(over.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/above what was committed/),
    });
    const spent = await graph.execute(
      RecordSpendingDocument,
      { allocationId: allocation.id, expectedVersion: allocation.version, amount: '2000.50' },
      funding,
    );
    expect(spent.data?.recordSpending).toMatchObject({ spent: '2000.50', version: allocation.version + 1 });
    const cents = (money: string) => Math.round(Number(money) * 100);
    const after = (
      await graph.execute<{ pilotAction: Action }, unknown>(
        `query($id: ID!) { pilotAction(id: $id) { id version status funding { committed spent } } }`,
        { id: action.id },
      )
    ).data!.pilotAction;
    expect(cents(after.funding.committed) - cents(action.funding.committed)).toBe(1_250_000);
    expect(cents(after.funding.spent) - cents(action.funding.spent)).toBe(200_050);
  });
});

describe('request ids', () => {
  it('audits a write under the id the gateway made, not the x-request-id the client chose, and makes a new one per request', async () => {
    const writer = await bearer('services', ['services:write', 'audit:read']);
    const chosen = 'audit-me-as-someone-else';
    const send = async () => {
      const response = await fetch(graph.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': chosen, ...writer },
        body: JSON.stringify({ query: print(CREATE), variables: { input: serviceInput } }),
      });
      const body = (await response.json()) as { data?: { createService?: { id: string } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      return { id: body.data!.createService!.id, requestId: response.headers.get('x-request-id') };
    };
    const first = await send();
    const second = await send();
    for (const write of [first, second]) {
      expect(write.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      const log = await graph.execute(ServicesAuditLogDocument, { entityId: write.id }, writer);
      expect(log.data?.servicesAuditLog?.edges.map((e) => [e.node.action, e.node.requestId])).toEqual([
        ['createService', write.requestId],
      ]);
    }
    expect(second.requestId).not.toBe(first.requestId);
  });
});
