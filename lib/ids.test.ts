import { describe, expect, it } from 'vitest';
import { checkId, formatId, ID_MAX_LENGTH, isId, maxIdNumber, parseId } from './ids.js';

describe('entity ids', () => {
  it('are padded to their width, and grow past it', () => {
    expect(formatId('service', 1)).toBe('SRV-00001');
    expect(formatId('service', 99_999)).toBe('SRV-99999');
    expect(formatId('service', 100_000)).toBe('SRV-100000');
    expect(formatId('pilotAction', 999)).toBe('PA-999');
    expect(formatId('pilotAction', 1000)).toBe('PA-1000');
    expect(formatId('association', 10_000)).toBe('ASS-10000');
    expect(formatId('measurement', 1)).toBe('MEA-000001');
  });

  it('parse back to their number in every spelling the allocator writes, and no other', () => {
    for (const [kind, n] of [
      ['service', 100_000],
      ['pilotAction', 1000],
      ['call', 12_345],
      ['monitoringVisit', 7],
    ] as const) {
      expect(parseId(kind, formatId(kind, n))).toBe(n);
    }
    expect(parseId('service', 'SRV-05201')).toBe(5201);
    // Short of the padding, padded past it, zero, another kind's prefix: not ids.
    for (const value of [
      'SRV-1',
      'SRV-0100000',
      'SRV-00000',
      'SRV-',
      'srv-00001',
      'PA-00001',
      ' SRV-00001',
    ]) {
      expect(parseId('service', value)).toBeUndefined();
    }
    expect(['PA-09', 'PA-0999', 'PA-000'].map((v) => isId('pilotAction', v))).toEqual([false, false, false]);
    expect(['PA-009', 'PA-999', 'PA-1000', 'PA-123456'].every((v) => isId('pilotAction', v))).toBe(true);
  });

  it('fit the id columns, up to the greatest number each kind can carry', () => {
    for (const kind of [
      'service',
      'association',
      'pilotAction',
      'indicator',
      'measurement',
      'monitoringVisit',
      'call',
      'allocation',
    ] as const) {
      const last = formatId(kind, maxIdNumber(kind));
      expect(last.length).toBeLessThanOrEqual(ID_MAX_LENGTH);
      expect(parseId(kind, last)).toBe(maxIdNumber(kind));
      expect(() => formatId(kind, maxIdNumber(kind) + 1)).toThrow(RangeError);
    }
    expect(isId('service', `SRV-1${'0'.repeat(12)}`)).toBe(false);
  });

  it('refuse a malformed argument as BAD_USER_INPUT naming it and the format', () => {
    expect(checkId('id', 'SRV-100000', 'service')).toBe('SRV-100000');
    expect(checkId('id', 'FS-FAMI-2021-2027', 'fundingSource')).toBe('FS-FAMI-2021-2027');
    expect(() => checkId('filter.ids', 'PA-9', 'pilotAction')).toThrow(
      'Invalid argument "filter.ids": must be a pilot action id such as "PA-001", got "PA-9"',
    );
    expect(() => checkId('id', 'FS-fami', 'fundingSource')).toThrow(/funding source id/);
  });
});
