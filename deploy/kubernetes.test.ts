/**
 * The Kubernetes manifests (deploy/kubernetes/*.yaml) as a cluster takes them and as an operator
 * needs them: every document valid against Kubernetes' schemas (kubernetes-models) with no field
 * Kubernetes does not know; every pod probed and non-root; every variable of an Integra container
 * one its code reads, with values its readers accept; every subgraph of schema/subgraphs.ts there;
 * the generated files as deploy/kubernetes.ts writes them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as apps from 'kubernetes-models/apps/v1';
import * as autoscaling from 'kubernetes-models/autoscaling/v2';
import * as policy from 'kubernetes-models/policy/v1';
import * as core from 'kubernetes-models/v1';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { subgraphs } from '../schema/subgraphs.js';
import { integraProcessOf, readConfiguration } from './configReads.js';
import { generatedManifests, kubernetesDir } from './kubernetes.js';
import { unknownFields } from './strictFields.js';

const MODELS: Record<string, Record<string, unknown>> = {
  v1: core,
  'apps/v1': apps,
  'autoscaling/v2': autoscaling,
  'policy/v1': policy,
};
/** What the operator creates from the key files (docs/operators.md), by kind and name: their keys. */
const EXTERNAL: Record<string, readonly string[]> = {
  'ConfigMap/integra-jwks': ['gateway-jwks.json', 'identity-provider-jwks.json'],
  'Secret/gateway-assertion-key': ['gateway-assertion.jwk.json'],
};

