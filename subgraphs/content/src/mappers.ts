/**
 * What the resolvers of each type receive as parent: the stored rows. Picked up by codegen by name
 * (`<Type>Model`). Municipality needs none: this subgraph only returns its key.
 */
import type { ContentRow } from './data/tables.js';

export type ContentModel = ContentRow;
