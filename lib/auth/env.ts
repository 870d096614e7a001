/**
 * The authentication settings several processes read the same way: how bearer tokens are verified
 * (the gateway, and a subgraph open to direct access) and where the gateway's assertion keys are
 * (the subgraphs). Pure functions of an environment; each process's configuration reader calls them.
 */
import path from 'node:path';
import { ConfigError, pick, url, type Env } from '../config.js';
import type { BearerConfig } from './bearer.js';
import type { KeySource } from './keys.js';

/**
 * `GATEWAY_JWKS_URL` or `GATEWAY_JWKS_FILE` (the identity provider's keys), `GATEWAY_JWT_ISSUER`
 * (@default 'https://integra.dev/issuer') and `GATEWAY_JWT_AUDIENCE` (@default 'integra-gateway').
 * Without a JWKS, development uses the committed development keys and production fails.
 * A token also meant for the registry (`REGISTRY_JWT_AUDIENCE`) is refused: a registry credential
 * is not a caller of the graph.
 */
export function bearerConfigFromEnv(env: Env, development: boolean): BearerConfig {
  const { gateway, registry } = audiences(env);
  const issuer = pick(undefined, env, 'GATEWAY_JWT_ISSUER')?.value ?? 'https://integra.dev/issuer';
  return {
    ...keySource(env, 'GATEWAY_JWKS_URL', 'GATEWAY_JWKS_FILE', development),
    issuer,
    audience: gateway,
    refusedAudiences: [registry],
  };
}

/**
 * The schema registry's partner credentials: the identity provider of `bearerConfigFromEnv` (same
 * keys and issuer), but their own audience, `REGISTRY_JWT_AUDIENCE` (@default 'integra-registry'),
 * so that a registry credential is no caller of the graph and a caller's token no registry
 * credential; a token meant for both is refused.
 */
export function registryBearerConfigFromEnv(env: Env, development: boolean): BearerConfig {
  const { gateway, registry } = audiences(env);
  return { ...bearerConfigFromEnv(env, development), audience: registry, refusedAudiences: [gateway] };
}

function audiences(env: Env): { gateway: string; registry: string } {
  const gatewayRaw = pick(undefined, env, 'GATEWAY_JWT_AUDIENCE');
  const registryRaw = pick(undefined, env, 'REGISTRY_JWT_AUDIENCE');
  const gateway = gatewayRaw?.value ?? 'integra-gateway';
  const registry = registryRaw?.value ?? 'integra-registry';
  if (registry === gateway) {
    throw new ConfigError(
      registryRaw?.name ?? gatewayRaw?.name ?? 'REGISTRY_JWT_AUDIENCE',
      `the gateway's and the registry's audiences are both "${gateway}": a registry credential must not be a caller of the graph`,
    );
  }
  return { gateway, registry };
}

/**
 * `INTEGRA_GATEWAY_JWKS_URL` (e.g. the gateway's `/.well-known/jwks.json`) or
 * `INTEGRA_GATEWAY_JWKS_FILE`: the keys that verify the gateway's identity assertions.
 * Without either, development uses the committed development gateway key and production fails.
 */
export function gatewayKeysFromEnv(env: Env, development: boolean): KeySource {
  return keySource(env, 'INTEGRA_GATEWAY_JWKS_URL', 'INTEGRA_GATEWAY_JWKS_FILE', development);
}

function keySource(env: Env, urlVariable: string, fileVariable: string, development: boolean): KeySource {
  const jwksUrl = pick(undefined, env, urlVariable);
  const jwksFile = pick(undefined, env, fileVariable);
  if (jwksUrl && jwksFile)
    throw new ConfigError(fileVariable, `set either ${urlVariable} or ${fileVariable}, not both`);
  if (jwksUrl) return { kind: 'jwks-url', url: url(jwksUrl, ['http:', 'https:']) };
  if (jwksFile) return { kind: 'jwks-file', path: path.resolve(jwksFile.value) };
  if (!development) {
    throw new ConfigError(
      urlVariable,
      `a JWKS is required when NODE_ENV=production (set ${urlVariable} or ${fileVariable}); the development keys are refused`,
    );
  }
  return { kind: 'dev-keys' };
}
