/** What the resolvers of each type receive as parent: the stored rows. Picked up by codegen. */
import type { CommunityRef } from './data/communities.js';
import type { RegionRow, ProvinceRow, MunicipalityRow } from './data/tables.js';

export type RegionModel = RegionRow;
export type ProvinceModel = ProvinceRow;
export type MunicipalityModel = MunicipalityRow;
export type CommunityModel = CommunityRef;
