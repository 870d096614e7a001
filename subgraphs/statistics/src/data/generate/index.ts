/**
 * The whole deterministic data set of the statistics subgraph, as rows ready to insert. Pure: the
 * same seed gives the same rows on every run (no clock, no Math.random). Each data set draws from
 * its own generator, so that changing one leaves the others' figures as they were.
 */
import { createRandom } from '../../../../../lib/random.js';
import type { DataSourceTable, LabourMarketTable, MinorsCensusTable, ResidentFigureTable } from '../tables.js';
import { buildResidents } from './residents.js';
import { buildMinors } from './minors.js';
import { buildLabour } from './labour.js';
import { buildSources } from './sources.js';

/** Seed of the generators; change it and every figure of the data set changes. */
export const SEED = 20_261_203;

export interface GeneratedData {
  readonly data_sources: DataSourceTable[];
  readonly resident_figures: ResidentFigureTable[];
  readonly minors_census: MinorsCensusTable[];
  readonly labour_market: LabourMarketTable[];
}

/** Generates every row of the data set. */
export function generate(seed: number = SEED): GeneratedData {
  const resident_figures = buildResidents(createRandom(seed));
  return {
    data_sources: buildSources(),
    resident_figures,
    minors_census: buildMinors(createRandom(seed + 1)),
    labour_market: buildLabour(resident_figures, createRandom(seed + 2)),
  };
}
