/**
 * The ownership check over composed supergraphs: the outside review's takeover (docs/security.md,
 * "The attacks the tests replay") and its siblings (renamed
 * and namespaced directives, other federation versions, progressive override, @shareable,
 * @provides, a key of one's own, @interfaceObject, root fields, new fields on another's type),
 * refused with the field, its owner and the rule; what is only a reference (keys, stubs,
 * @external for @requires, shared value types) passes; new types and fields are claimed.
 */
import { describe, expect, it } from 'vitest';
import { subgraphs } from '../../../schema/subgraphs.js';
import { seedSdl, withField } from '../registry.fixture.js';
import { initialOwnership } from '../initialOwnership.js';
import { composeSubgraphs as compose, type SubgraphSdl } from '../../../lib/supergraph/compose.js';
import { readJoinGraph } from './joinFields.js';
import { checkOwnership, type OwnershipOutcome, type OwnershipRecords } from './ownership.js';

function group(rows: readonly { key: string; value: string }[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const { key, value } of rows) map.set(key, (map.get(key) ?? new Set()).add(value));
  return map;
}

/** The records a registry seeded with `graph` holds, plus `allow` (type -> subgraphs). */
function seedRecords(
  graph: readonly SubgraphSdl[],
  owns: Record<string, readonly string[]>,
  allow: Record<string, string[]> = {},
): OwnershipRecords {
  const composition = compose(graph);
  if (!composition.ok) throw new Error(composition.errors.map((e) => e.message).join('\n'));
  const initial = initialOwnership(readJoinGraph(composition.supergraphSdl), owns);
  const extensions = [
    ...initial.extensions.map((e) => ({ key: e.type, value: e.subgraph })),
    ...Object.entries(allow).flatMap(([key, values]) => values.map((value) => ({ key, value }))),
  ];
  return {
    types: group(initial.types.map((t) => ({ key: t.type, value: t.owner }))),
    fields: group(initial.fields.map((f) => ({ key: `${f.type}.${f.field}`, value: f.owner }))),
    extensions: group(extensions),
  };
}

/** Checks `candidate` (replacing or joining `graph`) against `records`. */
function check(
  graph: readonly SubgraphSdl[],
  candidate: SubgraphSdl,
  records: OwnershipRecords,
): OwnershipOutcome {
  const composition = compose([...graph.filter((s) => s.name !== candidate.name), candidate], candidate.name);
  if (!composition.ok)
    throw new Error(`does not compose: ${composition.errors.map((e) => e.message).join('\n')}`);
  return checkOwnership(readJoinGraph(composition.supergraphSdl), candidate.name, records);
}

const real: SubgraphSdl[] = subgraphs.map((s) => ({
  name: s.name,
  url: `http://${s.name}/graphql`,
  sdl: seedSdl(s.name),
}));
const realOwns = Object.fromEntries(subgraphs.map((s) => [s.name, s.owns]));
const realRecords = seedRecords(real, realOwns);
const services = (sdl: string): SubgraphSdl => ({
  name: 'services',
  url: 'http://attacker.example/graphql',
  sdl,
});
const withImport = (sdl: string, imports: string) =>
  sdl.replace('import: ["@key"', `import: [${imports}, "@key"`);
const messages = (outcome: OwnershipOutcome) => outcome.issues.map((issue) => issue.message);

const FINDINGS_TAKEOVER =
  '\ntype MonitoringVisit @key(fields: "id") {\n  id: ID!\n  findings(lang: Locale): LocalizedText @DIRECTIVE\n}\n';

