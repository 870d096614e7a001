import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/dialects.js';
import { caller } from '../../../test/assertions.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { services } from './subgraph.js';

const writer = caller('services', ['services:write', 'audit:read']);
const piedmontWriter = caller('services', ['services:write'], '01');
const input = {
  name: { it: 'Sportello Lingua Italiana – Rivoli', en: 'Italian Language Desk – Rivoli' },
  description: { it: 'Corsi di italiano L2 per adulti.' },
  openingHours: { it: 'lun-ven 9-13' },
  areas: ['LANGUAGE', 'INTERCULTURAL_MEDIATION'],
  providerKind: 'CPIA_SCHOOL',
  municipalityCode: '001219',
  address: 'Via Roma 1, Rivoli',
  languages: ['it', 'ar', 'pa'],
  targetGroups: ['ALL_FOREIGN_NATIONALS'],
  freeOfCharge: true,
  contactPerson: { name: 'Maria Rossi', email: 'maria.rossi@example.org' },
};
const FIELDS = 'id version status name { text } address areas languages municipality { istatCode } closedAt';
const CREATE = `mutation($input: CreateServiceInput!) { createService(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateServiceInput!) { updateService(id: $id, expectedVersion: $v, input: $input) { ${FIELDS} } }`;
const CLOSE = `mutation($id: ID!, $v: Int!) { closeService(id: $id, expectedVersion: $v) { ${FIELDS} } }`;
const AUDIT = `query($id: ID) { servicesAuditLog(entityId: $id, first: 100) { totalCount edges { node { actor partner action entityType entityId changes { field before after } } } } }`;

