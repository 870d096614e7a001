/**
 * `npx tsx scripts/dev-keys.ts`: generates the DEVELOPMENT key pair in gateway/dev-keys/ (an ES256
 * public JWKS and its private JWK). Run once; the output is committed so that every developer and
 * test signs and verifies with the same keys. Running it again replaces them (every token minted
 * before becomes invalid). These keys are public: the gateway refuses them in production.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import { DEV_KEY_ALG, DEV_KEYS_DIR, DEV_PRIVATE_JWK_PATH, DEV_PUBLIC_JWKS_PATH } from '../gateway/src/plugins/authKeys.js';

const { publicKey, privateKey } = await generateKeyPair(DEV_KEY_ALG, { extractable: true });
const publicJwk = await exportJWK(publicKey);
const kid = `integra-dev-${(await calculateJwkThumbprint(publicJwk)).slice(0, 16)}`;
const common = { kid, alg: DEV_KEY_ALG, use: 'sig' };

mkdirSync(DEV_KEYS_DIR, { recursive: true });
writeFileSync(DEV_PUBLIC_JWKS_PATH, `${JSON.stringify({ keys: [{ ...publicJwk, ...common }] }, null, 2)}\n`);
writeFileSync(DEV_PRIVATE_JWK_PATH, `${JSON.stringify({ ...(await exportJWK(privateKey)), ...common }, null, 2)}\n`);
console.log(`wrote ${DEV_PUBLIC_JWKS_PATH} and ${DEV_PRIVATE_JWK_PATH} (kid ${kid}); development only`);