describe('the takeover of the review', () => {
  it('refuses Association.contactPerson and MonitoringVisit.findings taken with @override(from:), naming field, owner and rule', () => {
    let sdl = withImport(seedSdl('services'), '"@override"');
    sdl = withField(sdl, 'Association', 'contactPerson: ContactPerson @override(from: "associations")');
    sdl += FINDINGS_TAKEOVER.replace('DIRECTIVE', 'override(from: "pilot-actions")');
    const outcome = check(real, services(sdl), realRecords);
    expect(messages(outcome)).toEqual([
      'Association.contactPerson is owned by associations: services may not take it with @override(from: "associations")',
      'MonitoringVisit.findings is owned by pilot-actions: services may not take it with @override(from: "pilot-actions")',
    ]);
    expect(outcome.issues.map((i) => [i.kind, i.coordinate, i.owners, i.subgraph, i.rule])).toEqual([
      ['ownership', 'Association.contactPerson', ['associations'], 'services', 'override'],
      ['ownership', 'MonitoringVisit.findings', ['pilot-actions'], 'services', 'override'],
    ]);
  });

  it('sees @override renamed through @link(import: [{ name: "@override", as: "@take" }])', () => {
    let sdl = withImport(seedSdl('services'), '{ name: "@override", as: "@take" }');
    sdl = withField(sdl, 'Association', 'contactPerson: ContactPerson @take(from: "associations")');
    expect(messages(check(real, services(sdl), realRecords))).toEqual([
      'Association.contactPerson is owned by associations: services may not take it with @override(from: "associations")',
    ]);
  });

  it('sees @override through a namespaced @link (as: "fed", @fed__override) and the default namespace (@federation__override)', () => {
    const namespaced = withField(
      seedSdl('services').replace('federation/v2.11", import:', 'federation/v2.11", as: "fed", import:'),
      'Association',
      'contactPerson: ContactPerson @fed__override(from: "associations")',
    );
    const byDefault = withField(
      seedSdl('services'),
      'Association',
      'contactPerson: ContactPerson @federation__override(from: "associations")',
    );
    for (const sdl of [namespaced, byDefault]) {
      expect(check(real, services(sdl), realRecords).issues.map((i) => [i.coordinate, i.rule])).toEqual([
        ['Association.contactPerson', 'override'],
      ]);
    }
  });

  it('sees @override in a subgraph written for federation v2.0 with its own alias', () => {
    const sdl = [
      'extend schema @link(url: "https://specs.apollo.dev/federation/v2.0", import: ["@key", "@shareable", { name: "@override", as: "@mine" }])',
      'type ContactPerson @shareable { name: String! phone: String email: String }',
      'type Association @key(fields: "id") { id: ID! contactPerson: ContactPerson @mine(from: "associations") }',
      'type Query { serviceCount: Int }',
    ].join('\n');
    // A partner joining the graph under a new name is held to the same records.
    const outcome = check(real, { name: 'observatory', url: 'http://observatory/graphql', sdl }, realRecords);
    expect(messages(outcome)).toContain(
      'Association.contactPerson is owned by associations: observatory may not take it with @override(from: "associations")',
    );
  });

  it('refuses a progressive @override (label), naming the label', () => {
    let sdl = withImport(seedSdl('services'), '"@override"');
    sdl += FINDINGS_TAKEOVER.replace('DIRECTIVE', 'override(from: "pilot-actions", label: "percent(1)")');
    expect(messages(check(real, services(sdl), realRecords))).toEqual([
      'MonitoringVisit.findings is owned by pilot-actions: services may not take it with @override(from: "pilot-actions", label: "percent(1)")',
    ]);
  });

  it('refuses @override naming a subgraph other than the owner, and a field removed by its owner that another declares', () => {
    let sdl = withImport(seedSdl('services'), '"@override"');
    sdl = withField(sdl, 'Association', 'contactPerson: ContactPerson @override(from: "territories")');
    const withoutOwner = real.map((s) =>
      s.name === 'associations'
        ? {
            ...s,
            sdl: s.sdl
              .replace(/\n {2}"The association's contact person[^\n]*\n {2}contactPerson[^\n]*/, '')
              .replace(/\n {2}contactPerson: ContactPerson @authenticated[^\n]*/, ''),
          }
        : s,
    );
    const outcome = check(withoutOwner, services(sdl), realRecords);
    expect(outcome.issues.map((i) => [i.coordinate, i.owners, i.rule])).toEqual([
      ['Association.contactPerson', ['associations'], 'override'],
    ]);
  });
});

describe("answering for another's field in other ways", () => {
  const owner = (extra = '') => ({
    name: 'associations',
    url: 'http://associations/graphql',
    sdl: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.11", import: ["@key", "@shareable"])
      interface Node @key(fields: "id") { id: ID! secret: String }
      type Association implements Node @key(fields: "id") { id: ID! secret: String name: String @shareable phone: String @shareable }
      type Query { association(id: ID!): Association @shareable node(id: ID!): Node }
      ${extra}`,
  });
  const base = [owner()];
  const records = seedRecords(base, { associations: ['Association', 'Node'] });
  const attacker = (imports: string, body: string) => ({
    name: 'services',
    url: 'http://attacker.example/graphql',
    sdl: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.11", import: [${imports}])\n${body}`,
  });

  it('refuses a @shareable re-declaration of an entity field, and with @shareable renamed', () => {
    const plain = attacker(
      '"@key", "@shareable"',
      'type Association @key(fields: "id") { id: ID! name: String @shareable }\ntype Query { s: Int }',
    );
    const renamed = attacker(
      '"@key", { name: "@shareable", as: "@ours" }',
      'type Association @key(fields: "id") { id: ID! name: String @ours }\ntype Query { s: Int }',
    );
    for (const candidate of [plain, renamed]) {
      const outcome = check(base, candidate, records);
      expect(outcome.issues.map((i) => [i.coordinate, i.owners, i.rule])).toEqual([
        ['Association.name', ['associations'], 'redeclaration'],
      ]);
      expect(outcome.issues[0]?.message).toMatch(
        /^Association\.name is owned by associations: services may not declare it as its own .*fetch it from services/,
      );
    }
  });

  it('refuses a re-declared root field (@shareable Query field)', () => {
    const outcome = check(
      base,
      attacker(
        '"@key", "@shareable"',
        'type Query { association(id: ID!): Association @shareable }\ntype Association @key(fields: "id", resolvable: false) { id: ID! }',
      ),
      records,
    );
    expect(outcome.issues.map((i) => [i.coordinate, i.rule])).toEqual([
      ['Query.association', 'redeclaration'],
    ]);
  });

  it('refuses @provides naming fields another owns, and with @provides and @external renamed', () => {
    const provides = attacker(
      '"@key", "@provides", "@external"',
      'type Association @key(fields: "id") { id: ID! phone: String @external }\ntype Query { mine: Association @provides(fields: "phone") }',
    );
    const renamed = attacker(
      '"@key", { name: "@provides", as: "@gives" }, { name: "@external", as: "@elsewhere" }',
      'type Association @key(fields: "id") { id: ID! phone: String @elsewhere }\ntype Query { mine: Association @gives(fields: "phone") }',
    );
    for (const candidate of [provides, renamed]) {
      expect(messages(check(base, candidate, records))).toEqual([
        'Association.phone is owned by associations: services may not answer for it with @provides(fields: "phone") on Query.mine',
      ]);
    }
  });

  it("refuses a field made a @key of the attacker's own (key fields are shareable)", () => {
    const outcome = check(
      base,
      attacker(
        '"@key"',
        'type Association @key(fields: "id") @key(fields: "name") { id: ID! name: String }\ntype Query { s: Int }',
      ),
      records,
    );
    expect(outcome.issues.map((i) => [i.coordinate, i.rule])).toEqual([['Association.name', 'key']]);
  });

  it("refuses @interfaceObject adding fields to another's interface, and re-declaring its fields", () => {
    const adding = check(
      base,
      attacker(
        '"@key", "@interfaceObject"',
        'type Node @key(fields: "id") @interfaceObject { id: ID! extra: String }\ntype Query { s: Int }',
      ),
      records,
    );
    expect(adding.issues.map((i) => [i.coordinate, i.owners, i.rule])).toEqual([
      ['Node.extra', ['associations'], 'extension'],
    ]);
    expect(adding.issues[0]?.message).toContain('through @interfaceObject Node');
    const shared = [owner().sdl.replace('secret: String name', 'secret: String @shareable name')].map(
      (sdl) => ({ ...owner(), sdl }),
    );
    const taking = check(
      shared,
      attacker(
        '"@key", "@interfaceObject", "@shareable"',
        'type Node @key(fields: "id") @interfaceObject { id: ID! secret: String @shareable }\ntype Query { s: Int }',
      ),
      records,
    );
    expect(taking.issues.map((i) => [i.coordinate, i.rule])).toEqual([['Node.secret', 'interface-object']]);
  });

  it('allows references: key fields and @external fields used by @requires', () => {
    const references = attacker(
      '"@key", "@external", "@requires"',
      `type Association @key(fields: "id") { id: ID! name: String @external greeting: String @requires(fields: "name") }
       type Query { s: Int }`,
    );
    const outcome = check(
      base,
      references,
      seedRecords(base, { associations: ['Association', 'Node'] }, { Association: ['services'] }),
    );
    expect(outcome.issues).toEqual([]);
    expect(outcome.claims).toEqual({ types: [], fields: ['Association.greeting', 'Query.s'] });
  });
});

describe("adding to another's type", () => {
  it('refuses a new field on another\'s entity without its owner\'s allowance, and claims it with one (or with "*")', () => {
    const observatory = {
      name: 'observatory',
      url: 'http://observatory/graphql',
      sdl: 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.11", import: ["@key"])\ntype Region @key(fields: "code") { code: ID! integrationIndex: Float }\n',
    };
    expect(messages(check(real, observatory, realRecords))).toEqual([
      'Region.integrationIndex is a new field of Region, which is owned by territories: observatory may not add fields to it unless its owner allows it (PUT /api/subgraphs/territories/types/Region/extensions)',
    ]);
    for (const allowed of ['observatory', '*']) {
      const outcome = check(real, observatory, seedRecords(real, realOwns, { Region: [allowed] }));
      expect(outcome.issues).toEqual([]);
      expect(outcome.claims.fields).toEqual(['Region.integrationIndex']);
    }
  });

  it("lets the seed's extensions go on (services on Association and Municipality) but not onto other types", () => {
    const allowed = withField(seedSdl('services'), 'Association', 'serviceCount: Int');
    expect(check(real, services(allowed), realRecords).claims.fields).toEqual(['Association.serviceCount']);
    const sdl = seedSdl('services') + '\ntype Call @key(fields: "id") {\n  id: ID!\n  desks: Int\n}\n';
    expect(
      check(real, services(sdl), realRecords).issues.map((i) => [i.coordinate, i.owners, i.rule]),
    ).toEqual([['Call.desks', ['funding'], 'extension']]);
  });

  it("allows a shared value type with its owners' fields, refuses new fields on it and making it an entity", () => {
    const funding = real.find((s) => s.name === 'funding')!;
    const sharing = {
      ...funding,
      sdl:
        funding.sdl +
        '\ntype ContactPerson @shareable {\n  name: String!\n  phone: String\n  email: String\n}\nextend type Query {\n  fundingContact: ContactPerson\n}\n',
    };
    expect(check(real, sharing, realRecords)).toEqual({
      issues: [],
      claims: { types: [], fields: ['Query.fundingContact'] },
    });
    const adding = {
      ...sharing,
      sdl: sharing.sdl.replace('  email: String\n}', '  email: String\n  taxCode: String\n}'),
    };
    expect(() => check(real, adding, realRecords)).toThrow(/taxCode/); // composition already refuses a value-type field others cannot answer
    const entity = {
      ...sharing,
      sdl: sharing.sdl.replace(
        'type ContactPerson @shareable {',
        'type ContactPerson @key(fields: "name") @shareable {',
      ),
    };
    expect(check(real, entity, realRecords).issues.map((i) => [i.coordinate, i.rule])).toEqual([
      ['ContactPerson.name', 'key'],
      ['ContactPerson.phone', 'redeclaration'],
      ['ContactPerson.email', 'redeclaration'],
    ]);
  });

  it("claims the new types and fields of a partner's own", () => {
    const sdl =
      withField(seedSdl('services'), 'Service', 'rating: Int') +
      '\ntype DeskHours {\n  opens: String\n}\nextend type Query {\n  desk: DeskHours\n}\n';
    expect(check(real, services(sdl), realRecords)).toEqual({
      issues: [],
      claims: { types: ['DeskHours'], fields: ['DeskHours.opens', 'Query.desk', 'Service.rating'] },
    });
  });

  it('passes every seed subgraph as it is, with nothing to claim', () => {
    for (const subgraph of real)
      expect(check(real, subgraph, realRecords)).toEqual({ issues: [], claims: { types: [], fields: [] } });
  });
});

describe('the records a registry starts from', () => {
  it("gives each partner its entities and every field as the seed composes it, with the seed's extensions allowed", () => {
    const owners = (coordinate: string) => [...(realRecords.fields.get(coordinate) ?? [])];
    expect(owners('Association.contactPerson')).toEqual(['associations']);
    expect(owners('Association.id')).toEqual(['associations']);
    expect(owners('Municipality.services')).toEqual(['services']);
    expect(owners('MonitoringVisit.findings')).toEqual(['pilot-actions']);
    expect(owners('PilotAction.funding')).toEqual(['funding']);
    expect([...(realRecords.types.get('Municipality') ?? [])]).toEqual(['territories']);
    expect([...(realRecords.types.get('ContactPerson') ?? [])].sort()).toEqual(['associations', 'services']);
    expect([...(realRecords.extensions.get('Municipality') ?? [])].sort()).toEqual([
      'associations',
      'pilot-actions',
      'services',
    ]);
    expect([...(realRecords.extensions.get('Association') ?? [])]).toEqual(['services']);
    expect(realRecords.extensions.has('MonitoringVisit')).toBe(false);
  });

  it("records a takeover already live as the owner's, not the taker's", () => {
    let sdl = withImport(seedSdl('services'), '"@override"');
    sdl = withField(sdl, 'Association', 'contactPerson: ContactPerson @override(from: "associations")');
    const taken = seedRecords([...real.filter((s) => s.name !== 'services'), services(sdl)], realOwns);
    expect([...(taken.fields.get('Association.contactPerson') ?? [])]).toEqual(['associations']);
  });
});
