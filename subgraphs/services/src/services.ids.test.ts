/**
 * New service ids past the padded width, on SQLite and PostgreSQL: when the greatest id is
 * `SRV-99999` the next create gets `SRV-100000`, then `SRV-100001`, and each is stored, found,
 * updated and audited like any other.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/dialects.js';
import { caller } from '../../../test/assertions.js';
import { startSubgraph, type RunningSubgraph } from '../../../test/subgraphHarness.js';
import { services } from './subgraph.js';

const writer = caller('services', ['services:write', 'audit:read']);
const input = {
  name: { it: 'Sportello Lavoro – Rivoli' },
  description: { it: 'Orientamento al lavoro.' },
  openingHours: { it: 'lun-ven 9-13' },
  areas: ['WORK'],
  providerKind: 'PUBLIC_OFFICE',
  municipalityCode: '001219',
  address: 'Via Roma 1, Rivoli',
  languages: ['it', 'ar'],
  targetGroups: ['ALL_FOREIGN_NATIONALS'],
  freeOfCharge: true,
};
const CREATE = `mutation($input: CreateServiceInput!) { createService(input: $input) { id version languages } }`;

describeEachDialect('services ids past SRV-99999', (dialect) => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await startSubgraph(
      {
        ...services,
        // The seed, then one service whose id is the last of five digits.
        async seed(db, log) {
          await services.seed(db, log);
          const last = await db
            .selectFrom('services')
            .selectAll()
            .where('id', '=', 'SRV-05200')
            .executeTakeFirstOrThrow();
          await db
            .insertInto('services')
            .values({ ...last, id: 'SRV-99999' })
            .execute();
        },
      },
      dialect.config('services-ids'),
    );
  });
  afterAll(() => subgraph?.dispose());

  it('gives the next service SRV-100000, then SRV-100001, with their link rows', async () => {
    const first = await subgraph.queryAs(writer, CREATE, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data?.createService).toEqual({ id: 'SRV-100000', version: 1, languages: ['ar', 'it'] });
    const second = await subgraph.queryAs(writer, CREATE, { input });
    expect(second.errors).toBeUndefined();
    expect(second.data?.createService.id).toBe('SRV-100001');
  });

  it('finds, filters, updates and audits a service with a six-digit number', async () => {
    const found = await subgraph.query(
      `{ service(id: "SRV-100000") { id languages } services(filter: { municipalityCode: "001219", areas: [WORK], languages: ["ar"] }) { edges { node { id } } } }`,
    );
    expect(found.errors).toBeUndefined();
    expect(found.data?.service).toEqual({ id: 'SRV-100000', languages: ['ar', 'it'] });
    expect(found.data?.services.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(
      expect.arrayContaining(['SRV-100000', 'SRV-100001']),
    );
    const updated = await subgraph.queryAs(
      writer,
      `mutation { updateService(id: "SRV-100000", expectedVersion: 1, input: { address: "Via Roma 2" }) { id version } }`,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateService).toEqual({ id: 'SRV-100000', version: 2 });
    const audit = await subgraph.queryAs(
      writer,
      `{ servicesAuditLog(entityId: "SRV-100000", first: 10) { totalCount } }`,
    );
    expect(audit.data?.servicesAuditLog.totalCount).toBe(2);
  });

  it('still refuses what is not a service id', async () => {
    const result = await subgraph.query(`{ a: service(id: "SRV-0100000") { id } }`);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'id' } });
  });

  it('gives concurrent creates distinct ids, or CONFLICT to send again, never an internal error', async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => subgraph.queryAs(writer, CREATE, { input })),
    );
    const ids = answers.flatMap((a) => (a.data?.createService ? [a.data.createService.id as string] : []));
    for (const answer of answers) {
      if (answer.data?.createService) continue;
      expect(answer.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    }
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^SRV-1\d{5}$/);
    const stored = await subgraph.query(
      `{ ${ids.map((id, i) => `s${i}: service(id: "${id}") { id }`).join(' ')} }`,
    );
    expect(Object.values(stored.data ?? {})).toEqual(ids.map((id) => ({ id })));
  });
});
