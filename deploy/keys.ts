/**
 * `npx tsx deploy/keys.ts <folder>`: the key files a production deployment reads, made once and
 * kept as secrets (docs/operators.md, "Production build and deployment"):
 * - `gateway-assertion.jwk.json`: the gateway's private key (GATEWAY_ASSERTION_KEY_FILE);
 * - `gateway-jwks.json`: its public half, for the subgraphs and the registry (INTEGRA_GATEWAY_JWKS_FILE);
 * - `identity-provider-jwks.json` and `identity-provider.jwk.json`: a stand-in identity provider, to
 *   try the deployment before the real provider's JWKS replaces the first (GATEWAY_JWKS_FILE); its
 *   private key signs test tokens and belongs in no deployment.
 * Existing files are kept: running it again never rotates a key by accident.
 */
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportJWK, generateKeyPair } from 'jose';

/** An ES256 pair: the private JWK (with its `kid` and `alg`) and a JWKS of its public half. */
async function keyPair(kid: string): Promise<{ privateJwk: string; jwks: string }> {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const common = { kid, alg: 'ES256', use: 'sig' };
  return {
    privateJwk: `${JSON.stringify({ ...(await exportJWK(privateKey)), ...common })}\n`,
    jwks: `${JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), ...common }] })}\n`,
  };
}

/** Writes the key files missing from `dir`; resolves with the names written. */
export async function writeDeploymentKeys(dir: string, now = new Date()): Promise<string[]> {
  // The folder is the owner's alone. The files are readable by the containers' user (1000), which
  // Compose's file secrets mount as they are on this machine.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const month = now.toISOString().slice(0, 7);
  const gateway = await keyPair(`gateway-${month}`);
  const idp = await keyPair(`stand-in-idp-${month}`);
  const files: Record<string, string> = {
    'gateway-assertion.jwk.json': gateway.privateJwk,
    'gateway-jwks.json': gateway.jwks,
    'identity-provider-jwks.json': idp.jwks,
    'identity-provider.jwk.json': idp.privateJwk,
  };
  const written: string[] = [];
  // A pair is written whole or not at all: a new private key beside an old public one would verify nothing.
  for (const pair of [
    ['gateway-assertion.jwk.json', 'gateway-jwks.json'],
    ['identity-provider.jwk.json', 'identity-provider-jwks.json'],
  ]) {
    if (pair.some((name) => existsSync(path.join(dir, name)))) continue;
    for (const name of pair) {
      writeFileSync(path.join(dir, name), files[name]!);
      chmodSync(path.join(dir, name), 0o644);
      written.push(name);
    }
  }
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npx tsx deploy/keys.ts <folder>, e.g. deploy/secrets');
    process.exit(2);
  }
  const written = await writeDeploymentKeys(dir);
  console.log(written.length ? `wrote ${written.join(', ')} in ${dir}` : `${dir} holds every key already`);
}
