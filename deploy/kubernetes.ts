/**
 * `npx tsx deploy/kubernetes.ts`: writes the Kubernetes manifests that follow from
 * schema/subgraphs.ts, one file per partner (`subgraph-<name>.yaml`: its Deployment, Service,
 * database Secret and PostgreSQL) and `registry.yaml` (the registry seeds every subgraph's routing
 * URL). gateway.yaml, redis.yaml and identity-provider.yaml are written by hand. kubernetes.test.ts
 * fails when the committed files differ from what this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { stringify } from 'yaml';
import { subgraphs, type SubgraphEntry } from '../schema/subgraphs.js';
import { integraPod, labels, postgres, type Manifest } from './kubernetesParts.js';

export const kubernetesDir = path.join(import.meta.dirname, 'kubernetes');

/** The Deployment and Service of an Integra process, listening on `port`. */
function processManifests(options: {
  readonly name: string;
  readonly component: string;
  readonly image: string;
  readonly port: number;
  readonly replicas: number;
  readonly env: readonly Record<string, unknown>[];
}): Manifest[] {
  const { name, component, port } = options;
  return [
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, labels: labels(name, component) },
      spec: {
        selector: { 'app.kubernetes.io/name': name },
        ports: [{ name: 'http', port, targetPort: 'http' }],
      },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, labels: labels(name, component) },
      spec: {
        replicas: options.replicas,
        selector: { matchLabels: { 'app.kubernetes.io/name': name } },
        // A new pod is ready before an old one drains: no moment without a ready replica.
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
        template: {
          metadata: { labels: labels(name, component) },
          spec: integraPod({
            name,
            image: options.image,
            port,
            env: options.env,
            resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '512Mi' } },
          }),
        },
      },
    },
  ];
}

const drainEnv = [
  // Endpoints are removed asynchronously: keep serving while every client learns the pod is going.
  { name: 'INTEGRA_DRAIN_DELAY_MS', value: '5000' },
  { name: 'INTEGRA_SHUTDOWN_TIMEOUT_MS', value: '20000' },
];
/** The images are tagged with the package's version. */
const imageTag = (
  JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** One partner's manifests: its subgraph (two replicas) and its own PostgreSQL. */
export function subgraphManifests(entry: SubgraphEntry): Manifest[] {
  const database = postgres(entry.name, entry.envPrefix.toLowerCase());
  const env = [
    {
      name: `${entry.envPrefix}_DATABASE_URL`,
      valueFrom: { secretKeyRef: { name: database.secret, key: 'url' } },
    },
    { name: 'INTEGRA_GATEWAY_JWKS_FILE', value: '/etc/integra/jwks/gateway-jwks.json' },
    ...drainEnv,
    // A pilot action's lead region is another partner's fact: the funding subgraph asks the graph.
    ...(entry.name === 'funding'
      ? [{ name: 'FUNDING_GRAPH_URL', value: 'http://gateway:4000/graphql' }]
      : []),
  ];
  return [
    ...database.manifests,
    ...processManifests({
      name: entry.name,
      component: 'subgraph',
      image: `integra/subgraph-${entry.name}:${imageTag}`,
      port: entry.defaultPort,
      replicas: 2,
      env,
    }),
  ];
}

/** The schema registry (one replica) and its PostgreSQL; it seeds every subgraph at its Service. */
export function registryManifests(): Manifest[] {
  const database = postgres('registry', 'registry');
  const env = [
    { name: 'REGISTRY_DATABASE_URL', valueFrom: { secretKeyRef: { name: database.secret, key: 'url' } } },
    { name: 'REDIS_URL', value: 'redis://redis:6379' },
    // Partners' credentials come from the identity provider; gateways' reads carry the gateway's assertion.
    { name: 'GATEWAY_JWKS_FILE', value: '/etc/integra/jwks/identity-provider-jwks.json' },
    ...['issuer', 'audience'].map((key) => ({
      name: `GATEWAY_JWT_${key.toUpperCase()}`,
      valueFrom: { configMapKeyRef: { name: 'integra-identity-provider', key } },
    })),
    { name: 'INTEGRA_GATEWAY_JWKS_FILE', value: '/etc/integra/jwks/gateway-jwks.json' },
    ...subgraphs.map((s) => ({
      name: `${s.envPrefix}_URL`,
      value: `http://${s.name}:${s.defaultPort}/graphql`,
    })),
    ...drainEnv,
  ];
  return [
    ...database.manifests,
    ...processManifests({
      name: 'registry',
      component: 'registry',
      image: `integra/registry:${imageTag}`,
      port: 4100,
      replicas: 1,
      env,
    }),
  ];
}

async function toYaml(manifests: readonly Manifest[], about: string): Promise<string> {
  const header = [
    `# ${about}`,
    '# Written by deploy/kubernetes.ts from schema/subgraphs.ts: change that, then run',
    '# `npx tsx deploy/kubernetes.ts`. Replace change-me in the database Secret before applying.',
  ].join('\n');
  const body = manifests
    .map((m) => stringify(m, { lineWidth: 0, aliasDuplicateObjects: false }))
    .join('---\n');
  const options = await prettier.resolveConfig(path.join(kubernetesDir, 'registry.yaml'));
  return prettier.format(`${header}\n${body}`, { ...options, parser: 'yaml' });
}

/** Every generated file of deploy/kubernetes, by name, as this script writes it. */
export async function generatedManifests(): Promise<Record<string, string>> {
  const files: Record<string, string> = {
    'registry.yaml': await toYaml(registryManifests(), 'The schema registry and its PostgreSQL.'),
  };
  for (const entry of subgraphs) {
    files[`subgraph-${entry.name}.yaml`] = await toYaml(
      subgraphManifests(entry),
      `The ${entry.name} subgraph (${entry.owner}) and its PostgreSQL.`,
    );
  }
  return files;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [name, text] of Object.entries(await generatedManifests()))
    writeFileSync(path.join(kubernetesDir, name), text);
  console.log(`wrote ${path.relative(process.cwd(), kubernetesDir)}: registry.yaml, subgraph-*.yaml`);
}
