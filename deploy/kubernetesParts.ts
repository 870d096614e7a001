/**
 * The parts deploy/kubernetes.ts assembles, the same for every partner: an Integra pod (non-root,
 * read-only, its probes) and a PostgreSQL of its own. gateway.yaml follows the same choices by hand.
 */

/** One Kubernetes document, as YAML writes it. */
export type Manifest = Readonly<Record<string, unknown>>;

export function labels(name: string, component: string): Record<string, string> {
  return {
    'app.kubernetes.io/name': name,
    'app.kubernetes.io/component': component,
    'app.kubernetes.io/part-of': 'integra',
  };
}

/**
 * An Integra process's probes. It answers `/health` and `/ready` once it listens, which a first
 * start delays while it migrates and seeds its database: the startup probe gives it 5 minutes.
 */
export function probes(): Record<string, unknown> {
  return {
    startupProbe: { httpGet: { path: '/health', port: 'http' }, periodSeconds: 5, failureThreshold: 60 },
    // 503 from the moment it drains (SIGTERM).
    readinessProbe: { httpGet: { path: '/ready', port: 'http' }, periodSeconds: 5, failureThreshold: 2 },
    livenessProbe: {
      httpGet: { path: '/health', port: 'http' },
      periodSeconds: 10,
      timeoutSeconds: 3,
      failureThreshold: 3,
    },
  };
}

/** The pod of an Integra image: its `node` user, nothing written, the public keys mounted. */
export function integraPod(container: {
  readonly name: string;
  readonly image: string;
  readonly port: number;
  readonly env: readonly Record<string, unknown>[];
  readonly resources: Record<string, unknown>;
}): Record<string, unknown> {
  const { name, image, port, env, resources } = container;
  return {
    // INTEGRA_DRAIN_DELAY_MS (5 s) and INTEGRA_SHUTDOWN_TIMEOUT_MS (20 s), with room to spare.
    terminationGracePeriodSeconds: 40,
    securityContext: {
      runAsNonRoot: true,
      runAsUser: 1000,
      runAsGroup: 1000,
      seccompProfile: { type: 'RuntimeDefault' },
    },
    containers: [
      {
        name,
        image,
        imagePullPolicy: 'IfNotPresent',
        ports: [{ name: 'http', containerPort: port }],
        env,
        ...probes(),
        resources,
        securityContext: {
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ['ALL'] },
        },
        volumeMounts: [{ name: 'jwks', mountPath: '/etc/integra/jwks', readOnly: true }],
      },
    ],
    // Public keys only (the identity provider's, the gateway's): `kubectl create configmap integra-jwks`.
    volumes: [{ name: 'jwks', configMap: { name: 'integra-jwks' } }],
  };
}

/**
 * A PostgreSQL server of its own for `owner` (a partner, the registry), with database and user
 * `database`: its Secret (the password, and the URL the owner connects with), headless Service and
 * StatefulSet with a volume.
 */
export function postgres(owner: string, database: string): { secret: string; manifests: Manifest[] } {
  const name = `${owner}-postgres`;
  const secret = `${owner}-database`;
  const ready = { exec: { command: ['pg_isready', '-U', database, '-d', database] } };
  return {
    secret,
    manifests: [
      {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: secret, labels: labels(secret, 'database') },
        type: 'Opaque',
        stringData: {
          password: 'change-me',
          url: `postgres://${database}:change-me@${name}:5432/${database}`,
        },
      },
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name, labels: labels(name, 'database') },
        spec: {
          clusterIP: 'None',
          selector: { 'app.kubernetes.io/name': name },
          ports: [{ name: 'postgres', port: 5432, targetPort: 'postgres' }],
        },
      },
      {
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        metadata: { name, labels: labels(name, 'database') },
        spec: {
          serviceName: name,
          replicas: 1,
          selector: { matchLabels: { 'app.kubernetes.io/name': name } },
          template: {
            metadata: { labels: labels(name, 'database') },
            spec: {
              // The image's postgres user; the volume is made its group's.
              securityContext: {
                runAsNonRoot: true,
                runAsUser: 999,
                runAsGroup: 999,
                fsGroup: 999,
                seccompProfile: { type: 'RuntimeDefault' },
              },
              containers: [
                {
                  name: 'postgres',
                  image: 'postgres:17-bookworm',
                  ports: [{ name: 'postgres', containerPort: 5432 }],
                  env: [
                    { name: 'POSTGRES_USER', value: database },
                    { name: 'POSTGRES_DB', value: database },
                    {
                      name: 'POSTGRES_PASSWORD',
                      valueFrom: { secretKeyRef: { name: secret, key: 'password' } },
                    },
                    // A folder below the volume's root, which may hold lost+found.
                    { name: 'PGDATA', value: '/var/lib/postgresql/data/pgdata' },
                  ],
                  readinessProbe: { ...ready, periodSeconds: 5 },
                  livenessProbe: { ...ready, periodSeconds: 10, failureThreshold: 6 },
                  resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '1Gi' } },
                  securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
                  volumeMounts: [{ name: 'data', mountPath: '/var/lib/postgresql/data' }],
                },
              ],
            },
          },
          volumeClaimTemplates: [
            {
              metadata: { name: 'data' },
              spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '5Gi' } } },
            },
          ],
        },
      },
    ],
  };
}
