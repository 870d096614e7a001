/**
 * What the resolvers of each type receive as parent. Picked up by codegen by name (`<Type>Model`).
 * Regions, provinces and communities are other subgraphs' entities: here only their keys. A data
 * source is its data set's id; the figures are built in their GraphQL shape (data/figures.ts).
 */
import type { Key, SourceKey } from './data/figures.js';

export type RegionModel = Key;
export type ProvinceModel = Key;
export type CommunityModel = Key;
export type DataSourceModel = SourceKey;
