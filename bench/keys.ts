/**
 * Throwaway keys for running our gateway as production does (`NODE_ENV=production` refuses the
 * committed development keys): an identity provider's key pair (its public JWKS verifies bearer
 * tokens; the benchmark sends none) and the gateway's assertion key pair (the domain subgraphs get
 * its public JWKS). Written to a temporary folder, removed by `dispose`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

export interface ThrowawayKeys {
  /** `GATEWAY_JWKS_FILE`: the identity provider's public keys. */
  readonly identityProviderJwksFile: string;
  /** `GATEWAY_ASSERTION_KEY_FILE`: the gateway's private assertion key. */
  readonly assertionKeyFile: string;
  /** `INTEGRA_GATEWAY_JWKS_FILE`: the gateway's public assertion key, for the subgraphs. */
  readonly gatewayJwksFile: string;
  dispose(): void;
}

async function keyPair(kid: string): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const common = { kid, alg: 'ES256', use: 'sig' };
  return {
    privateJwk: { ...(await exportJWK(privateKey)), ...common },
    publicJwk: { ...(await exportJWK(publicKey)), ...common },
  };
}

export async function createThrowawayKeys(): Promise<ThrowawayKeys> {
  const dir = mkdtempSync(path.join(tmpdir(), 'integra-bench-keys-'));
  const idp = await keyPair('bench-idp');
  const gateway = await keyPair('bench-gateway');
  const files = {
    identityProviderJwksFile: path.join(dir, 'idp-jwks.json'),
    assertionKeyFile: path.join(dir, 'gateway-assertion.jwk.json'),
    gatewayJwksFile: path.join(dir, 'gateway-jwks.json'),
  };
  writeFileSync(files.identityProviderJwksFile, JSON.stringify({ keys: [idp.publicJwk] }));
  writeFileSync(files.assertionKeyFile, JSON.stringify(gateway.privateJwk));
  writeFileSync(files.gatewayJwksFile, JSON.stringify({ keys: [gateway.publicJwk] }));
  return { ...files, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
