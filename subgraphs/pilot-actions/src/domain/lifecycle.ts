/**
 * The status lifecycle of a pilot action, in one place: what `allowedTransitions` answers and what
 * any future mutation must check before changing a status.
 *
 *   PLANNED -> ACTIVE -> (SUSPENDED <-> ACTIVE) -> COMPLETED -> EVALUATED
 *
 * A suspended action may also be closed directly (COMPLETED) when it will not resume; an evaluated
 * action is final.
 */
import type { PilotActionStatus } from '../__generated__/resolvers-types.js';

export const PILOT_ACTION_STATUSES: readonly PilotActionStatus[] = [
  'PLANNED',
  'ACTIVE',
  'SUSPENDED',
  'COMPLETED',
  'EVALUATED',
];

const TRANSITIONS: Readonly<Record<PilotActionStatus, readonly PilotActionStatus[]>> = {
  PLANNED: ['ACTIVE'],
  ACTIVE: ['SUSPENDED', 'COMPLETED'],
  SUSPENDED: ['ACTIVE', 'COMPLETED'],
  COMPLETED: ['EVALUATED'],
  EVALUATED: [],
};

/** True when `value` is one of the GraphQL `PilotActionStatus` values (stored statuses are checked). */
export function isPilotActionStatus(value: string): value is PilotActionStatus {
  return (PILOT_ACTION_STATUSES as readonly string[]).includes(value);
}

/** The statuses an action in `status` may move to next, in lifecycle order. */
export function allowedTransitions(status: PilotActionStatus): readonly PilotActionStatus[] {
  return TRANSITIONS[status];
}

/** True when an action may move from `from` to `to`. */
export function canTransition(from: PilotActionStatus, to: PilotActionStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
