/**
 * GraphQL documents for the hostile-input test. Operations are built from the schema model with
 * arguments, variables, aliases, `@skip`/`@include`, inline and named fragments and nesting: half
 * of them clean (valid unless a limit or a missing variable refuses them, so they run and
 * authorization filters them), half noisy (a wrong literal, directive, field, fragment or
 * declaration here and there). `hostileDocuments` makes what no client should send.
 */
import fc from 'fast-check';
import type { Arbitrary, WeightedArbitrary } from 'fast-check';
import { SCHEMA, type ArgumentType, type FieldModel, type SchemaModel } from './subgraph.js';
import {
  literal,
  sometimes,
  VALID_DEFAULT,
  VARIABLE_NAMES,
  VARIABLE_TYPES,
  weighted,
  wrongLiteral,
  type VariableName,
} from './values.js';

/** A generated document, and what a request for it needs to know. */
export interface GeneratedDocument {
  readonly text: string;
  /** The names of its operations (`undefined` for an anonymous one). */
  readonly operationNames: readonly (string | undefined)[];
  /** The variables its operations use, by name (`$id` -> `id`). */
  readonly variables: readonly VariableName[];
}

/** A selection and its response key: a selection set has each key once, so its fields do not conflict. */
interface Selection {
  readonly key: string;
  readonly text: string;
}
const unkeyed = (text: string): Selection => ({ key: text, text });

interface Operation {
  readonly text: string;
  readonly name: string | undefined;
  readonly used: readonly VariableName[];
}

