import { describe, expect, it } from 'vitest';
import { PILOT_ACTION_STATUSES, allowedTransitions, canTransition } from './lifecycle.js';

describe('pilot action lifecycle', () => {
  it('allows only the sensible transitions', () => {
    const allowed = PILOT_ACTION_STATUSES.flatMap((from) =>
      PILOT_ACTION_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}->${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'PLANNED->ACTIVE',
        'ACTIVE->SUSPENDED',
        'ACTIVE->COMPLETED',
        'SUSPENDED->ACTIVE',
        'SUSPENDED->COMPLETED',
        'COMPLETED->EVALUATED',
      ].sort(),
    );
  });

  it('never goes back to PLANNED, never skips to EVALUATED, and ends at EVALUATED', () => {
    for (const status of PILOT_ACTION_STATUSES) expect(canTransition(status, 'PLANNED')).toBe(false);
    expect(canTransition('ACTIVE', 'EVALUATED')).toBe(false);
    expect(canTransition('PLANNED', 'COMPLETED')).toBe(false);
    expect(allowedTransitions('EVALUATED')).toEqual([]);
  });
});
