/**
 * Stored enum values are plain strings; these guards turn them into the GraphQL enum types and
 * fail loudly (an internal error, not user input) if the database holds something unknown.
 */
import type { IndicatorType, PilotActionStatus, ThematicArea } from '../__generated__/resolvers-types.js';
import { isPilotActionStatus } from '../domain/lifecycle.js';
import { INDICATOR_TYPES, THEMATIC_AREAS } from '../domain/areas.js';

/** The status of a stored action. */
export function statusOf(value: string): PilotActionStatus {
  if (!isPilotActionStatus(value)) throw new Error(`unknown stored pilot action status "${value}"`);
  return value;
}

/** The thematic area of a stored action. */
export function thematicAreaOf(value: string): ThematicArea {
  const area = THEMATIC_AREAS.find((a) => a === value);
  if (!area) throw new Error(`unknown stored thematic area "${value}"`);
  return area;
}

/** The type of a stored indicator. */
export function indicatorTypeOf(value: string): IndicatorType {
  const type = INDICATOR_TYPES.find((t) => t === value);
  if (!type) throw new Error(`unknown stored indicator type "${value}"`);
  return type;
}
