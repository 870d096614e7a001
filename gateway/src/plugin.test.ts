import { describe, expect, it } from 'vitest';
import { combinePlugins } from './plugin.js';

describe('combinePlugins', () => {
  it('merges the Apollo Server options the plugins set', () => {
    const combined = combinePlugins([
      { name: 'a', server: { introspection: false } },
      { name: 'b', server: { allowBatchedHttpRequests: true, csrfPrevention: true } },
    ]);
    expect(combined.server).toEqual({
      introspection: false,
      allowBatchedHttpRequests: true,
      csrfPrevention: true,
    });
  });

  it('refuses an Apollo Server option set by two plugins, naming both', () => {
    expect(() =>
      combinePlugins([
        { name: 'a', server: { introspection: false } },
        { name: 'b', server: { introspection: true } },
      ]),
    ).toThrow('Apollo Server option "introspection" is set by both a and b');
  });

  it('concatenates validation rules and middleware in plugin order', () => {
    const rule = () => ({});
    const other = () => ({});
    const middleware = () => undefined;
    const combined = combinePlugins([
      { name: 'a', validationRules: [rule], middleware: [middleware] },
      { name: 'b', validationRules: [other] },
    ]);
    expect(combined.validationRules).toEqual([rule, other]);
    expect(combined.middleware).toEqual([middleware]);
  });
});
