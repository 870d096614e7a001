/**
 * Values for the hostile-input test: GraphQL literals for each argument type (valid ones, and
 * wrong ones that may not even lex), the variables an operation may declare, their JSON values,
 * and JSON no client should send (huge, absurdly nested, prototype keys).
 */
import fc from 'fast-check';
import type { Arbitrary, JsonValue, WeightedArbitrary } from 'fast-check';
import { SECTORS, type ArgumentType } from './subgraph.js';

export const weighted = <T>(weight: number, arbitrary: Arbitrary<T>): WeightedArbitrary<T> => ({
  weight,
  arbitrary,
});
/** `''` most of the time, and what `arbitrary` makes once in `oneIn`; never when `oneIn` is 0. */
export const sometimes = (arbitrary: Arbitrary<string>, oneIn: number): Arbitrary<string> =>
  oneIn === 0 ? fc.constant('') : fc.oneof(weighted(oneIn - 1, fc.constant('')), weighted(1, arbitrary));

/** Every variable a generated operation may use, with the type of the arguments it fits. */
export const VARIABLE_TYPES = {
  id: 'ID!',
  int: 'Int',
  intRequired: 'Int!',
  text: 'String',
  textRequired: 'String!',
  sector: 'Sector',
  sectors: '[Sector!]!',
  filter: 'ServiceFilter!',
  flag: 'Boolean!',
} as const;
export type VariableName = keyof typeof VARIABLE_TYPES;
export const VARIABLE_NAMES = Object.keys(VARIABLE_TYPES) as VariableName[];
export const VARIABLE_FOR: Record<ArgumentType, VariableName> = {
  'ID!': 'id',
  Int: 'int',
  'Int!': 'intRequired',
  String: 'text',
  'String!': 'textRequired',
  Sector: 'sector',
  '[Sector!]!': 'sectors',
  'ServiceFilter!': 'filter',
};
/** A default value of the variable's own type. */
export const VALID_DEFAULT: Record<VariableName, string> = {
  id: '"03"',
  int: '1',
  intRequired: '2',
  text: 'null',
  textRequired: '"x"',
  sector: 'HEALTH',
  sectors: '[WORK]',
  filter: '{ sector: WORK }',
  flag: 'true',
};

const sectorLiteral = fc.constantFrom(...SECTORS);
const validString = fc.oneof(
  fc.constantFrom('"03"', '"Lombardia"', '""', '"p1"', '"\\u0000"', '"caf\\u00e9"', '"\\n\\t\\\\"'),
  fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => JSON.stringify(s)),
  fc.string({ unit: 'grapheme-ascii', maxLength: 12 }).map((s) => `"""${s.replaceAll('"', "'")}"""`),
);
/** Strings that may not lex: lone surrogates, unterminated block strings. */
const oddString = fc.oneof(
  fc.constantFrom('"\\uD800"', '"\\u{1F600}"', '"""a""""', '"a\nb"', '"\\x"'),
  fc.string({ unit: 'binary', maxLength: 12 }).map((s) => JSON.stringify(s)),
);
const intLiteral = fc
  .oneof(weighted(4, fc.integer({ min: -3, max: 5 })), weighted(1, fc.integer()))
  .map(String);
const floatLiteral = fc.oneof(
  fc.constantFrom('1.5', '-0.0', '1e3', '2.5E-3', '0'),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
);
/** Literals that fit (almost) no argument, some of which do not even lex. */
export const wrongLiteral = fc.oneof(
  fc.constantFrom(
    'null',
    'true',
    '1.5',
    '2147483648',
    '-2147483649',
    '99999999999999999999999',
    'NOPE',
    'health',
    '[]',
    '[null]',
  ),
  fc.constantFrom(
    '{}',
    '{ a: 1 }',
    '"HEALTH"',
    '$undeclared',
    '0x1F',
    '1e400',
    '[[[HEALTH]]]',
    '{ sector: { sector: HEALTH } }',
    '.5',
    '--1',
  ),
  oddString,
  validString,
  intLiteral,
);

