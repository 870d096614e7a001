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
 */
export function bearerConfigFromEnv(env: Env, development: boolean): BearerConfig {
  const claims = {
    issuer: pick(undefined, env, 'GATEWAY_JWT_ISSUER')?.value ?? 'https://integra.dev/issuer',
    audience: pick(undefined, env, 'GATEWAY_JWT_AUDIENCE')?.value ?? 'integra-gateway',
  };
  return { ...keySource(env, 'GATEWAY_JWKS_URL', 'GATEWAY_JWKS_FILE', development), ...claims };
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
  if (jwksUrl && jwksFile) throw new ConfigError(fileVariable, `set either ${urlVariable} or ${fileVariable}, not both`);
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
