import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One graphql module for everything: Apollo's packages load graphql's CommonJS build, so tests
// must too, or schema objects from two module instances would meet.
const require = createRequire(import.meta.url);
const graphqlCjs = require.resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] },
  test: {
    env: { APOLLO_TELEMETRY_DISABLED: 'true' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'gateway/**/*.test.ts', 'subgraphs/**/*.test.ts', 'schema/**/*.test.ts', 'registry/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
