import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  combineEntityFetches,
  distinctEntities,
  fanOutEntities,
  mergeFetches,
  mergeVariables,
  pickEntities,
  splitAnswer,
  unifyRepresentations,
  unionOfEntityFetches,
} from './index.js';

const book = (id: string) => ({ __typename: 'Book', id });

describe('each entity once', () => {
  it('sends each distinct representation once and gives every place its entity and its errors', () => {
    const representations = [book('1'), book('2'), book('1'), book('3'), book('2'), book('1')];
    const plan = distinctEntities({ representations, first: 2 });
    expect(plan?.variables).toEqual({ representations: [book('1'), book('2'), book('3')], first: 2 });
    expect(plan?.indexOf).toEqual([0, 1, 0, 2, 1, 0]);
    const answer = fanOutEntities(
      {
        data: { _entities: [{ title: 'One' }, null, { title: 'Three' }] },
        errors: [
          { message: 'no book 2', path: ['_entities', 1, 'title'] },
          { message: 'about the whole fetch' },
        ],
      },
      plan!,
    );
    expect(answer.data).toEqual({
      _entities: [{ title: 'One' }, null, { title: 'One' }, { title: 'Three' }, null, { title: 'One' }],
    });
    // The error about book 2 is repeated for both places that asked for it, as Apollo would get them.
    expect(answer.errors).toEqual([
      { message: 'no book 2', path: ['_entities', 1, 'title'] },
      { message: 'no book 2', path: ['_entities', 4, 'title'] },
      { message: 'about the whole fetch' },
    ]);
  });

  it('changes nothing when every representation is distinct or there are none', () => {
    expect(distinctEntities({ representations: [book('1'), book('2')] })).toBeUndefined();
    expect(distinctEntities({ first: 1 })).toBeUndefined();
    expect(distinctEntities(undefined)).toBeUndefined();
  });

  it('tells representations apart by every field, @requires fields included', () => {
    const plan = distinctEntities({
      representations: [
        { __typename: 'Book', id: '1', price: 10 },
        { __typename: 'Book', id: '1', price: 12 },
        { __typename: 'Book', id: '1', price: 10 },
      ],
    });
    expect(plan?.distinctCount).toBe(2);
  });

  it('never takes two values for one: a number and its text, or strings that spell another field', () => {
    const plan = distinctEntities({
      representations: [
        { __typename: 'Book', id: 1, isbn: 'x' },
        { __typename: 'Book', id: '1', isbn: 'x' },
        { __typename: 'Book', id: '1;isbn=s1:x', isbn: '' },
        { __typename: 'Book', id: '1', isbn: 'x;' },
        { __typename: 'Book', id: null, isbn: 'x' },
        { __typename: 'Book', id: 'null', isbn: 'x' },
        { __typename: 'Book', id: { n: 1 }, isbn: 'x' },
        { __typename: 'Book', id: { n: '1' }, isbn: 'x' },
        { __typename: 'Book', id: '1', isbn: 'x' },
      ],
    });
    expect(plan?.distinctCount).toBe(8);
    expect(plan?.indexOf.at(-1)).toBe(1);
  });

  it('leaves an answer of the wrong length for the gateway to refuse', () => {
    const plan = distinctEntities({ representations: [book('1'), book('1')] })!;
    const short = { data: { _entities: [] } };
    expect(fanOutEntities(short, plan)).toBe(short);
  });
});

