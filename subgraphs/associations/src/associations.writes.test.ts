import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/dialects.js';
import { caller } from '../../../test/assertions.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { associations } from './subgraph.js';

const writer = caller('associations', ['associations:write', 'audit:read']);
const piedmontWriter = caller('associations', ['associations:write'], '01');
/** Rivoli (Turin, Piedmont); no register entry, so that it can be registered more than once. */
const input = {
  name: 'Associazione dei Senegalesi di Rivoli',
  kind: 'MIGRANT_ASSOCIATION',
  communities: ['SN', 'GM', 'SN'],
  seatMunicipalityCode: '001219',
  activities: { it: 'Mediazione interculturale e corsi di italiano.', fr: 'Médiation interculturelle.' },
  foundedYear: 2015,
  contacts: {
    phone: '+39 011 123 4567',
    email: 'info@senegalesirivoli.it',
    website: 'https://www.senegalesirivoli.it',
  },
  contactPerson: { name: 'Awa Diop', email: 'awa.diop@example.org' },
};
const entry = { number: 'A/2001/2021/TO', section: 'Sezione I', registeredOn: '2021-05-10' };
const FIELDS =
  'id version name kind communities culturalFields seat { istatCode } registerEntry { number section registeredOn } foundedYear';
const REGISTER = `mutation($input: RegisterAssociationInput!) { registerAssociation(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateAssociationInput!) { updateAssociation(id: $id, expectedVersion: $v, input: $input) { ${FIELDS} } }`;
const AUDIT = `query($id: ID) { associationsAuditLog(entityId: $id, first: 100) { totalCount edges { node { actor partner action entityType entityId changes { field before after } } } } }`;
const READ = `query($id: ID!) { association(id: $id) { ${FIELDS} } }`;

type Problem = { field: string; reason: string };
const fieldsOf = (error: { extensions?: Record<string, unknown> } | undefined) =>
  (error?.extensions?.fields as Problem[]).map((p) => p.field).sort();

