/**
 * Per-request DataLoaders: every entity lookup and relation of a request is batched into one
 * statement per kind (and per distinct filter and page), whatever the number of parents.
 */
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import { byKey, pagedLoader, type PagedLoader } from '../../../../lib/loaders.js';
import type { ServicesDb, ServiceRow } from './tables.js';
import { SERVICE_AREAS, type ServiceArea } from './enums.js';
import * as repo from './services.repository.js';
import { languagesOf } from './communityLanguages.js';

export interface AreaCount {
  readonly area: ServiceArea;
  readonly count: number;
}

export interface Loaders {
  service: DataLoader<string, ServiceRow | null>;
  servicesOfAssociation: PagedLoader<ServiceRow, repo.ServiceFilter>;
  servicesOfMunicipality: PagedLoader<ServiceRow, repo.ServiceFilter>;
  servicesOfProvince: PagedLoader<ServiceRow, repo.ServiceFilter>;
  servicesOfRegion: PagedLoader<ServiceRow, repo.ServiceFilter>;
  /** Services speaking a community's languages (by the community's ISO code). */
  servicesOfCommunity: PagedLoader<ServiceRow, repo.ServiceFilter>;
  areaCountsOfMunicipality: DataLoader<string, AreaCount[]>;
  areaCountsOfProvince: DataLoader<string, AreaCount[]>;
  areaCountsOfRegion: DataLoader<string, AreaCount[]>;
}

/**
 * Arranges the GROUP BY's rows per parent: every area in enum order, with zero where a
 * territory has no service of that area. (The counting itself is SQL's.)
 */
export function arrangeAreaCounts(rows: readonly repo.AreaCountRow[], parents: readonly string[]): AreaCount[][] {
  const byParent = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const counts = byParent.get(row.parent) ?? new Map<string, number>();
    counts.set(row.area, row.count);
    byParent.set(row.parent, counts);
  }
  return parents.map((parent) => SERVICE_AREAS.map((area) => ({ area, count: byParent.get(parent)?.get(area) ?? 0 })));
}

function areaCountsLoader(db: Kysely<ServicesDb>, parent: 'municipality_code' | 'province_code' | 'region_code') {
  return new DataLoader<string, AreaCount[]>(async (codes) => arrangeAreaCounts(await repo.areaCounts(db, parent, codes), codes));
}

/** Builds the loaders of one request. */
export function createLoaders(db: Kysely<ServicesDb>): Loaders {
  return {
    service: new DataLoader(async (ids) => byKey(ids, await repo.servicesById(db, ids), (s) => s.id)),
    servicesOfAssociation: pagedLoader((ids, filter, page) => repo.servicesOf(db, 'association_id', ids, filter, page)),
    servicesOfMunicipality: pagedLoader((codes, filter, page) => repo.servicesOf(db, 'municipality_code', codes, filter, page)),
    servicesOfProvince: pagedLoader((codes, filter, page) => repo.servicesOf(db, 'province_code', codes, filter, page)),
    servicesOfRegion: pagedLoader((codes, filter, page) => repo.servicesOf(db, 'region_code', codes, filter, page)),
    servicesOfCommunity: pagedLoader((codes, filter, page) =>
      repo.servicesSpeakingTo(db, codes.flatMap((community) => languagesOf(community).map((language) => ({ community, language }))), filter, page),
    ),
    areaCountsOfMunicipality: areaCountsLoader(db, 'municipality_code'),
    areaCountsOfProvince: areaCountsLoader(db, 'province_code'),
    areaCountsOfRegion: areaCountsLoader(db, 'region_code'),
  };
}
