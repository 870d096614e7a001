/**
 * reviews: what users wrote about products (`Review` by `id`), and the reviews of a `User` and of a
 * `Product`. It stores each author's username, so it provides it (`@provides`) with the author.
 */
import { parse } from 'graphql';
import { reviews, reviewsByAuthor, reviewsOfProduct, userById, type Review } from './data.js';
import type { BenchSubgraph } from './server.js';

const typeDefs = parse(/* GraphQL */ `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@provides"])

  type Review @key(fields: "id") {
    id: ID!
    body: String
    product: Product
    author: User @provides(fields: "username")
  }

  type User @key(fields: "id") {
    id: ID!
    username: String @external
    reviews: [Review]
  }

  type Product @key(fields: "upc") {
    upc: String!
    reviews: [Review]
  }
`);

interface UserReference {
  readonly id: string;
  readonly username?: string;
}

export const reviewsSubgraph: BenchSubgraph = {
  name: 'reviews',
  typeDefs,
  resolvers: {
    Review: {
      __resolveReference: (reference: { id: string }): Review | undefined =>
        reviews.find((r) => r.id === reference.id),
      product: (review: Review): { upc: string } => ({ upc: review.productUpc }),
      author: (review: Review): UserReference => ({
        id: review.authorId,
        username: userById(review.authorId)?.username,
      }),
    },
    User: {
      __resolveReference: (reference: UserReference): UserReference => reference,
      reviews: (user: UserReference): readonly Review[] => reviewsByAuthor(user.id),
    },
    Product: {
      __resolveReference: (reference: { upc: string }): { upc: string } => reference,
      reviews: (product: { upc: string }): readonly Review[] => reviewsOfProduct(product.upc),
    },
  },
};