/** Operations over `schema`; `noisy` ones are sometimes wrong in small ways. */
function operationArbitrary(schema: SchemaModel, noisy: boolean): Arbitrary<Operation> {
  const odd = (weight: number) => (noisy ? weight : 0);
  const types = Object.keys(schema.fields);

  const condition = fc.oneof(
    weighted(6, fc.constantFrom('true', 'false')),
    weighted(2, fc.constant('$flag')),
    weighted(odd(1), wrongLiteral),
  );
  const skip = condition.map((value) => `@skip(if: ${value})`);
  const include = condition.map((value) => `@include(if: ${value})`);
  const oddDirective = fc.constantFrom(
    '@skip',
    '@include(if: true, if: false)',
    '@deprecated',
    '@defer',
    '@stream(initialCount: 1)',
    '@unknown',
    '@authenticated',
    '@requiresScopes(scopes: [["x:read"]])',
    '@skip(if: true) @skip(if: false)',
    '@include(if: $undeclared)',
  );
  const directives = fc.oneof(
    weighted(12, fc.constant('')),
    weighted(
      4,
      fc.oneof(
        skip,
        include,
        fc.tuple(skip, include).map(([s, i]) => `${s} ${i}`),
      ),
    ),
    weighted(odd(1), oddDirective),
  );
  // Neither @skip nor @include may stand on an operation or a variable.
  const operationDirectives = sometimes(
    fc.constantFrom('@skip(if: true)', '@include(if: $flag)', '@unknown', '@deprecated'),
    odd(30),
  );
  const alias = sometimes(
    fc.oneof(
      weighted(
        1,
        fc.constantFrom(
          'a',
          'b',
          'code',
          'region',
          'data',
          '__typename',
          '_integraAuthorizationPlaceholder',
          'constructor',
          '__proto__',
        ),
      ),
      weighted(3, fc.stringMatching(/^[a-z_][a-zA-Z0-9_]{0,8}$/)),
    ),
    4,
  );

  const argumentsOf = (field: FieldModel): Arbitrary<string> => {
    const entries: [string, ArgumentType][] = Object.entries(field.args ?? {});
    const parts = entries.map(([name, type]) => {
      const argument = literal(type, noisy).map((value) => `${name}: ${value}`);
      // A required argument is missing once in 20 noisy fields, never in a clean one.
      if (type.endsWith('!') && !noisy) return argument;
      return fc.option(argument, { nil: '', freq: type.endsWith('!') ? 20 : 2 });
    });
    return fc
      .tuple(sometimes(fc.constantFrom('bogus: 1', 'code: "03"', 'first: 1'), odd(20)), ...parts)
      .map((all) => {
        const present = all.filter((part) => part !== '');
        return present.length > 0 ? `(${present.join(', ')})` : '';
      });
  };

  const sets = new Map<string, Arbitrary<string>>();
  const selectionSet = (type: string, depth: number): Arbitrary<string> => {
    const key = `${type}@${depth}`;
    let set = sets.get(key);
    if (!set) {
      set = fc
        .uniqueArray(selection(type, depth), { minLength: 1, maxLength: 4, selector: (s) => s.key })
        .map((selections) => `{ ${selections.map((s) => s.text).join(' ')} }`);
      sets.set(key, set);
    }
    return set;
  };

  const fieldSelection = (field: FieldModel, depth: number): Arbitrary<Selection> => {
    const below =
      field.type === undefined
        ? sometimes(fc.constant('{ code }'), odd(30))
        : depth > 0
          ? selectionSet(field.type, depth - 1)
          : fc.oneof(weighted(10, fc.constant('{ __typename }')), weighted(odd(1), fc.constant('')));
    return fc.tuple(alias, argumentsOf(field), directives, below).map(([a, args, d, set]) => ({
      key: a || field.name,
      text: `${a ? `${a}: ` : ''}${field.name}${args} ${d} ${set}`,
    }));
  };

  const inlineFragment = (type: string, depth: number): Arbitrary<string> => {
    const targets = [...new Set([type, ...(schema.possible[type] ?? [])])];
    return fc.oneof(
      weighted(
        4,
        fc.oneof(
          ...targets.map((t) =>
            fc.tuple(directives, selectionSet(t, depth - 1)).map(([d, set]) => `... on ${t} ${d} ${set}`),
          ),
        ),
      ),
      weighted(
        2,
        fc.tuple(directives, selectionSet(type, depth - 1)).map(([d, set]) => `... ${d} ${set}`),
      ),
      weighted(
        odd(1),
        fc.constantFrom(...types).map((t) => `... on ${t} { __typename }`),
      ),
    );
  };

  function selection(type: string, depth: number): Arbitrary<Selection> {
    const options: WeightedArbitrary<Selection>[] = (schema.fields[type] ?? []).map((field) =>
      weighted(4, fieldSelection(field, depth)),
    );
    options.push(
      weighted(
        1,
        fc
          .tuple(alias, directives)
          .map(([a, d]) => ({ key: a || '__typename', text: `${a ? `${a}: ` : ''}__typename ${d}` })),
      ),
    );
    const possible = schema.possible[type] ?? [];
    if (depth > 0)
      options.push(weighted(possible.length > 1 ? 8 : 1, inlineFragment(type, depth).map(unkeyed)));
    const spreads = Object.entries(schema.fragments)
      .filter(
        ([, f]) =>
          (noisy || !f.invalid) &&
          (f.on === type || possible.includes(f.on) || (schema.possible[f.on] ?? []).includes(type)),
      )
      .map(([name]) => name);
    if (spreads.length > 0)
      options.push(
        weighted(
          2,
          fc.tuple(fc.constantFrom(...spreads), directives).map(([name, d]) => unkeyed(`...${name} ${d}`)),
        ),
      );
    const wrong = fc.constantFrom(
      'nope',
      '...Missing',
      '...ServiceParts',
      'region',
      '__schema { queryType { name } }',
      '__type(name: "Region") { name }',
    );
    options.push(weighted(odd(1), wrong.map(unkeyed)));
    return fc.oneof(...options);
  }

  const declaration = (name: VariableName): Arbitrary<string> =>
    fc
      .tuple(
        fc.oneof(
          weighted(20, fc.constant(VARIABLE_TYPES[name])),
          weighted(odd(1), fc.constantFrom('Int', 'String!', 'Boolean', '[ID]', 'Region', 'Nope')),
        ),
        sometimes(
          noisy
            ? fc.constantFrom(' = 1', ' = "03"', ' = HEALTH', ' = null', ' = { sector: WORK }', ' = $id')
            : fc.constant(` = ${VALID_DEFAULT[name]}`),
          6,
        ),
        operationDirectives.map((d) => (d ? ` ${d}` : '')),
      )
      .map(([type, fallback, d]) => `$${name}: ${type}${fallback}${d}`);

  const depth = fc.oneof(
    weighted(6, fc.integer({ min: 0, max: 3 })),
    weighted(3, fc.integer({ min: 4, max: 8 })),
    weighted(1, fc.integer({ min: 9, max: 14 })),
  );
  return fc
    .record({
      kind: fc.oneof(
        weighted(12, fc.constant('query' as const)),
        weighted(3, fc.constant('mutation' as const)),
        weighted(odd(1), fc.constant('subscription' as const)),
      ),
      name: fc.option(
        fc.oneof(
          weighted(20, fc.constantFrom('A', 'B', 'Fuzz', 'query', 'IntrospectionQuery')),
          weighted(odd(1), fc.constantFrom('é', '_', 'A1')),
        ),
        {
          nil: undefined,
          freq: 3,
        },
      ),
      depth,
      shorthand: fc.boolean(),
    })
    .chain(({ kind, name, depth: d, shorthand }) =>
      fc
        .tuple(selectionSet(kind === 'mutation' ? 'Mutation' : 'Query', d), operationDirectives)
        .chain(([set, onOperation]) => {
          const used = VARIABLE_NAMES.filter((v) => new RegExp(`\\$${v}\\b`).test(set));
          const declarations = fc.tuple(
            ...used.map(declaration),
            sometimes(fc.constantFrom('$unused: Int', '$id: ID!'), odd(20)),
          );
          return declarations.map((declared): Operation => {
            const list = declared.filter(Boolean);
            const header = list.length > 0 ? `(${list.join(', ')})` : '';
            const anonymous =
              shorthand && kind === 'query' && name === undefined && header === '' && onOperation === '';
            return {
              text: anonymous ? set : `${kind} ${name ?? ''}${header} ${onOperation} ${set}`,
              name,
              used,
            };
          });
        }),
    );
}

