/**
 * Compiling an operation for the executor: fragments expanded where they are spread, and a bound
 * on what expanding may make of a small document.
 */
import { buildSchema, getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compileOperation, MAX_COMPILED_SELECTIONS, NotCompiled, type Step } from './operation.js';

const schema = buildSchema(`
  type Query { office: Office }
  type Office { id: ID! name: String }
`);

function compile(text: string) {
  const document = parse(text);
  return compileOperation(schema, document, getOperationAST(document)!);
}

/** Fragments spreading the next one twice, `levels` deep: 2^levels selections once expanded. */
function doubling(levels: number): string {
  let text = '{ ...F0 } ';
  for (let i = 0; i < levels; i++) text += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} } `;
  return `${text} fragment F${levels} on Query { __typename }`;
}

const count = (steps: readonly Step[]): number =>
  steps.reduce((total, step) => total + 1 + (step.selections ? count(step.selections) : 0), 0);

describe('compileOperation', () => {
  it('expands each named fragment where it is spread', () => {
    const { steps } = compile('{ office { ...Named ...Named } } fragment Named on Office { id name }');
    expect(count(steps)).toBe(7);
  });

  it('leaves an operation whose fragments expand past the bound to Apollo, without expanding on', () => {
    // A thousand selections of __typename compile; 2^80, from a document under a thousand tokens, do not.
    expect(count(compile(doubling(10)).steps)).toBeLessThan(MAX_COMPILED_SELECTIONS);
    expect(() => compile(doubling(80))).toThrow(NotCompiled);
  });
});
