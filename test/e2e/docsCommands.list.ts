/**
 * Which of the docs' shell commands test/e2e/docsCommands.e2e.ts runs, and how; which it cannot,
 * and why.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { credential } from '../../registry/src/registry.fixture.js';
import type { E2EGraph } from './harness.js';

const root = path.resolve(import.meta.dirname, '../..');

/** What a command's output must be, beyond its exit code and the output the doc shows under it. */
export type Answer = 'graphql data' | 'registry JSON' | 'token' | 'anything';
export interface Run {
  readonly command: RegExp;
  readonly answer: Answer;
  /** @default 0 */
  readonly exitCode?: number;
}

/** The commands run here; the first entry that matches a command applies. */
export const RUN: readonly Run[] = [
  // The walk-through shows this check refused, with the report under it.
  {
    command: /^npm run -s subgraph -- check services --schema \/tmp\/services-breaking\.graphql /,
    answer: 'anything',
    exitCode: 1,
  },
  { command: /^curl -s http:\/\/127\.0\.0\.1:400\d\/graphql /, answer: 'graphql data' },
  // docs/frontend.md: the API schema as text, its first lines.
  { command: /^curl -s http:\/\/127\.0\.0\.1:4000\/schema\.graphql \| sed -n 1,3p$/, answer: 'anything' },
  { command: /^sleep \d+; curl -s http:\/\/127\.0\.0\.1:4000\/health\b/, answer: 'anything' },
  { command: /^npm run -s token -- /, answer: 'token' },
  { command: /^(TOKEN|HASH|OWNER)=\$\((npm run -s (token|subgraph) -- |jq )/, answer: 'anything' },
  { command: /^npm run -s subgraph -- (list|history|rollback|supergraph) /, answer: 'anything' },
  { command: /^npm run -s subgraph -- publish services /, answer: 'anything' },
  // docs/partners.md's new partner: the owner's allowances, and the newcomer's check (passing here: the graph already holds it).
  {
    command:
      /^npm run -s subgraph -- extensions territories --type Community (--allow associations,services,content )?--token "\$OWNER"$/,
    answer: 'anything',
  },
  {
    command:
      /^npm run -s subgraph -- check content --schema subgraphs\/content\/schema\.graphql --token "\$TOKEN"$/,
    answer: 'anything',
  },
  // docs/partners.md: a partner's traffic policy, recorded, shown and removed.
  {
    command:
      /^npm run -s subgraph -- traffic statistics (--set (timeoutMs=3000,retries=0|'') )?--token "\$TOKEN"$/,
    answer: 'anything',
  },
  { command: /^sed '/, answer: 'anything' },
  // docs/integrators.md: the integrator kit, built and packed from the checkout.
  { command: /^npm run build:client$/, answer: 'anything' },
  { command: /^cd clients && npm pack --pack-destination \/tmp$/, answer: 'anything' },
  { command: /^REGISTRY=http:\/\/127\.0\.0\.1:4100$/, answer: 'anything' },
  {
    command: /^TOKEN=\$\(curl -s "\$REGISTRY\/api\/dev-token\/my-client\?as=client" \| jq -r \.token\)$/,
    answer: 'anything',
  },
  { command: /^jq -n --rawfile text MyQuery\.graphql /, answer: 'registry JSON' },
  { command: /^#!\/usr\/bin\/env bash\n# usage: ci\/registry\.sh /, answer: 'anything' },
];

/** The commands a test cannot run as written, why, and what checks them instead. */
export const NOT_RUN: readonly { readonly command: RegExp; readonly reason: string }[] = [
  {
    command: /^npm install && npm start$/,
    reason:
      'installs packages, then serves until Ctrl-C on the fixed ports; what it starts (scripts/graph.ts) is the graph every e2e test, this one included, runs',
  },
  { command: /^npm install && npm test$/, reason: 'runs this very suite' },
  {
    command:
      /^rm -f data\/registry\.sqlite && REGISTRY_SEED_SUBGRAPHS=territories,services,associations,funding,pilot-actions npm start$/,
    reason:
      'serves until Ctrl-C on the fixed ports; test/e2e/newPartners.e2e.ts starts the same graph (a registry seeded without content and statistics) and replays the walk-through',
  },
  {
    command:
      /^npm run -s subgraph -- publish content --schema subgraphs\/content\/schema\.graphql --url http:\/\/127\.0\.0\.1:4006\/graphql --token "\$TOKEN"$/,
    reason:
      "would point this test's registry at the documented port 4006, where its content subgraph does not listen; test/e2e/newPartners.e2e.ts publishes content and statistics with the CLI at their own URLs",
  },
  {
    command: /^npm install \/tmp\/integra-client-0\.1\.0\.tgz graphql$/,
    reason:
      "installs into an integrator's own project, from the npm registry; test/e2e/clientKit.e2e.ts installs the packed kit in a project outside the repository, compiles a program with tsc --strict and runs it against a gateway with trusted documents on",
  },
  {
    command: /^npm run bench$/,
    reason: 'loads the whole machine for about 25 minutes; docs/benchmark.md shows its last run',
  },
  {
    command:
      /^BENCH_DURATION_S=2 BENCH_ROUNDS=1 BENCH_WARMUP_S=1 BENCH_VARIANTS=ours-dedup,hive-dedup npm run bench$/,
    reason:
      "the benchmark's quick check: still five minutes of every gateway under load; its parts are tested in bench/*.test.ts (pools, targets, representations, answer checks)",
  },
  {
    command: /^BENCH_PROFILE_WORKLOAD=distinct npm run bench:profile$/,
    reason:
      'starts the domain graph and loads one gateway under --cpu-prof, about a minute of the whole machine; docs/benchmark.md quotes its last report (bench/results/profile-ours-distinct.md)',
  },
  {
    command: /^SERVICES_DATABASE_URL=\S+ npm start$/,
    reason:
      'serves until Ctrl-C on the fixed ports; every subgraph test runs on PostgreSQL too (test/dialects.ts)',
  },
  {
    command: /^npm run gateway -- --supergraph schema\/supergraph\.graphql --port 4000$/,
    reason:
      'a server on a fixed port, until stopped; test/e2e/cluster.e2e.ts starts gateway/src/main.ts with --port and --supergraph',
  },
  {
    command: /^GATEWAY_WORKERS=auto npm run gateway -- --supergraph schema\/supergraph\.graphql$/,
    reason:
      'a server until stopped, one worker per core; test/e2e/cluster.e2e.ts starts the gateway with GATEWAY_WORKERS',
  },
  {
    command: /^node -e "import\('jose'\)[\s\S]*> \/run\/secrets\/gateway-assertion\.jwk\.json$/,
    reason:
      'writes a production secret under /run/secrets; test/e2e/production.e2e.ts makes its assertion key the same way',
  },
  {
    command: /^NODE_ENV=production GATEWAY_JWKS_URL=https:\/\/id\.example\.gov\.it\/[\s\S]* npm run gateway$/,
    reason:
      "a production gateway against an identity provider's JWKS; test/e2e/production.e2e.ts runs one against a local JWKS",
  },
  {
    command:
      /^NODE_ENV=production INTEGRA_GATEWAY_JWKS_URL=http:\/\/gateway\.internal:4000\/\S+ npx tsx subgraphs\/services\/src\/main\.ts$/,
    reason: 'a production subgraph behind a production gateway; test/e2e/production.e2e.ts runs them',
  },
  // docs/partners.md's HTTP walk-through: a partner's own values (a placeholder token, its registry, its new subgraph and its URL).
  {
    command:
      /^(REGISTRY=https:\/\/registry\.integra\.example\.org|NAME=housing-offers|TOKEN=\.\.\.|auth=\(-H "authorization: Bearer \$TOKEN" -H 'content-type: application\/json'\))$/,
    reason: "a partner's placeholder values for its own registry",
  },
  {
    command:
      /^(jq -n --rawfile sdl schema\.graphql [^\n]*\|\n {2})?curl -sS "\$\{auth\[@\]\}" [^\n]*"\$REGISTRY\/api\/subgraphs\/\$NAME\/(check|publish|versions|rollback)" \| jq [^\n]*$/,
    reason:
      "calls a partner's registry with the placeholder values above; the ci/registry.sh block (run here) makes the same check and publish calls, and npm run subgraph (run here) the versions and rollback calls",
  },
  // docs/operators.md's production build and deployment.
  {
    command: /^npm run build$/,
    reason:
      'rewrites dist/ in the checkout; scripts/build.slow.test.ts runs it, then starts every process of the build with node',
  },
  {
    command: /^npm ci --omit=dev$/,
    reason:
      "would replace this checkout's node_modules; scripts/build.slow.test.ts runs it in a folder holding only dist/, package.json and package-lock.json",
  },
  {
    command: /^npx tsx deploy\/keys\.ts deploy\/secrets$/,
    reason: "writes an operator's secrets; deploy/images.test.ts makes the same keys in a temporary folder",
  },
  {
    command:
      /^docker build -f deploy\/(gateway|registry|subgraph)\.Dockerfile (--build-arg SUBGRAPH=services )?-t integra\/(gateway|registry|subgraph-services) \.$/,
    reason:
      'needs a Docker daemon, which the tests do not have; deploy/images.test.ts reads the Dockerfiles, and scripts/build.slow.test.ts runs their build and start commands without Docker',
  },
  {
    command:
      /^POSTGRES_PASSWORD=\S+ GATEWAY_JWT_ISSUER=\S+ docker compose -p integra -f deploy\/compose\.yaml up --build -d$/,
    reason:
      'needs a Docker daemon; deploy/compose.test.ts validates the file against the compose-spec schema and its environment with the code',
  },
  {
    command:
      /^kubectl (create configmap integra-jwks|create secret generic gateway-assertion-key|apply -f deploy\/kubernetes\/)( --from-file=\S+)*$/,
    reason:
      'needs a cluster; deploy/kubernetes.test.ts validates every manifest against the Kubernetes schemas and its environment with the code',
  },
  {
    command: /^npx tsx deploy\/kubernetes\.ts$/,
    reason:
      'rewrites the generated manifests; deploy/kubernetes.test.ts fails when the committed ones differ from what it writes',
  },
];

/** How a block runs, when not from the repository with nothing more. */
export interface Setup {
  readonly block: RegExp;
  /** Files of a temporary working folder; the block then runs there. */
  readonly files?: (graph: E2EGraph) => Record<string, string>;
  readonly env?: (graph: E2EGraph) => Promise<Record<string, string>>;
  /** The gateway answering on 4000: one with trusted documents on, as the block's section says. */
  readonly trustedDocuments?: true;
  /** A script block is saved at `path` and run with each of `args`. */
  readonly script?: { readonly path: string; readonly args: readonly string[] };
}

const servicesUrl = (graph: E2EGraph) => graph.subgraphs.find((s) => s.name === 'services')!.url;
export const SETUPS: readonly Setup[] = [
  { block: /sha256Hash/, trustedDocuments: true },
  {
    block: /MyQuery\.graphql/,
    // A query that reads no field the walk-through's breaking change removes, as the walk-through's report shows.
    files: () => ({ 'MyQuery.graphql': 'query MyQuery { region(code: "03") { name { text } } }\n' }),
    env: async (graph) => ({
      REGISTRY: graph.registry!.url,
      // The client's own credential: its partner claim is the client named in the path.
      TOKEN: await credential('my-client', ['registry:operations']),
    }),
  },
  {
    block: /ci\/registry\.sh check\|publish/,
    script: { path: 'ci/registry.sh', args: ['check', 'publish'] },
    files: () => ({
      'schema.graphql': readFileSync(path.join(root, 'subgraphs/services/schema.graphql'), 'utf8'),
    }),
    env: async (graph) => ({
      REGISTRY: graph.registry!.url,
      SUBGRAPH: 'services',
      TOKEN: await credential('services'),
      ROUTING_URL: servicesUrl(graph),
    }),
  },
];