describeEachDialect('associations writes', (dialect) => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await startSubgraph(associations, dialect.config('associations-writes'));
  });
  afterAll(() => subgraph?.dispose());

  const auditOf = async (id: string | null) =>
    (await subgraph.queryAs(writer, AUDIT, { id })).data?.associationsAuditLog;
  const read = async (id: string) => (await subgraph.query(READ, { id })).data?.association;
  const total = async () =>
    (await subgraph.query(`{ associations { totalCount } }`)).data?.associations.totalCount;

  it('registers and updates an association, each write audited with what changed', async () => {
    const registered = await subgraph.queryAs(writer, REGISTER, {
      input: { ...input, registerEntry: entry },
    });
    expect(registered.errors).toBeUndefined();
    expect(registered.data?.registerAssociation).toEqual({
      id: 'ASS-1201',
      version: 1,
      name: input.name,
      kind: 'MIGRANT_ASSOCIATION',
      communities: ['SN', 'GM'],
      culturalFields: [],
      seat: { istatCode: '001219' },
      registerEntry: entry,
      foundedYear: 2015,
    });
    const gambians = `{ associations(filter: { community: "GM", municipalityCode: "001219" }) { edges { node { id } } } }`;
    expect((await subgraph.query(gambians)).data?.associations.edges).toEqual([{ node: { id: 'ASS-1201' } }]);

    const change = {
      kind: 'CULTURAL_ORGANISATION',
      culturalFields: ['MUSIC', 'THEATRE'],
      communities: ['SN'],
      foundedYear: 2012,
    };
    const updated = await subgraph.queryAs(writer, UPDATE, { id: 'ASS-1201', v: 1, input: change });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateAssociation).toMatchObject({
      version: 2,
      kind: 'CULTURAL_ORGANISATION',
      culturalFields: ['THEATRE', 'MUSIC'],
      communities: ['SN'],
    });
    expect(await read('ASS-1201')).toEqual(updated.data?.updateAssociation);
    expect((await subgraph.query(gambians)).data?.associations.edges).toEqual([]);

    // A change of the lists alone sets no column of the row, and still moves the version.
    const lists = await subgraph.queryAs(writer, UPDATE, {
      id: 'ASS-1201',
      v: 2,
      input: { communities: ['SN', 'ML'] },
    });
    expect(lists.data?.updateAssociation).toMatchObject({ version: 3, communities: ['SN', 'ML'] });

    const audit = await auditOf('ASS-1201');
    expect(audit.totalCount).toBe(3);
    expect(audit.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual([
      'updateAssociation',
      'updateAssociation',
      'registerAssociation',
    ]);
    const [listsUpdate, update, registration] = audit.edges.map((e: { node: unknown }) => e.node);
    expect(listsUpdate.changes).toEqual([{ field: 'communities', before: '["SN"]', after: '["SN","ML"]' }]);
    expect(update).toMatchObject({
      actor: 'test:associations',
      partner: 'associations',
      entityType: 'Association',
      entityId: 'ASS-1201',
    });
    expect(update.changes).toEqual([
      { field: 'kind', before: '"MIGRANT_ASSOCIATION"', after: '"CULTURAL_ORGANISATION"' },
      { field: 'founded_year', before: '2015', after: '2012' },
      { field: 'communities', before: '["SN","GM"]', after: '["SN"]' },
      { field: 'cultural_fields', before: '[]', after: '["MUSIC","THEATRE"]' },
    ]);
    expect(registration.changes).toEqual(
      expect.arrayContaining([
        { field: 'name', before: null, after: JSON.stringify(input.name) },
        { field: 'seat_region_code', before: null, after: '"01"' },
        { field: 'register_number', before: null, after: '"A/2001/2021/TO"' },
        { field: 'communities', before: null, after: '["SN","GM"]' },
      ]),
    );
  });

  it('refuses bad input field by field, and writes nothing', async () => {
    const before = { count: await total(), audited: (await auditOf(null)).totalCount };
    const bad = await subgraph.queryAs(writer, REGISTER, {
      input: {
        ...input,
        name: ' ',
        seatMunicipalityCode: '999999',
        communities: ['SN', 'XX', 'sn'],
        foundedYear: 2999,
        culturalFields: ['MUSIC'],
        activities: { it: '' },
        contacts: { email: 'not-an-email', website: 'ftp://example.org' },
        registerEntry: { number: 'B/1/2020/ZZ', section: 'Sezione III', registeredOn: '2020-02-30' },
      },
    });
    expect(bad.data?.registerAssociation).toBeNull();
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad.errors?.[0])).toEqual([
      'input.activities.it',
      'input.communities',
      'input.contacts.email',
      'input.contacts.website',
      'input.culturalFields',
      'input.foundedYear',
      'input.name',
      'input.registerEntry.number',
      'input.registerEntry.registeredOn',
      'input.registerEntry.section',
      'input.seatMunicipalityCode',
    ]);
    expect(bad.errors?.[0]?.message).toMatch(/"XX", "sn": not ISO 3166-1 alpha-2/);

    // Parts that are each well formed but do not agree, and a register number already taken.
    const inconsistent = await subgraph.queryAs(writer, REGISTER, {
      input: { ...input, kind: 'CULTURAL_ORGANISATION', foundedYear: 2022, registerEntry: entry },
    });
    expect(fieldsOf(inconsistent.errors?.[0])).toEqual([
      'input.culturalFields',
      'input.registerEntry.registeredOn',
    ]);
    const mismatch = await subgraph.queryAs(writer, REGISTER, {
      input: { ...input, registerEntry: { ...entry, number: 'C/7/2020/TO' } },
    });
    expect(fieldsOf(mismatch.errors?.[0])).toEqual(['input.registerEntry.number']);
    expect(mismatch.errors?.[0]?.message).toMatch(/Sezione I start with "A\/".*names the year 2020/);
    const taken = (await read('ASS-0001')).registerEntry;
    const duplicate = await subgraph.queryAs(writer, REGISTER, {
      input: { ...input, foundedYear: null, registerEntry: taken },
    });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.registerEntry.number',
    });
    expect(duplicate.errors?.[0]?.message).toMatch(/already the register number of ASS-0001/);

    // Rules against the stored record: ASS-0004 is a theatre; it stays a cultural organisation.
    const theatre = await read('ASS-0004');
    const kindOnly = await subgraph.queryAs(writer, UPDATE, {
      id: 'ASS-0004',
      v: theatre.version,
      input: { kind: 'MIGRANT_ASSOCIATION' },
    });
    expect(fieldsOf(kindOnly.errors?.[0])).toEqual(['input.culturalFields']);
    const cleared = await subgraph.queryAs(writer, UPDATE, {
      id: 'ASS-0004',
      v: theatre.version,
      input: { name: null, communities: null, registerEntry: null },
    });
    expect(fieldsOf(cleared.errors?.[0])).toEqual(['input.communities', 'input.name']);
    const nothing = await subgraph.queryAs(writer, UPDATE, { id: 'ASS-0004', v: theatre.version, input: {} });
    expect(fieldsOf(nothing.errors?.[0])).toEqual(['input']);

    expect(await read('ASS-0004')).toEqual(theatre);
    expect({ count: await total(), audited: (await auditOf(null)).totalCount }).toEqual(before);
  });

  it('refuses writes from anyone but the associations partner with its scope, and a regional token outside its region', async () => {
    const anonymous = await subgraph.query(REGISTER, { input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const services = await subgraph.queryAs(caller('services', ['associations:write']), REGISTER, { input });
    expect(services.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/Only the associations partner/),
    });
    const noScope = await subgraph.queryAs(caller('associations', ['audit:read']), REGISTER, { input });
    expect(noScope.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/associations:write/),
    });

    // Piedmont's token registers in Rivoli (Piedmont), but not in Milan (Lombardy).
    const own = await subgraph.queryAs(piedmontWriter, REGISTER, { input });
    expect(own.errors).toBeUndefined();
    const milan = await subgraph.queryAs(piedmontWriter, REGISTER, {
      input: { ...input, seatMunicipalityCode: '015146' },
    });
    expect(milan.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/region 03/),
    });
    // Nor does it change a Lombard association, or move its own out of Piedmont.
    const lombard = (
      await subgraph.query(
        `{ associations(filter: { regionCode: "03" }, first: 1) { edges { node { ${FIELDS} } } } }`,
      )
    ).data?.associations.edges[0].node;
    const edit = await subgraph.queryAs(piedmontWriter, UPDATE, {
      id: lombard.id,
      v: lombard.version,
      input: { name: 'Altro nome' },
    });
    expect(edit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { id, version } = own.data?.registerAssociation;
    const move = await subgraph.queryAs(piedmontWriter, UPDATE, {
      id,
      v: version,
      input: { seatMunicipalityCode: '015146' },
    });
    expect(move.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/region 03/),
    });

    expect(await read(lombard.id)).toEqual(lombard);
    expect((await read(id)).seat).toEqual({ istatCode: '001219' });
    expect((await auditOf(lombard.id)).totalCount).toBe(0);
    expect((await auditOf(id)).totalCount).toBe(1);
  });

  it('lets one of two concurrent updates of a record win; the other gets CONFLICT and nothing is lost', async () => {
    const { id, version } = (await subgraph.queryAs(writer, REGISTER, { input })).data?.registerAssociation;
    const [a, b] = await Promise.all([
      subgraph.queryAs(writer, UPDATE, { id, v: version, input: { name: 'Senegalesi di Rivoli A' } }),
      subgraph.queryAs(writer, UPDATE, { id, v: version, input: { name: 'Senegalesi di Rivoli B' } }),
    ]);
    expect([a, b].map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const loser = [a, b].find((r) => r.errors)!;
    expect(loser.errors?.[0]?.extensions?.currentVersion).toBe(version + 1);
    const winner = [a, b].find((r) => !r.errors)!.data?.updateAssociation;
    expect(['Senegalesi di Rivoli A', 'Senegalesi di Rivoli B']).toContain(winner.name);
    expect(await read(id)).toMatchObject({ version: version + 1, name: winner.name });
    const audit = await auditOf(id);
    expect(audit.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual([
      'updateAssociation',
      'registerAssociation',
    ]);
    expect(audit.edges[0].node.changes).toEqual([
      { field: 'name', before: JSON.stringify(input.name), after: JSON.stringify(winner.name) },
    ]);
  });

  it('shows the contact person to authenticated callers only, and the audit log to its owner only', async () => {
    const { id } = (await subgraph.queryAs(writer, REGISTER, { input })).data?.registerAssociation;
    const query = `query($id: ID!) { association(id: $id) { id contactPerson { name email } } }`;
    const anonymous = await subgraph.query(query, { id });
    expect(anonymous.data?.association).toEqual({ id, contactPerson: null });
    expect(anonymous.errors?.[0]).toMatchObject({
      path: ['association', 'contactPerson'],
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const known = await subgraph.queryAs(caller('funding'), query, { id });
    expect(known.errors).toBeUndefined();
    expect(known.data?.association.contactPerson).toEqual({
      name: 'Awa Diop',
      email: 'awa.diop@example.org',
    });

    expect((await subgraph.query(AUDIT, { id })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const otherPartner = await subgraph.queryAs(caller('services', ['audit:read']), AUDIT, { id });
    expect(otherPartner.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/Only the associations partner/),
    });
    const noScope = await subgraph.queryAs(caller('associations', ['associations:write']), AUDIT, { id });
    expect(noScope.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringMatching(/audit:read/),
    });
  });

  describe('a stale or unknown record', () => {
    it('is a CONFLICT when the version moved on, and BAD_USER_INPUT naming the id when it does not exist', async () => {
      const stale = await subgraph.queryAs(writer, UPDATE, {
        id: 'ASS-0002',
        v: 99,
        input: { name: 'Nuovo nome' },
      });
      expect(stale.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', currentVersion: 1 } });
      const missing = await subgraph.queryAs(writer, UPDATE, {
        id: 'ASS-9999',
        v: 1,
        input: { name: 'Nuovo nome' },
      });
      expect(missing.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'id' } });
    });
  });
});
