/**
 * Validation of ids, codes and filters given by clients. A malformed value is bad input
 * (`BAD_USER_INPUT` naming the argument); a well-formed id that does not exist simply finds nothing.
 */
import { checkId } from '../../../../lib/ids.js';
import { checkOptionalIstatCode } from '../../../../lib/istat.js';
import type { PilotActionFilter as FilterInput } from '../__generated__/resolvers-types.js';
import type { PilotActionFilter } from '../data/pilotActions.repository.js';

/** The id formats are the graph's (`lib/ids.ts`); the resolvers check them from here. */
export { checkId };

/** Validates a `PilotActionFilter`, naming the wrong field as `filter.<field>`. */
export function checkFilter(filter: FilterInput | null | undefined): PilotActionFilter {
  return {
    regionCode: checkOptionalIstatCode('filter.regionCode', filter?.regionCode, 'region'),
    municipalityCode: checkOptionalIstatCode(
      'filter.municipalityCode',
      filter?.municipalityCode,
      'municipality',
    ),
    statuses: filter?.statuses ?? null,
    thematicAreas: filter?.thematicAreas ?? null,
    behindTarget: filter?.behindTarget ?? null,
    ids: filter?.ids == null ? null : filter.ids.map((id) => checkId('filter.ids', id, 'pilotAction')),
  };
}
