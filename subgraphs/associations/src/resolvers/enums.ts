/** Stored enum values back to their GraphQL types; an unknown value is a data error, not user input. */
import type { AssociationKind, CulturalField } from '../__generated__/resolvers-types.js';

const KINDS: readonly AssociationKind[] = [
  'MIGRANT_ASSOCIATION',
  'SECOND_GENERATION_ASSOCIATION',
  'CULTURAL_ORGANISATION',
  'THIRD_SECTOR_BODY',
];
/** In the SDL's order, which is also the order fields are listed in. */
const FIELDS: readonly CulturalField[] = [
  'LITERATURE',
  'CINEMA',
  'THEATRE',
  'MUSIC',
  'VISUAL_ARTS',
  'CULTURAL_HERITAGE',
];

/** The stored kind as the GraphQL enum value. */
export function asKind(value: string): AssociationKind {
  const kind = KINDS.find((k) => k === value);
  if (!kind) throw new Error(`stored association kind "${value}" is not an AssociationKind`);
  return kind;
}

/** The stored cultural fields as GraphQL enum values, in the SDL's order. */
export function asCulturalFields(values: readonly string[]): CulturalField[] {
  const fields = FIELDS.filter((f) => values.includes(f));
  if (fields.length !== values.length)
    throw new Error(`stored cultural fields ${values.join(',')} include unknown values`);
  return fields;
}
