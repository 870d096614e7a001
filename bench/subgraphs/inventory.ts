/** inventory: stock and shipping (`Product.inStock`, and `shippingEstimate`, which requires the catalogue's price and weight). */
import { parse } from 'graphql';
import { inStock, shippingEstimate } from './data.js';
import type { BenchSubgraph } from './server.js';

const typeDefs = parse(/* GraphQL */ `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires"])

  type Product @key(fields: "upc") {
    upc: String!
    weight: Int @external
    price: Int @external
    inStock: Boolean
    shippingEstimate: Int @requires(fields: "price weight")
  }
`);

/** A representation: the key, plus price and weight when the gateway fetched them for `shippingEstimate`. */
interface ProductReference {
  readonly upc: string;
  readonly price?: number | null;
  readonly weight?: number | null;
}

export const inventory: BenchSubgraph = {
  name: 'inventory',
  typeDefs,
  resolvers: {
    Product: {
      __resolveReference: (reference: ProductReference): ProductReference => reference,
      inStock: (product: ProductReference): boolean | null => inStock[product.upc] ?? null,
      shippingEstimate: (product: ProductReference): number | null =>
        product.price == null || product.weight == null
          ? null
          : shippingEstimate(product.price, product.weight),
    },
  },
};
