/**
 * Where the gateway's token-verification keys come from, and the development key pair.
 *
 * - `jwks-url`: jose's remote JWK set; it caches the keys and fetches them again when a token
 *   names a key id it does not know, so a key rotated at the identity provider is picked up
 *   without a restart.
 * - `jwks-file`: a JWKS on disk, read again whenever the file changes (checked on each
 *   verification: one `stat`), so a rotated file is picked up without a restart.
 * - `dev-keys`: the committed development key pair in `gateway/dev-keys/`. Its private key is
 *   public knowledge: the configuration refuses it when `NODE_ENV=production`.
 */
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  SignJWT,
  createLocalJWKSet,
  createRemoteJWKSet,
  importJWK,
  type JSONWebKeySet,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';
import type { AuthKeys } from '../config.js';

/** The development JWKS (public) and private key, committed; development only. */
export const DEV_KEYS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dev-keys');
export const DEV_PUBLIC_JWKS_PATH = path.join(DEV_KEYS_DIR, 'jwks.json');
export const DEV_PRIVATE_JWK_PATH = path.join(DEV_KEYS_DIR, 'private-key.jwk.json');
/** The development key pair's algorithm. */
export const DEV_KEY_ALG = 'ES256';

/** The keys could not be loaded (JWKS file missing or invalid): the token cannot be judged now. */
export class KeysUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KeysUnavailableError';
  }
}

function parseJwks(text: string, source: string): JSONWebKeySet {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new KeysUnavailableError(`${source} is not JSON`, { cause: error });
  }
  const keys = (parsed as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys)) throw new KeysUnavailableError(`${source} is not a JWKS (no "keys" array)`);
  return parsed as JSONWebKeySet;
}

/** A JWKS file, read again when its modification time, size or inode changes. */
function jwksFile(file: string): JWTVerifyGetKey {
  let cached: { stamp: string; getKey: ReturnType<typeof createLocalJWKSet> } | undefined;
  return async (header, token) => {
    let stamp: string;
    try {
      const stats = await stat(file);
      stamp = `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
    } catch (error) {
      throw new KeysUnavailableError(`cannot read the JWKS file ${file}`, { cause: error });
    }
    if (cached?.stamp !== stamp) {
      const text = await readFile(file, 'utf8').catch((error: unknown) => {
        throw new KeysUnavailableError(`cannot read the JWKS file ${file}`, { cause: error });
      });
      cached = { stamp, getKey: createLocalJWKSet(parseJwks(text, `the JWKS file ${file}`)) };
    }
    return cached.getKey(header, token);
  };
}

/** The key resolver `jwtVerify` uses for a configured key source. */
export function keyResolver(keys: AuthKeys): JWTVerifyGetKey {
  switch (keys.kind) {
    case 'jwks-url':
      return createRemoteJWKSet(new URL(keys.url));
    case 'jwks-file':
      return jwksFile(keys.path);
    case 'dev-keys':
      return createLocalJWKSet(parseJwks(readFileSync(DEV_PUBLIC_JWKS_PATH, 'utf8'), DEV_PUBLIC_JWKS_PATH));
  }
}

export interface DevTokenClaims {
  /** One of the partners (subgraph names), e.g. `services`. */
  readonly partner: string;
  /** @default [] */
  readonly scopes?: readonly string[];
  /** ISTAT region code the token is limited to, e.g. `03`. */
  readonly region?: string;
  /** @default `dev:<partner>` */
  readonly subject?: string;
  /** @default 3600 */
  readonly ttlSeconds?: number;
  readonly issuer: string;
  readonly audience: string;
}

/** Signs a token with a private JWK (which carries its `kid` and `alg`). */
export async function signToken(privateJwk: JWK, claims: DevTokenClaims): Promise<string> {
  const alg = privateJwk.alg ?? DEV_KEY_ALG;
  const key = await importJWK(privateJwk, alg);
  const jwt = new SignJWT({
    partner: claims.partner,
    scope: (claims.scopes ?? []).join(' '),
    ...(claims.region === undefined ? {} : { region: claims.region }),
  })
    .setProtectedHeader({ alg, typ: 'JWT', ...(privateJwk.kid ? { kid: privateJwk.kid } : {}) })
    .setSubject(claims.subject ?? `dev:${claims.partner}`)
    .setIssuer(claims.issuer)
    .setAudience(claims.audience)
    .setIssuedAt();
  const ttl = claims.ttlSeconds ?? 3600;
  // A negative ttl makes an already-expired token (tests); setExpirationTime takes an absolute time.
  return jwt.setExpirationTime(Math.floor(Date.now() / 1000) + ttl).sign(key);
}

/** Signs a development token with the committed development private key. */
export async function mintDevToken(claims: DevTokenClaims): Promise<string> {
  return signToken(JSON.parse(await readFile(DEV_PRIVATE_JWK_PATH, 'utf8')) as JWK, claims);
}
