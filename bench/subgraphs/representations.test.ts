import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { countRepresentations, representationSources } from './representations.js';

const count = (query: string, variables: unknown, operationName?: string) =>
  countRepresentations(representationSources(parse(query), operationName), variables);

describe('countRepresentations', () => {
  it('counts the representations variable of an _entities fetch', () => {
    const query = 'query($representations:[_Any!]!){_entities(representations:$representations){__typename}}';
    expect(count(query, { representations: [{}, {}, {}] })).toBe(3);
  });

  it('counts every aliased _entities field of a merged fetch, and literal lists', () => {
    const query = `query($a:[_Any!]!,$b:[_Any!]!){
      _0: _entities(representations:$a){__typename}
      _1: _entities(representations:$b){__typename}
      ... on Query { _2: _entities(representations:[{__typename:"User",id:"1"}]){__typename} }
      ...more
    }
    fragment more on Query { _3: _entities(representations:$b){__typename} }`;
    expect(count(query, { a: [{}, {}], b: [{}] })).toBe(2 + 1 + 1 + 1);
  });

  it('counts nothing for an operation without _entities, and picks the named operation', () => {
    const query = 'query A{users{id}} query B($r:[_Any!]!){_entities(representations:$r){__typename}}';
    expect(count(query, { r: [{}] }, 'A')).toBe(0);
    expect(count(query, { r: [{}] }, 'B')).toBe(1);
  });
});