describeEachDialect('services writes', (dialect) => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await startSubgraph(services, dialect.config('services-writes'));
  });
  afterAll(() => subgraph?.dispose());

  const auditOf = async (id: string) =>
    (await subgraph.queryAs(writer, AUDIT, { id })).data?.servicesAuditLog;

  it('creates, updates and closes a service, each write audited with what changed', async () => {
    const created = await subgraph.queryAs(writer, CREATE, { input });
    expect(created.errors).toBeUndefined();
    const service = created.data?.createService;
    expect(service).toMatchObject({
      id: 'SRV-05201',
      version: 1,
      status: 'OPEN',
      languages: ['ar', 'it', 'pa'],
      municipality: { istatCode: '001219' },
    });

    const found = await subgraph.query(
      `{ services(filter: { municipalityCode: "001219", languages: ["pa"], areas: [LANGUAGE] }) { edges { node { id } } } }`,
    );
    expect(found.data?.services.edges.map((e: { node: { id: string } }) => e.node.id)).toContain('SRV-05201');

    const updated = await subgraph.queryAs(writer, UPDATE, {
      id: 'SRV-05201',
      v: 1,
      input: { languages: ['it', 'ur'], address: 'Via Roma 3, Rivoli' },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateService).toMatchObject({ version: 2, languages: ['it', 'ur'] });

    const closed = await subgraph.queryAs(writer, CLOSE, { id: 'SRV-05201', v: 2 });
    expect(closed.data?.closeService).toMatchObject({
      version: 3,
      status: 'CLOSED',
      closedAt: expect.any(String),
    });
    const listed =
      await subgraph.query(`{ open: services(filter: { municipalityCode: "001219", languages: ["ur"] }) { totalCount }
      all: services(filter: { municipalityCode: "001219", languages: ["ur"], includeClosed: true }) { totalCount } }`);
    expect(listed.data).toEqual({ open: { totalCount: 0 }, all: { totalCount: 1 } });

    const audit = await auditOf('SRV-05201');
    expect(audit.totalCount).toBe(3);
    expect(audit.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual([
      'closeService',
      'updateService',
      'createService',
    ]);
    const update = audit.edges[1].node;
    expect(update).toMatchObject({
      actor: 'test:services',
      partner: 'services',
      entityType: 'Service',
      entityId: 'SRV-05201',
    });
    expect(update.changes).toEqual([
      { field: 'languages', before: '["ar","it","pa"]', after: '["it","ur"]' },
      { field: 'address', before: '"Via Roma 1, Rivoli"', after: '"Via Roma 3, Rivoli"' },
    ]);
  });

  it('refuses bad input field by field, and writes nothing', async () => {
    const result = await subgraph.queryAs(writer, CREATE, {
      input: {
        ...input,
        municipalityCode: '999999',
        name: { it: '  ' },
        areas: [],
        languages: ['arabic'],
        contactPerson: { name: 'X', email: 'not-an-email' },
      },
    });
    expect(result.data?.createService).toBeNull();
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((error?.extensions?.fields as { field: string }[]).map((f) => f.field).sort()).toEqual(
      [
        'input.areas',
        'input.contactPerson.email',
        'input.languages',
        'input.municipalityCode',
        'input.name.it',
      ].sort(),
    );
    expect(error?.message).toMatch(/no municipality has the ISTAT code "999999"/);
    const count = await subgraph.query(`{ services(filter: { municipalityCode: "999999" }) { totalCount } }`);
    expect(count.data?.services.totalCount).toBe(0);
  });

  it('refuses writes from anyone but the services partner with its scope, and a regional token outside its region', async () => {
    const anonymous = await subgraph.query(CREATE, { input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const funding = await subgraph.queryAs(caller('funding', ['services:write']), CREATE, { input });
    expect(funding.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/Only the services partner/),
    });
    const noScope = await subgraph.queryAs(caller('services', ['audit:read']), CREATE, { input });
    expect(noScope.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Piedmont's token creates in Rivoli (Piedmont) but not in Milan (Lombardy).
    expect((await subgraph.queryAs(piedmontWriter, CREATE, { input })).errors).toBeUndefined();
    const milan = await subgraph.queryAs(piedmontWriter, CREATE, {
      input: { ...input, municipalityCode: '015146' },
    });
    expect(milan.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/region 03/),
    });
    const lombardService = await subgraph.query(
      `{ services(filter: { regionCode: "03" }, first: 1) { edges { node { id version } } } }`,
    );
    const { id, version } = lombardService.data?.services.edges[0].node;
    const edit = await subgraph.queryAs(piedmontWriter, UPDATE, {
      id,
      v: version,
      input: { address: 'Via Nuova 1' },
    });
    expect(edit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await subgraph.query(`query($id: ID!) { service(id: $id) { version } }`, { id })).data?.service
        .version,
    ).toBe(version);
    const audit = await auditOf(id);
    expect(audit.totalCount).toBe(0);
  });

  it('lets one of two concurrent updates of a record win; the other gets CONFLICT and nothing is lost', async () => {
    const { id, version } = (await subgraph.queryAs(writer, CREATE, { input })).data?.createService;
    const [a, b] = await Promise.all([
      subgraph.queryAs(writer, UPDATE, { id, v: version, input: { address: 'Via A 1' } }),
      subgraph.queryAs(writer, UPDATE, { id, v: version, input: { address: 'Via B 2' } }),
    ]);
    const outcomes = [a, b].map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const loser = [a, b].find((r) => r.errors)!;
    expect(loser.errors?.[0]?.extensions?.currentVersion).toBe(version + 1);
    const winner = [a, b].find((r) => !r.errors)!.data?.updateService;
    const stored = await subgraph.query(`query($id: ID!) { service(id: $id) { version address } }`, { id });
    expect(stored.data?.service).toEqual({ version: version + 1, address: winner.address });
    expect(['Via A 1', 'Via B 2']).toContain(winner.address);
    const audit = await auditOf(id);
    expect(audit.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual([
      'updateService',
      'createService',
    ]);
    expect(audit.edges[0].node.changes[0].after).toBe(JSON.stringify(stored.data?.service.address));
  });

  it('shows the contact person to authenticated callers only, and the audit log to its owner only', async () => {
    const { id } = (await subgraph.queryAs(writer, CREATE, { input })).data?.createService;
    const query = `query($id: ID!) { service(id: $id) { id contactPerson { name email } } }`;
    const anonymous = await subgraph.query(query, { id });
    expect(anonymous.data?.service).toEqual({ id, contactPerson: null });
    expect(anonymous.errors?.[0]).toMatchObject({
      path: ['service', 'contactPerson'],
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const known = await subgraph.queryAs(caller('funding'), query, { id });
    expect(known.data?.service.contactPerson).toEqual({
      name: 'Maria Rossi',
      email: 'maria.rossi@example.org',
    });

    const otherPartner = await subgraph.queryAs(caller('funding', ['audit:read']), AUDIT, { id });
    expect(otherPartner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noScope = await subgraph.queryAs(caller('services', ['services:write']), AUDIT, { id });
    expect(noScope.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/audit:read/),
    });
  });

  describe('a stale or unknown record', () => {
    it('is a CONFLICT when the version moved on, and BAD_USER_INPUT naming the id when it does not exist', async () => {
      const stale = await subgraph.queryAs(writer, UPDATE, {
        id: 'SRV-00001',
        v: 99,
        input: { address: 'Via X' },
      });
      expect(stale.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', currentVersion: 1 } });
      const missing = await subgraph.queryAs(writer, CLOSE, { id: 'SRV-99999', v: 1 });
      expect(missing.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'id' } });
    });
  });
});
