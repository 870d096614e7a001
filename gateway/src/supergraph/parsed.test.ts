import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parsedSupergraph } from './parsed.js';

describe('parsedSupergraph', () => {
  it('parses a text once while it is the latest, and each new text anew', () => {
    const first = 'type Query { a: Int }';
    const second = 'type Query { b: Int }';
    const document = parsedSupergraph(first);
    expect(parsedSupergraph(`${first}`)).toBe(document);
    const next = parsedSupergraph(second);
    expect(next).not.toBe(document);
    const field = (d: typeof next) =>
      d.definitions[0]?.kind === Kind.OBJECT_TYPE_DEFINITION
        ? d.definitions[0].fields?.[0]?.name.value
        : undefined;
    expect(field(next)).toBe('b');
    expect(field(parsedSupergraph(first))).toBe('a');
  });

  it('refuses a text that is not SDL, as parsing it would', () => {
    expect(() => parsedSupergraph('type {')).toThrow(/Syntax Error/);
  });
});
