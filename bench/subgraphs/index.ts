/** The standard workload's four subgraphs, by name. */
import { accounts } from './accounts.js';
import { inventory } from './inventory.js';
import { productsSubgraph } from './products.js';
import { reviewsSubgraph } from './reviews.js';
import type { BenchSubgraph } from './server.js';

export const benchSubgraphs: readonly BenchSubgraph[] = [
  accounts,
  productsSubgraph,
  reviewsSubgraph,
  inventory,
];
