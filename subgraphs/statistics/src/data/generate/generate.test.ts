import { describe, expect, it } from 'vitest';
import { generate, SEED } from './index.js';

describe('the statistics data set', () => {
  it('is the same on every run of the same seed, and another seed changes the figures', () => {
    const first = generate();
    expect(generate(SEED)).toEqual(first);
    const other = generate(SEED + 10);
    expect(other.resident_figures.length).toBe(first.resident_figures.length);
    expect(other.resident_figures.map((r) => r.total)).not.toEqual(first.resident_figures.map((r) => r.total));
  });
});
