/**
 * `npx tsx scripts/dev-keys.ts [identity-provider|gateway]...`: generates DEVELOPMENT key pairs in
 * dev-keys/ (an ES256 public JWKS and its private JWK each): the identity provider's, which signs
 * `npm run token`'s bearer tokens, and the gateway's, which signs the identity assertions it sends
 * subgraphs. The output is committed so that every developer and test uses the same keys. Running it
 * again replaces the named pairs (both by default; every token signed before becomes invalid). These
 * keys are public: production refuses them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';
import { DEV_GATEWAY_KEY, DEV_IDENTITY_PROVIDER, DEV_KEY_ALG, type DevKeyPair } from '../lib/auth/keys.js';

const PAIRS: Record<string, DevKeyPair> = {
  'identity-provider': DEV_IDENTITY_PROVIDER,
  gateway: DEV_GATEWAY_KEY,
};
const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(PAIRS);

for (const name of names) {
  const pair = PAIRS[name];
  if (!pair) {
    console.error(`dev-keys: unknown key pair "${name}" (expected ${Object.keys(PAIRS).join(' or ')})`);
    process.exit(2);
  }
  const { publicKey, privateKey } = await generateKeyPair(DEV_KEY_ALG, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = `integra-dev-${name}-${(await calculateJwkThumbprint(publicJwk)).slice(0, 12)}`;
  const common = { kid, alg: DEV_KEY_ALG, use: 'sig' };
  mkdirSync(pair.dir, { recursive: true });
  writeFileSync(pair.publicJwksPath, `${JSON.stringify({ keys: [{ ...publicJwk, ...common }] }, null, 2)}\n`);
  writeFileSync(
    pair.privateJwkPath,
    `${JSON.stringify({ ...(await exportJWK(privateKey)), ...common }, null, 2)}\n`,
  );
  console.log(`wrote ${pair.publicJwksPath} and ${pair.privateJwkPath} (kid ${kid}); development only`);
}
