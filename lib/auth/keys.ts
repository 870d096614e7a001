/**
 * Where token-verification keys come from, and the committed development key pairs.
 *
 * - `jwks-url`: jose's remote JWK set; it caches the keys and fetches them again when a token
 *   names a key id it does not know, so a rotated key is picked up without a restart.
 * - `jwks-file`: a JWKS on disk, read again whenever the file changes (checked on each
 *   verification: one `stat`), so a rotated file is picked up without a restart.
 * - `dev-keys`: a committed development JWKS in `dev-keys/`. Its private key is public
 *   knowledge: configurations refuse it when `NODE_ENV=production`.
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

const DEV_KEYS_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dev-keys');

/** A committed development key pair: a public JWKS and its private JWK. */
export interface DevKeyPair {
  readonly dir: string;
  readonly publicJwksPath: string;
  readonly privateJwkPath: string;
}

function devKeyPair(name: string): DevKeyPair {
  const dir = path.join(DEV_KEYS_ROOT, name);
  return {
    dir,
    publicJwksPath: path.join(dir, 'jwks.json'),
    privateJwkPath: path.join(dir, 'private-key.jwk.json'),
  };
}

/** The development identity provider: signs the bearer tokens of `npm run token`. */
export const DEV_IDENTITY_PROVIDER = devKeyPair('identity-provider');
/** The development gateway key: signs the identity assertions the gateway sends subgraphs. */
export const DEV_GATEWAY_KEY = devKeyPair('gateway');
/** The development key pairs' algorithm. */
export const DEV_KEY_ALG = 'ES256';

/** The asymmetric algorithms a token may be signed with (never `none`, never a shared secret). */
export const ASYMMETRIC_ALGORITHMS = [
  'ES256',
  'ES384',
  'ES512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'EdDSA',
];

/** Where a JWKS comes from. */
export type KeySource =
  | { readonly kind: 'dev-keys' }
  | { readonly kind: 'jwks-url'; readonly url: string }
  | { readonly kind: 'jwks-file'; readonly path: string };

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

/** The key resolver `jwtVerify` uses for a key source; `dev-keys` reads `devKeys`' public JWKS. */
export function keyResolver(source: KeySource, devKeys: DevKeyPair): JWTVerifyGetKey {
  switch (source.kind) {
    case 'jwks-url':
      // A token naming an unknown key id fetches the set again, at most once a second (jose's
      // default waits 30 s, which would refuse a freshly rotated key for that long).
      return createRemoteJWKSet(new URL(source.url), {
        cooldownDuration: 1000,
        cacheMaxAge: 10 * 60_000,
        timeoutDuration: 5000,
      });
    case 'jwks-file':
      return jwksFile(source.path);
    case 'dev-keys':
      return createLocalJWKSet(
        parseJwks(readFileSync(devKeys.publicJwksPath, 'utf8'), devKeys.publicJwksPath),
      );
  }
}

/** The key ids of a development key pair, refused in production whatever the key source. */
export function devKeyIds(devKeys: DevKeyPair): ReadonlySet<string> {
  const jwks = parseJwks(readFileSync(devKeys.publicJwksPath, 'utf8'), devKeys.publicJwksPath);
  return new Set(jwks.keys.flatMap((key) => (key.kid ? [key.kid] : [])));
}

/** Reads a private JWK file (which carries its `kid` and `alg`). */
export function readPrivateJwk(file: string): JWK {
  const jwk = JSON.parse(readFileSync(file, 'utf8')) as JWK;
  if (typeof jwk.d !== 'string') throw new Error(`${file} is not a private JWK (no "d")`);
  return jwk;
}

/** The public half of a private JWK, as a JWKS (what the gateway publishes for its assertions). */
export function publicJwksOf(privateJwk: JWK): JSONWebKeySet {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = privateJwk;
  return { keys: [publicJwk] };
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

/** Signs a bearer token with a private JWK (which carries its `kid` and `alg`). */
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

/** Signs a development token with the committed development identity provider's private key. */
export async function mintDevToken(claims: DevTokenClaims): Promise<string> {
  return signToken(readPrivateJwk(DEV_IDENTITY_PROVIDER.privateJwkPath), claims);
}
