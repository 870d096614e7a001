/** products: the catalogue (`Product` by `upc`: name, price, weight; `topProducts`). */
import { parse } from 'graphql';
import { productByUpc, products, type Product } from './data.js';
import type { BenchSubgraph } from './server.js';

const typeDefs = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  type Query {
    topProducts(first: Int = 5): [Product]
  }

  type Product @key(fields: "upc") {
    upc: String!
    name: String
    price: Int
    weight: Int
  }
`);

export const productsSubgraph: BenchSubgraph = {
  name: 'products',
  typeDefs,
  resolvers: {
    Query: {
      topProducts: (_: unknown, args: { first: number }): readonly Product[] => products.slice(0, args.first),
    },
    Product: {
      __resolveReference: (reference: { upc: string }): Product | undefined => productByUpc(reference.upc),
    },
  },
};
