/**
 * Less work per subgraph fetch, without changing any answer:
 *
 * - **Each entity once.** Apollo Gateway sends one representation per place an entity appears in
 *   the result so far (the same product under every review that names it). `distinctEntities`
 *   keeps each distinct representation once; `fanOutEntities` gives its answer back to every
 *   place that needed it, and each error about it to each of them, with its path renumbered.
 * - **One fetch per entity.** Entity fetches of one plan level to one subgraph become one fetch
 *   (`combineEntityFetches`): each entity once whichever fetch named it, with every fetch's
 *   selections; `pickEntities` gives each fetch its entities back.
 * - **One operation per subgraph and plan level.** Fetches of one client request to one subgraph
 *   that leave together (the parallel fetches of one level of a query plan) become one operation:
 *   `mergeFetches` prefixes each fetch's root fields (as aliases), variables and fragments with
 *   `b<i>_`, and `splitAnswer` gives each fetch its own part of the answer, errors by path.
 *
 * Pure functions over Apollo's fetch requests and the subgraph's answers; the data source
 * (`subgraphDataSource/together.ts`) decides when they apply.
 */
export {
  distinctEntities,
  fanOutEntities,
  pickEntities,
  unifyRepresentations,
  type DistinctEntities,
} from './entities.js';
export {
  combineEntityFetches,
  unionOfEntityFetches,
  type CombinedFetch,
  type UnionOfEntityFetches,
} from './joining.js';
export { mergeFetches, mergeVariables, splitAnswer, type MergedFetches } from './operations.js';
