import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One graphql module for everything: Apollo's packages load graphql's CommonJS build, so tests
// must too, or schema objects from two module instances would meet.
const require = createRequire(import.meta.url);
const graphqlCjs = require.resolve('graphql');

const UNIT = [
  'lib/**/*.test.ts',
  'gateway/**/*.test.ts',
  'subgraphs/**/*.test.ts',
  'schema/**/*.test.ts',
  'registry/**/*.test.ts',
  'test/**/*.test.ts',
  'clients/**/*.test.ts',
  'deploy/**/*.test.ts',
  'bench/**/*.test.ts',
];
const SLOW = ['**/*.slow.test.ts', '**/*.fuzz.test.ts'];

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] },
  test: {
    env: { APOLLO_TELEMETRY_DISABLED: 'true' },
    // The explorer's bundle, built when stale: the gateway serves it to a browser's GET of /graphql.
    globalSetup: ['test/browserBuilds.ts'],
    projects: [
      {
        // The inner loop (`npm run test:fast`): one component or one process at a time. A test that
        // needs more than 10 s is slow by design and belongs in the `slow` project.
        extends: true,
        test: {
          name: 'unit',
          include: UNIT,
          exclude: [...SLOW, '**/node_modules/**'],
          testTimeout: 10_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Whole-repository work: a scaffolded subgraph installed and tested, thousands of fuzzed requests.
        extends: true,
        test: {
          name: 'slow',
          include: SLOW,
          testTimeout: 300_000,
          hookTimeout: 180_000,
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