describe('entity fetches of one level joined, each entity once', () => {
  const stock = (n: string, fields = 'inStock') =>
    `query Q__stock__${n}($representations:[_Any!]!){_entities(representations:$representations){...on Book{${fields}}}}`;
  const union = (queries: readonly string[]) => unionOfEntityFetches(queries.map((q) => parse(q)));

  it('joins fetches of one shape, sends each entity once, and gives each fetch its entities back', () => {
    const combined = combineEntityFetches(
      [
        { query: stock('3'), variables: { representations: [book('1'), book('2')] } },
        { query: '{ books { id } }', variables: {} },
        { query: stock('7'), variables: { representations: [book('2'), book('4')] } },
        { query: stock('8'), variables: { representations: [book('5')], other: 1 } },
      ],
      union,
    );
    expect(combined).toHaveLength(3);
    expect(combined[0]!.request.query).toBe(stock('3'));
    expect(combined[0]!.union).toBe(false);
    expect(combined[0]!.request.variables).toEqual({ representations: [book('1'), book('2'), book('4')] });
    expect(combined[0]!.members).toEqual([
      { index: 0, positions: [0, 1] },
      { index: 2, positions: [1, 2] },
    ]);
    expect(combined[1]!.members).toEqual([{ index: 1, positions: undefined }]);
    // Other variables differ: not the same question.
    expect(combined[2]!.members).toEqual([{ index: 3, positions: undefined }]);

    const answer = {
      data: { _entities: [{ inStock: true }, null, { inStock: false }] },
      errors: [{ message: 'no 2', path: ['_entities', 1, 'inStock'] }, { message: 'whole' }],
    };
    expect(pickEntities(answer, [0, 1])).toEqual({
      data: { _entities: [{ inStock: true }, null] },
      errors: [{ message: 'no 2', path: ['_entities', 1, 'inStock'] }, { message: 'whole' }],
    });
    expect(pickEntities(answer, [1, 2])).toEqual({
      data: { _entities: [null, { inStock: false }] },
      errors: [{ message: 'no 2', path: ['_entities', 0, 'inStock'] }, { message: 'whole' }],
    });
  });

  it('asks once for what fetches of different selections ask of the same entities, with the fields each needs', () => {
    const combined = combineEntityFetches(
      [
        { query: stock('1', 'inStock'), variables: { representations: [book('1'), book('2')] } },
        {
          query: stock('2', 'shipping'),
          variables: {
            representations: [
              { ...book('2'), price: 14 },
              { ...book('3'), price: 11 },
            ],
          },
        },
      ],
      union,
    );
    expect(combined).toHaveLength(1);
    expect(combined[0]!.union).toBe(true);
    expect(combined[0]!.request.operationName).toBe('Q__stock__1__union_2');
    expect(combined[0]!.request.query).toMatch(
      /\.\.\. on Book \{\s+inStock\s+\}\s+\.\.\. on Book \{\s+shipping\s+\}/,
    );
    expect(combined[0]!.request.variables).toEqual({
      representations: [book('1'), { ...book('2'), price: 14 }, { ...book('3'), price: 11 }],
    });
    expect(combined[0]!.members).toEqual([
      { index: 0, positions: [0, 1] },
      { index: 1, positions: [1, 2] },
    ]);
  });

  it('does not take for one entity what only looks alike: other keys, or two values for one field', () => {
    // Two keys of one type (id, isbn): nothing but __typename in common.
    expect(unifyRepresentations([[book('1')], [{ __typename: 'Book', isbn: '1' }]])).toBeUndefined();
    // Two prices for one book: each is its own representation (as Apollo sent them)...
    expect(
      unifyRepresentations([[{ ...book('1'), price: 10 }], [{ ...book('1'), price: 12 }]])?.representations,
    ).toHaveLength(2);
    // ...but beside a fetch that names the book by its key alone, they would be one entity with two prices.
    expect(
      unifyRepresentations([
        [book('1')],
        [
          { ...book('1'), price: 10 },
          { ...book('1'), price: 12 },
        ],
      ]),
    ).toBeUndefined();
    // Then fetches are joined only with those of their own shape.
    const combined = combineEntityFetches(
      [
        { query: stock('1', 'inStock'), variables: { representations: [book('1')] } },
        {
          query: stock('2', 'shipping'),
          variables: { representations: [{ __typename: 'Book', isbn: '1' }] },
        },
        { query: stock('3', 'inStock'), variables: { representations: [book('1'), book('9')] } },
      ],
      union,
    );
    expect(combined.map((c) => c.members.map((m) => m.index))).toEqual([[0, 2], [1]]);
  });

  it('keeps a representation member named __proto__ a member, never the prototype of the entity sent', () => {
    const withProto = JSON.parse('{"__typename":"Book","id":"1","__proto__":{"polluted":true}}') as unknown;
    const unified = unifyRepresentations([[book('1')], [withProto]])!;
    expect(unified.representations).toHaveLength(1);
    const sent = unified.representations[0]!;
    expect(Object.getPrototypeOf(sent)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(sent))).toEqual(
      JSON.parse('{"__typename":"Book","id":"1","__proto__":{"polluted":true}}'),
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('joins only selections that can stand together: one type, and a key selected twice the same', () => {
    const entities = (selection: string) =>
      `query Q($representations:[_Any!]!){_entities(representations:$representations){${selection}}}`;
    // Two types: fields of one name may differ in type (a String here, an object there).
    expect(
      union([entities('...on Community{name(lang:IT){text}}'), entities('...on Municipality{name}')]),
    ).toBeUndefined();
    // One key, two arguments.
    expect(
      union([entities('...on Book{title(lang:IT)}'), entities('...on Book{title(lang:AR)}')]),
    ).toBeUndefined();
    // One key, two selections under it.
    expect(union([entities('...on Book{author{name}}'), entities('...on Book{author{id}}')])).toBeUndefined();
    // The same field selected alike, and different keys: joined.
    expect(
      union([entities('...on Book{author{name} inStock}'), entities('...on Book{author{name} price}')]),
    ).toContain('inStock');
  });

  it('joins only plain entity fetches with the same variables declared', () => {
    expect(union([stock('1'), '{ books { id } }'])).toBeUndefined();
    expect(
      union([
        stock('1'),
        'query Q($representations:[_Any!]!,$lang:String){_entities(representations:$representations){...on Book{title(lang:$lang)}}}',
      ]),
    ).toBeUndefined();
    // Fragment spreads among the entity's fields: their fields are not seen here, so not joined.
    expect(
      union([
        `${stock('1', '...F')} fragment F on Book { inStock }`,
        `${stock('2', '...F')} fragment F on Book { shipping }`,
      ]),
    ).toBeUndefined();
    // Under a field, each fetch's fragments keep their own names.
    const withFragments = union([
      `${stock('1', 'reviews{...F}')} fragment F on Review { body }`,
      `${stock('2', 'inStock')} fragment F on Review { id }`,
    ]);
    expect(withFragments).toContain('...u0_F');
    expect(withFragments).toContain('fragment u0_F on Review {\n  body\n}');
    expect(withFragments).toContain('fragment u1_F on Review {\n  id\n}');
    expect(() => parse(withFragments!)).not.toThrow();
  });
});

describe('fetches merged into one operation', () => {
  const first = parse(
    'query Q__reviews__1($representations:[_Any!]!){_entities(representations:$representations){...on Book{reviews{...R}}}} fragment R on Review{id body}',
  );
  const second = parse(
    'query Q__reviews__2($representations:[_Any!]!,$lang:String){_entities(representations:$representations){...on Author{reviews{...R}}} top: topReviews(lang:$lang){...R}} fragment R on Review{id}',
  );

  it('prefixes each fetch’s root fields, variables and fragments, so that nothing collides', () => {
    const merged = mergeFetches([first, second])!;
    expect(merged.operationName).toBe('Q__reviews__1__merged_2');
    expect(merged.query).toContain('b0__entities: _entities(representations: $b0_representations)');
    expect(merged.query).toContain('b1__entities: _entities(representations: $b1_representations)');
    expect(merged.query).toContain('b1_top: topReviews(lang: $b1_lang)');
    expect(merged.query).toContain('fragment b0_R on Review {\n  id\n  body\n}');
    expect(merged.query).toContain('fragment b1_R on Review {\n  id\n}');
    expect(() => parse(merged.query)).not.toThrow();
    expect(mergeVariables([{ representations: [1] }, { representations: [2], lang: 'ar' }])).toEqual({
      b0_representations: [1],
      b1_representations: [2],
      b1_lang: 'ar',
    });

    const parts = splitAnswer(
      {
        data: { b0__entities: [{ reviews: [] }], b1__entities: [null], b1_top: [{ id: 'r1' }] },
        errors: [
          { message: 'author gone', path: ['b1__entities', 0, 'reviews'] },
          { message: 'about everything' },
        ],
        extensions: { cost: 3 },
      },
      merged,
      2,
    );
    expect(parts[0]).toEqual({
      data: { _entities: [{ reviews: [] }] },
      errors: [{ message: 'about everything' }],
      extensions: { cost: 3 },
    });
    expect(parts[1]).toEqual({
      data: { _entities: [null], top: [{ id: 'r1' }] },
      errors: [
        { message: 'author gone', path: ['_entities', 0, 'reviews'] },
        { message: 'about everything' },
      ],
      extensions: { cost: 3 },
    });
  });

  it('refuses what it cannot merge: mutations, several operations, fragments at the root', () => {
    expect(mergeFetches([first, parse('mutation { add }')])).toBeUndefined();
    expect(mergeFetches([first, parse('query A { a } query B { b }')])).toBeUndefined();
    expect(mergeFetches([first, parse('query { ...F } fragment F on Query { a }')])).toBeUndefined();
  });

  it('gives every fetch no data when the whole operation has none', () => {
    const merged = mergeFetches([first, second])!;
    const parts = splitAnswer({ data: null, errors: [{ message: 'down' }] }, merged, 2);
    expect(parts).toEqual([
      { data: null, errors: [{ message: 'down' }] },
      { data: null, errors: [{ message: 'down' }] },
    ]);
  });
});
