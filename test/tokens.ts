/** Development tokens of the graph's callers, as the tests that go through a gateway send them. */
import { mintDevToken } from '../lib/auth/keys.js';

/** The development identity provider's issuer, and the gateway's default audience. */
export const DEV_TOKEN_CLAIMS = {
  issuer: 'https://integra.dev/issuer',
  audience: 'integra-gateway',
} as const;

/** The `authorization` header of a development token for a caller of the gateway. */
export async function bearer(
  partner: string,
  scopes: readonly string[],
  region?: string,
): Promise<Record<string, string>> {
  const token = await mintDevToken({ partner, scopes, region, ...DEV_TOKEN_CLAIMS });
  return { authorization: `Bearer ${token}` };
}