/** The named fragments `text` spreads, through other fragments too. */
function fragmentsOf(schema: SchemaModel, text: string): string[] {
  const names = new Set<string>();
  const visit = (source: string) => {
    for (const [, name = ''] of source.matchAll(/\.\.\.([A-Za-z_]\w*)/g)) {
      const fragment = schema.fragments[name];
      if (fragment && !names.has(name)) {
        names.add(name);
        visit(fragment.text);
      }
    }
  };
  visit(text);
  return [...names].map((name) => schema.fragments[name]?.text ?? '');
}

function documentOf(schema: SchemaModel, noisy: boolean): Arbitrary<GeneratedDocument> {
  const operation = operationArbitrary(schema, noisy);
  const operations = noisy
    ? fc.oneof(
        weighted(
          6,
          operation.map((o) => [o]),
        ),
        weighted(1, fc.array(operation, { minLength: 2, maxLength: 3 })),
      )
    : operation.map((o) => [o]);
  return fc
    .tuple(operations, sometimes(fc.constantFrom(...Object.keys(schema.fragments)), noisy ? 15 : 0))
    .map(([list, unused]) => {
      const body = list.map((o) => o.text).join('\n');
      const fragments = fragmentsOf(schema, body);
      const extra = schema.fragments[unused]?.text;
      if (extra && !fragments.includes(extra)) fragments.push(extra);
      return {
        text: [body, ...fragments].join('\n'),
        operationNames: list.map((o) => o.name),
        variables: [...new Set(list.flatMap((o) => o.used))],
      };
    });
}

/** Documents over `schema`, half clean and half noisy. */
export function documentArbitrary(schema: SchemaModel = SCHEMA): Arbitrary<GeneratedDocument> {
  return fc.oneof(documentOf(schema, false), documentOf(schema, true));
}

