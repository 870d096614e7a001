import { describe, expect, it } from 'vitest';
import { DateScalar, MoneyScalar, formatCents, parseEuro } from './scalars.js';

describe('Money', () => {
  it('formats integer cents exactly, beyond 32-bit integers', () => {
    expect(formatCents(0)).toBe('0.00');
    expect(formatCents(5)).toBe('0.05');
    expect(formatCents(-1999)).toBe('-19.99');
    expect(formatCents(123_456_789_012_34)).toBe('123456789012.34');
  });
  it('parses decimal euro strings to cents without floating-point error', () => {
    expect(parseEuro('0.1')).toBe(10);
    expect(parseEuro('1250000.00')).toBe(125_000_000);
    expect(parseEuro('-3.07')).toBe(-307);
    expect(parseEuro(formatCents(987_654_321_098_76))).toBe(987_654_321_098_76);
  });
  it('refuses amounts that are not euro with at most two decimals', () => {
    for (const bad of ['1.234', '1e3', 'abc', '', '1,50']) expect(() => parseEuro(bad)).toThrow();
    expect(() => MoneyScalar.parseValue(12.5)).toThrow(/decimal string/);
  });
});

describe('Date', () => {
  it('accepts calendar dates and refuses impossible ones', () => {
    expect(DateScalar.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(() => DateScalar.parseValue('2023-02-29')).toThrow(/not a calendar date/);
    expect(() => DateScalar.parseValue('29/02/2024')).toThrow(/YYYY-MM-DD/);
  });
});