const filterLiteral = (noisy: boolean): Arbitrary<string> =>
  fc
    .record(
      {
        sector: fc.oneof(weighted(8, sectorLiteral), weighted(noisy ? 1 : 0, wrongLiteral)),
        languages: fc.oneof(
          fc.array(validString, { maxLength: 3 }).map((l) => `[${l.join(', ')}]`),
          validString,
          fc.constant('null'),
        ),
        minScore: fc.oneof(floatLiteral, intLiteral, fc.constant('null')),
        bogus: fc.constant('1'),
      },
      { requiredKeys: noisy ? [] : ['sector'] },
    )
    .map((fields) => {
      const entries = Object.entries(fields).filter(([key]) => noisy || key !== 'bogus');
      return `{ ${entries.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
    });

/** A literal for an argument of `type`: of the type, or, when `noisy`, sometimes anything. */
export function literal(type: ArgumentType, noisy: boolean): Arbitrary<string> {
  const string = noisy ? fc.oneof(weighted(12, validString), weighted(1, oddString)) : validString;
  const valid: Record<ArgumentType, Arbitrary<string>> = {
    'ID!': fc.oneof(string, intLiteral),
    Int: fc.oneof(weighted(6, intLiteral), weighted(1, fc.constant('null'))),
    'Int!': intLiteral,
    String: fc.oneof(weighted(6, string), weighted(1, fc.constant('null'))),
    'String!': string,
    Sector: fc.oneof(weighted(6, sectorLiteral), weighted(1, fc.constant('null'))),
    '[Sector!]!': fc.oneof(
      fc.array(sectorLiteral, { maxLength: 4 }).map((l) => `[${l.join(', ')}]`),
      sectorLiteral,
    ),
    'ServiceFilter!': filterLiteral(noisy),
  };
  return fc.oneof(
    weighted(12, valid[type]),
    weighted(3, fc.constant(`$${VARIABLE_FOR[type]}`)),
    weighted(noisy ? 1 : 0, wrongLiteral),
  );
}

/** JSON values of each variable's type. */
const validVariable: Record<VariableName, Arbitrary<JsonValue>> = {
  id: fc.oneof(fc.constant('03'), fc.string({ maxLength: 20 }), fc.integer()),
  int: fc.oneof(fc.integer({ min: -3, max: 5 }), fc.constant(null)),
  intRequired: fc.integer({ min: -3, max: 5 }),
  text: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constant(null)),
  textRequired: fc.string({ unit: 'binary', maxLength: 20 }),
  sector: fc.constantFrom<JsonValue>(...SECTORS, null),
  sectors: fc.array(fc.constantFrom(...SECTORS), { maxLength: 4 }),
  filter: fc.record(
    {
      sector: fc.constantFrom(...SECTORS),
      languages: fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
      minScore: fc.double({ noNaN: true, noDefaultInfinity: true }),
    },
    { requiredKeys: ['sector'] },
  ),
  flag: fc.boolean(),
};

/** JSON nested `depth` levels deep, as objects or arrays. */
export const deeplyNestedJson = (depth: number, inArrays: boolean): string =>
  inArrays ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** Any JSON value, sometimes huge or absurdly nested (as text, so depth costs no stack here). */
export const anyJsonText: Arbitrary<string> = fc.oneof(
  weighted(
    6,
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  ),
  weighted(
    1,
    fc.integer({ min: 1_000, max: 200_000 }).map((n) => JSON.stringify('x'.repeat(n))),
  ),
  weighted(
    1,
    fc
      .tuple(fc.integer({ min: 100, max: 50_000 }), fc.boolean())
      .map(([n, arrays]) => deeplyNestedJson(n, arrays)),
  ),
  weighted(
    1,
    fc.constantFrom(
      '{"__proto__":{"polluted":true}}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      '1e400',
      '-0',
      '[]',
      '{}',
    ),
  ),
);

/** The `variables` object (as JSON text) for the variables a document uses: some missing, some wrong. */
export function variablesFor(variables: readonly VariableName[]): Arbitrary<string> {
  const entries = variables.map((name) =>
    fc
      .option(
        fc.oneof(
          weighted(
            8,
            validVariable[name].map((v) => JSON.stringify(v)),
          ),
          weighted(1, anyJsonText),
        ),
        { nil: undefined, freq: 12 },
      )
      .map((json) => (json === undefined ? '' : `${JSON.stringify(name)}:${json}`)),
  );
  return fc
    .tuple(sometimes(fc.constantFrom('"bogus":1', '"__proto__":{"x":1}'), 15), ...entries)
    .map((parts) => `{${parts.filter(Boolean).join(',')}}`);
}