const graphqlPunctuation = fc.constantFrom(
  ...[
    '{',
    '}',
    '(',
    ')',
    '[',
    ']',
    ':',
    '$',
    '@',
    '...',
    '!',
    '=',
    '|',
    '&',
    '"',
    '"""',
    '#',
    ' ',
    '\n',
    ',',
  ],
  ...[
    'query',
    'mutation',
    'fragment',
    'on',
    'region',
    'code',
    '0',
    '1.5e',
    '\u0000',
    '\uFEFF',
    '\u2028',
    '\uD800',
    'é',
    '🇮🇹',
  ],
);

/** Documents no client should send: each must be refused with a 4xx. */
export function hostileDocuments(valid: Arbitrary<GeneratedDocument>): Arbitrary<string> {
  const repeat = (min: number, max: number, make: (n: number) => string) =>
    fc.integer({ min, max }).map(make);
  const insertions = fc.constantFrom('\u0000', '\uFFFF', '\uD83D', '"', '{', '\r\n', '...', '$');
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.array(graphqlPunctuation, { maxLength: 200 }).map((parts) => parts.join('')),
    valid.chain((d) => fc.nat({ max: d.text.length }).map((cut) => d.text.slice(0, cut))),
    valid.chain((d) =>
      fc
        .tuple(fc.nat({ max: d.text.length }), insertions)
        .map(([at, c]) => d.text.slice(0, at) + c + d.text.slice(at)),
    ),
    repeat(900, 30_000, (n) => `{ ${'__typename '.repeat(n)}}`),
    repeat(500, 30_000, (n) => `{ regions(first: [${'1,'.repeat(n)}]) { code } }`),
    repeat(50, 20_000, (n) => `${'{ a '.repeat(n)}${'}'.repeat(n)}`),
    repeat(50, 20_000, (n) => `{ region(code: ${'['.repeat(n)}"1"${']'.repeat(n)}) { code } }`),
    repeat(50, 5_000, (n) => `{ services(filter: ${'{ sector: '.repeat(n)}HEALTH${' }'.repeat(n)}) { id } }`),
    repeat(
      10,
      60,
      (n) =>
        `{ region(code: "03") ${'{ services(first: 2) { region '.repeat(n)}{ code }${' } }'.repeat(n)} }`,
    ),
    repeat(16, 400, (n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`),
    repeat(40, 2_000, (n) => `{ __typename ${'@skip(if: false) '.repeat(n)}}`),
    repeat(10, 3_000, (n) => `${'# comment\n'.repeat(n)}{ __typename }`),
    repeat(10_000, 400_000, (n) => `{ region(code: "${'x'.repeat(n)}") { code } }`),
    repeat(2, 300, (n) => Array.from({ length: n }, (_, i) => `query Q${i} { __typename }`).join('\n')),
    repeat(
      2,
      300,
      (n) =>
        `{ ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ...F${i + 1} }`).join(' ')} fragment F${n} on Query { __typename }`,
    ),
    repeat(2, 40, (n) => `{ __schema { types { ${'fields { type { '.repeat(n)}name${' } }'.repeat(n)} } } }`),
    fc.constantFrom(
      ...[
        '',
        ' ',
        '\u0000',
        '{}',
        '{ }',
        'query',
        'subscription { region(code: "03") { code } }',
        '{ __typename } { __typename }',
      ],
      ...[
        'fragment F on Region { code }',
        'query ($a: Int, $a: Int) { __typename }',
        'extend type Query { x: Int }',
        'schema { query: Query }',
      ],
      '{ region(code: "03") { code } region(code: "04") { code } }',
      '{ a: region(code: "03") { code } a: regions { name } }',
      'query { me { subject } } query { region(code: "03") { budget } }',
      '{ listing(id: "p1") { ... on Program { budget } ... on Service { contact } } }',
      '{ search(text: "x") { ... on Listing { id } } }',
      '{ __type(name: "Region") { fields { name } } }',
    ),
  );
}