const files = readdirSync(kubernetesDir).filter((file) => file.endsWith('.yaml'));
const documents = files.flatMap((file) =>
  parseAllDocuments(readFileSync(path.join(kubernetesDir, file), 'utf8')).map((document) => {
    if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0]!.message}`);
    return { file, doc: document.toJS() };
  }),
);
const named = (kind: string, name: string) =>
  documents.find(({ doc }) => doc.kind === kind && doc.metadata?.name === name)?.doc;
const workloads = documents.filter(({ doc }) => ['Deployment', 'StatefulSet'].includes(doc.kind));
const containersOf = (workload: any): any[] => workload.spec.template.spec.containers;
const selects = (selector: Record<string, string>, workload: any) =>
  Object.entries(selector).every(([k, v]) => workload.spec.template.metadata.labels?.[k] === v);

/** The keys a ConfigMap or Secret holds, from the manifests or the operator's. */
function keysOf(kind: 'ConfigMap' | 'Secret', name: string): readonly string[] | undefined {
  const doc = named(kind, name);
  return doc ? Object.keys({ ...doc.data, ...doc.stringData }) : EXTERNAL[`${kind}/${name}`];
}

/** A container's variables with their values, each reference resolved against the manifests. */
function envOf(container: any): Record<string, string> {
  return Object.fromEntries(
    (container.env ?? []).map((v: any) => {
      const ref = v.valueFrom?.secretKeyRef ?? v.valueFrom?.configMapKeyRef;
      if (!ref) return [v.name, String(v.value ?? '')];
      const doc = named(v.valueFrom.secretKeyRef ? 'Secret' : 'ConfigMap', ref.name);
      const value = doc?.stringData?.[ref.key] ?? doc?.data?.[ref.key];
      if (value === undefined) throw new Error(`${v.name} refers to ${ref.name}/${ref.key}, in no manifest`);
      return [v.name, String(value)];
    }),
  );
}

describe('the Kubernetes manifests', () => {
  it('are documents the Kubernetes schemas accept, with no field Kubernetes does not know', () => {
    expect(files).toEqual(expect.arrayContaining(['gateway.yaml', 'redis.yaml', 'registry.yaml']));
    const problems = documents.flatMap(({ file, doc }) => {
      const Model = MODELS[doc.apiVersion]?.[doc.kind] as
        (new (data: unknown) => { validate(): void }) | undefined;
      if (!Model) return [`${file}: no model of ${doc.apiVersion} ${doc.kind}`];
      try {
        new Model(doc).validate();
      } catch (error) {
        return [`${file} ${doc.kind}/${doc.metadata?.name}: ${(error as Error).message}`];
      }
      return unknownFields(doc).map((field) => `${file} ${doc.kind}/${doc.metadata?.name}: unknown ${field}`);
    });
    expect(problems).toEqual([]);
  });

  it('probe every container, on ports it declares, and run none as root', () => {
    expect(workloads.length).toBeGreaterThan(subgraphs.length * 2);
    for (const { file, doc } of workloads) {
      const pod = doc.spec.template.spec;
      for (const container of containersOf(doc)) {
        const where = `${file} ${doc.metadata.name}/${container.name}`;
        expect(container.readinessProbe, where).toBeDefined();
        expect(container.livenessProbe, where).toBeDefined();
        const security = { ...pod.securityContext, ...container.securityContext };
        expect(security, where).toMatchObject({ runAsNonRoot: true, allowPrivilegeEscalation: false });
        expect(security.runAsUser, where).toBeGreaterThan(0);
        const ports = (container.ports ?? []).map((p: any) => p.name);
        for (const probe of [container.startupProbe, container.readinessProbe, container.livenessProbe])
          if (probe?.httpGet) expect(ports, where).toContain(probe.httpGet.port);
      }
    }
  });

  it('give Integra containers only variables their code reads, with values it accepts, and key files that are mounted', () => {
    const integra = workloads.flatMap(({ file, doc }) =>
      containersOf(doc)
        .filter((c) => c.image.startsWith('integra/'))
        .map((container) => ({ file, doc, container })),
    );
    expect(integra.length).toBe(subgraphs.length + 2);
    for (const { file, doc, container } of integra) {
      const where = `${file} ${container.name}`;
      const process = integraProcessOf(container.image);
      expect(process, where).toBeDefined();
      const env = envOf(container);
      for (const [name, value] of Object.entries(env).filter(([name]) => name.endsWith('_FILE'))) {
        const mount = container.volumeMounts?.find((m: any) => value.startsWith(`${m.mountPath}/`));
        const volume = doc.spec.template.spec.volumes?.find((v: any) => v.name === mount?.name);
        const keys = volume?.configMap
          ? (volume.configMap.items?.map((i: any) => i.path) ?? keysOf('ConfigMap', volume.configMap.name))
          : volume?.secret && keysOf('Secret', volume.secret.secretName);
        expect(keys, `${where} ${name}`).toContain(path.basename(value));
      }
      // The readers check that key files exist: here the files of this test stand in for them.
      const local = Object.fromEntries(
        Object.entries(env).map(([name, value]) => [
          name,
          name.endsWith('_FILE') ? import.meta.filename : value,
        ]),
      );
      const { result, read } = readConfiguration(process!, local);
      expect(
        Object.keys(env).filter((name) => !read.has(name)),
        where,
      ).toEqual([]);
      const port = container.ports[0].containerPort;
      if (result.kind === 'subgraph') {
        expect(result.config.port, where).toBe(port);
        expect(result.config.db.dialect, where).toBe('postgres');
      } else if (result.kind === 'registry') {
        expect(result.config.db.dialect).toBe('postgres');
        expect(result.config.notify.kind).toBe('redis');
        expect(result.config.seed.map((s) => [s.name, s.routingUrl])).toEqual(
          subgraphs.map((s) => [s.name, `http://${s.name}:${s.defaultPort}/graphql`]),
        );
      } else {
        expect(result.config.port).toBe(port);
        expect(result.config.supergraph).toMatchObject({ kind: 'registry', url: 'http://registry:4100' });
        expect(result.config.cache.kind).toBe('redis');
        expect(result.config.development).toBe(false);
      }
    }
  });

  it('run every subgraph of schema/subgraphs.ts with a PostgreSQL of its own, each Service reaching its pods', () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    for (const s of subgraphs) {
      const deployment = named('Deployment', s.name);
      expect(containersOf(deployment)[0].image, s.name).toBe(`integra/subgraph-${s.name}:${version}`);
      expect(named('Service', s.name)?.spec.ports[0].port, s.name).toBe(s.defaultPort);
      expect(named('StatefulSet', `${s.name}-postgres`), s.name).toBeDefined();
    }
    for (const { file, doc } of documents.filter(({ doc }) => doc.kind === 'Service')) {
      const targets = workloads.filter((w) => selects(doc.spec.selector, w.doc));
      expect(targets.length, `${file} Service/${doc.metadata.name}`).toBe(1);
      const ports = containersOf(targets[0]!.doc).flatMap((c) => c.ports.map((p: any) => p.name));
      for (const port of doc.spec.ports) expect(ports).toContain(port.targetPort);
    }
  });

  it('scale the gateway between bounds, one replica at a time out of service', () => {
    const gateway = named('Deployment', 'gateway');
    const hpa = named('HorizontalPodAutoscaler', 'gateway');
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'gateway' });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    expect(selects(named('PodDisruptionBudget', 'gateway').spec.selector.matchLabels, gateway)).toBe(true);
  });

  it('are, for the generated files, what deploy/kubernetes.ts writes from schema/subgraphs.ts', async () => {
    const generated = await generatedManifests();
    expect(Object.keys(generated)).toEqual(
      expect.arrayContaining(['registry.yaml', ...subgraphs.map((s) => `subgraph-${s.name}.yaml`)]),
    );
    for (const [name, text] of Object.entries(generated))
      expect(
        readFileSync(path.join(kubernetesDir, name), 'utf8'),
        `${name}: run npx tsx deploy/kubernetes.ts`,
      ).toBe(text);
  });
});
