/**
 * Per-request DataLoaders: every entity lookup and relation of a request is batched into one
 * statement per kind, whatever the number of parents.
 */
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import { argsLoader, byKey, groupByKey, pagedLoader, type PagedLoader } from '../../../../lib/loaders.js';
import type { AssociationsDb, AssociationRow } from './tables.js';
import * as repo from './associations.repository.js';

export interface Loaders {
  association: DataLoader<string, AssociationRow | null>;
  /** ISO codes of the communities an association represents, main one first. */
  communities: DataLoader<string, string[]>;
  culturalFields: DataLoader<string, string[]>;
  associationsOfRegion: PagedLoader<AssociationRow, repo.AssociationFilter>;
  associationsOfProvince: PagedLoader<AssociationRow, repo.AssociationFilter>;
  associationsOfMunicipality: PagedLoader<AssociationRow, repo.AssociationFilter>;
  /** Associations representing a community (by its ISO code). */
  associationsOfCommunity: PagedLoader<AssociationRow, repo.AssociationFilter>;
  countsByCommunityOfRegion: CountsLoader;
}

/** Counts by community of a region under a filter; batched over the regions of a tick. */
export interface CountsLoader {
  load(regionCode: string, filter: repo.AssociationFilter): Promise<repo.CommunityCountRow[]>;
}

function countsLoader(db: Kysely<AssociationsDb>): CountsLoader {
  // Regions asking with the same filter share one GROUP BY.
  return argsLoader(async (codes, filter: repo.AssociationFilter) => {
    const rows = await repo.countsByCommunityOfRegions(db, codes, filter);
    return groupByKey(codes, rows, (r) => r.region).map((list) =>
      list.map(({ community, count }) => ({ community, count: Number(count) })),
    );
  });
}

/** Builds the loaders of one request (never share them between requests: they cache). */
export function createLoaders(db: Kysely<AssociationsDb>): Loaders {
  return {
    association: new DataLoader(async (ids) => byKey(ids, await repo.associationsById(db, ids), (a) => a.id)),
    communities: new DataLoader(async (ids) =>
      groupByKey(ids, await repo.communitiesOf(db, ids), (c) => c.association_id).map((rows) => rows.map((r) => r.community)),
    ),
    culturalFields: new DataLoader(async (ids) =>
      groupByKey(ids, await repo.culturalFieldsOf(db, ids), (c) => c.association_id).map((rows) => rows.map((r) => r.field)),
    ),
    associationsOfRegion: pagedLoader((codes, filter, page) => repo.associationsSeatedIn(db, 'seat_region_code', codes, filter, page)),
    associationsOfProvince: pagedLoader((codes, filter, page) => repo.associationsSeatedIn(db, 'seat_province_code', codes, filter, page)),
    associationsOfMunicipality: pagedLoader((codes, filter, page) =>
      repo.associationsSeatedIn(db, 'seat_municipality_code', codes, filter, page),
    ),
    associationsOfCommunity: pagedLoader((codes, filter, page) => repo.associationsRepresenting(db, codes, filter, page)),
    countsByCommunityOfRegion: countsLoader(db),
  };
}
