/**
 * Validation of ids, codes and filters given by clients. A malformed value is bad input
 * (`BAD_USER_INPUT` naming the argument); a well-formed id that does not exist simply finds nothing.
 */
import { badUserInput } from '../../../../lib/errors.js';
import type { PilotActionFilter as FilterInput } from '../__generated__/resolvers-types.js';
import type { PilotActionFilter } from '../data/pilotActions.repository.js';

/** Id formats of this subgraph's entities, with an example for the error message. */
export const ID_FORMATS = {
  pilotAction: { pattern: /^PA-\d{3}$/, example: 'PA-009' },
  indicator: { pattern: /^IND-\d{4,}$/, example: 'IND-0001' },
  measurement: { pattern: /^MEA-\d{6,}$/, example: 'MEA-000001' },
  monitoringVisit: { pattern: /^MV-\d{4,}$/, example: 'MV-0001' },
} as const;

/** Returns `value` when it has the format of `kind`'s ids, else throws naming `argument`. */
export function checkId(argument: string, value: string, kind: keyof typeof ID_FORMATS): string {
  const { pattern, example } = ID_FORMATS[kind];
  if (!pattern.test(value)) throw badUserInput(argument, `must be an id like "${example}", got "${value}"`);
  return value;
}

/** ISTAT codes are fixed-length digit strings (region 2, municipality 6). */
export function checkCode(argument: string, value: string, digits: number): string {
  if (!new RegExp(`^\\d{${digits}}$`).test(value)) {
    throw badUserInput(argument, `must be an ISTAT code of ${digits} digits, got "${value}"`);
  }
  return value;
}

/** Validates a `PilotActionFilter`, naming the wrong field as `filter.<field>`. */
export function checkFilter(filter: FilterInput | null | undefined): PilotActionFilter {
  return {
    regionCode: filter?.regionCode == null ? null : checkCode('filter.regionCode', filter.regionCode, 2),
    municipalityCode: filter?.municipalityCode == null ? null : checkCode('filter.municipalityCode', filter.municipalityCode, 6),
    statuses: filter?.statuses ?? null,
    thematicAreas: filter?.thematicAreas ?? null,
    behindTarget: filter?.behindTarget ?? null,
    ids: filter?.ids == null ? null : filter.ids.map((id) => checkId('filter.ids', id, 'pilotAction')),
  };
}
