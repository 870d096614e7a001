/** accounts: who the users are (`User` by `id`; `me`, `user`, `users`). */
import { parse } from 'graphql';
import { userById, users, type User } from './data.js';
import type { BenchSubgraph } from './server.js';

const typeDefs = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])

  type Query {
    me: User
    user(id: ID!): User
    users: [User]
  }

  type User @key(fields: "id") {
    id: ID!
    name: String
    username: String @shareable
    birthday: Int
  }
`);

export const accounts: BenchSubgraph = {
  name: 'accounts',
  typeDefs,
  resolvers: {
    Query: {
      me: (): User | undefined => users[0],
      user: (_: unknown, args: { id: string }): User | undefined => userById(args.id),
      users: (): readonly User[] => users,
    },
    User: {
      __resolveReference: (reference: { id: string }): User | undefined => userById(reference.id),
    },
  },
};
