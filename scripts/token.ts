/**
 * `npm run -s token -- --partner NAME --scopes "a b c" [--region CODE] [--ttl 3600] [--subject SUB]`:
 * mints a DEVELOPMENT bearer token, signed with the committed development private key
 * (dev-keys/identity-provider/), for one of the partners (the subgraphs of schema/subgraphs.ts). Prints only
 * the token, so `TOKEN=$(npm run -s token -- --partner services)` works. Issuer and audience are the
 * gateway's (GATEWAY_JWT_ISSUER, GATEWAY_JWT_AUDIENCE, or their defaults). A gateway in production
 * refuses these tokens. Usage errors exit with code 2.
 */
import { parseArgs } from 'node:util';
import { subgraphs } from '../schema/subgraphs.js';
import { ConfigError, parseConfig } from '../gateway/src/config.js';
import { mintDevToken } from '../lib/auth/keys.js';
import { isRegionCode } from '../lib/istat.js';

const USAGE =
  'usage: npm run -s token -- --partner NAME [--scopes "a b c"] [--region CODE] [--ttl SECONDS] [--subject SUB]';

function fail(message: string): never {
  console.error(`token: ${message}\n${USAGE}`);
  process.exit(2);
}

let values: { partner?: string; scopes?: string; region?: string; ttl?: string; subject?: string };
try {
  ({ values } = parseArgs({
    options: {
      partner: { type: 'string' },
      scopes: { type: 'string' },
      region: { type: 'string' },
      ttl: { type: 'string' },
      subject: { type: 'string' },
    },
    strict: true,
  }));
} catch (error) {
  fail((error as Error).message);
}

const partners = subgraphs.map((s) => s.name);
if (!values.partner) fail(`--partner is required (one of ${partners.join(', ')})`);
if (!partners.includes(values.partner))
  fail(`unknown partner "${values.partner}" (expected one of ${partners.join(', ')})`);
if (values.region !== undefined && !isRegionCode(values.region))
  fail(`--region "${values.region}" is not a two-digit ISTAT region code`);
if (values.ttl !== undefined && !/^[1-9]\d*$/.test(values.ttl))
  fail(`--ttl "${values.ttl}" is not a positive number of seconds`);

let issuer: string;
let audience: string;
try {
  ({ issuer, audience } = parseConfig([], process.env).auth);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  fail(error.message);
}

const token = await mintDevToken({
  partner: values.partner,
  scopes: (values.scopes ?? '').split(/\s+/).filter(Boolean),
  region: values.region,
  subject: values.subject,
  ttlSeconds: values.ttl === undefined ? 3600 : Number(values.ttl),
  issuer,
  audience,
});
process.stdout.write(`${token}\n`);
