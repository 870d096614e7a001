/**
 * Headers for the hostile-input test: content types, bearer tokens (good, bad, forged by hand),
 * preflight, accept, languages, request ids, very long values; mostly ordinary, or mostly odd.
 */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { Fixtures, GatewayName } from './requests.js';
import { weighted } from './values.js';

const base64url = (text: string | Uint8Array): string => Buffer.from(text).toString('base64url');

/** A header value Node and undici let through: printable Latin-1, no control characters. */
const headerChar = fc
  .integer({ min: 0x20, max: 0xff })
  .filter((c) => c !== 0x7f)
  .map((c) => String.fromCharCode(c));
export const headerValue = (maxLength: number): Arbitrary<string> =>
  fc.string({ unit: headerChar, maxLength });
// Built once: building a `stringMatching` arbitrary costs milliseconds, sampling it almost nothing.
const extraHeaderName = fc.stringMatching(/^x-[a-z0-9-]{1,20}$/);

/** JWT-shaped strings with forged headers and claims: jose must refuse each with a 401. */
const forgedToken: Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      fc
        .record(
          {
            alg: fc.oneof(
              fc.constantFrom('ES256', 'RS256', 'HS256', 'none', 'EdDSA', 'PS512', ''),
              fc.jsonValue({ maxDepth: 1 }),
            ),
            kid: fc.oneof(
              fc.constantFrom('identity-provider', 'test-key', ''),
              fc.jsonValue({ maxDepth: 2 }),
            ),
            typ: fc.oneof(fc.constant('JWT'), fc.jsonValue({ maxDepth: 1 })),
            crit: fc.oneof(
              fc.constant(['b64']),
              fc.constant(['exp']),
              fc.array(fc.string()),
              fc.jsonValue({ maxDepth: 1 }),
            ),
            b64: fc.oneof(fc.boolean(), fc.jsonValue({ maxDepth: 1 })),
            jwk: fc.oneof(
              fc.constant({ kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' }),
              fc.jsonValue({ maxDepth: 2 }),
            ),
            jku: fc.constant('http://127.0.0.1:1/jwks.json'),
          },
          { requiredKeys: [] },
        )
        .map((h) => base64url(JSON.stringify(h))),
      fc.jsonValue({ maxDepth: 2 }).map((h) => base64url(JSON.stringify(h))),
      fc.string({ maxLength: 20 }),
    ),
    fc.oneof(
      fc
        .record(
          {
            sub: fc.jsonValue({ maxDepth: 1 }),
            partner: fc.oneof(fc.constant('services'), fc.jsonValue({ maxDepth: 1 })),
            scope: fc.oneof(fc.constant('x:read'), fc.jsonValue({ maxDepth: 1 })),
            region: fc.oneof(fc.constant('03'), fc.jsonValue({ maxDepth: 1 })),
            exp: fc.oneof(fc.integer(), fc.constant(1e308), fc.jsonValue({ maxDepth: 1 })),
            iss: fc.constant('https://integra.dev/issuer'),
            aud: fc.oneof(fc.constant('integra-gateway'), fc.jsonValue({ maxDepth: 1 })),
          },
          { requiredKeys: [] },
        )
        .map((p) => base64url(JSON.stringify(p))),
      fc.string({ maxLength: 30 }).map(base64url),
    ),
    fc.oneof(fc.uint8Array({ maxLength: 80 }).map(base64url), fc.constantFrom('', '!!!', '====')),
    fc.constantFrom(3, 3, 3, 1, 2, 4, 5),
  )
  .map(([header, payload, signature, segments]) =>
    [header, payload, signature, 'x', 'y'].slice(0, segments).join('.'),
  );

function authorization(
  fixtures: Fixtures,
  gateway: GatewayName,
  hostile: boolean,
): Arbitrary<string | undefined> {
  const good = fc.constantFrom(...fixtures.goodTokens[gateway]).map((t) => `Bearer ${t}`);
  const bad = fc.oneof(
    fc.constantFrom(...fixtures.badTokens, ...fixtures.goodTokens.development).map((t) => `Bearer ${t}`),
    forgedToken.map((t) => `Bearer ${t}`),
    fc.constantFrom(
      'Bearer',
      'Bearer ',
      'Bearer x.y.z',
      'bearer x.y.z',
      'Bearer a b',
      'Basic dXNlcjpwYXNz',
      'Token abc',
      'Bearer\t x',
      '',
    ),
    headerValue(300),
    fc.integer({ min: 4_000, max: 14_000 }).map((n) => `Bearer ${'a'.repeat(n)}.${'b'.repeat(10)}.c`),
  );
  return hostile
    ? fc.oneof(weighted(2, fc.constant(undefined)), weighted(2, good), weighted(5, bad))
    : fc.oneof(weighted(12, fc.constant(undefined)), weighted(6, good), weighted(1, bad));
}

const contentTypes = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'application/json; charset=UTF-8',
    'APPLICATION/JSON',
    'application/json; charset=latin1',
    'application/json; charset=utf-16le',
    'application/json; charset=koi8-r',
    'application/json; charset=nope',
    'application/json;;;',
    'application/json; charset=',
    'application/graphql-response+json',
    'application/graphql',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=xyz',
    'multipart/mixed',
    'text/plain',
    'text/plain; charset=utf-8',
    'text/html',
    'application/xml',
    '*/*',
    '',
    'json',
    '/',
  ),
  headerValue(60),
);

/** `arbitrary`'s value in `percent` % of cases, `undefined` otherwise. */
const present = <T>(percent: number, arbitrary: Arbitrary<T>): Arbitrary<T | undefined> =>
  fc.oneof(weighted(100 - percent, fc.constant(undefined)), weighted(percent, arbitrary));

/** The request's headers; `hostile` makes odd values likely rather than rare. */
export function headersArbitrary(
  fixtures: Fixtures,
  gateway: GatewayName,
  hostile: boolean,
  hasBody: boolean,
): Arbitrary<Record<string, string>> {
  const odd = hostile ? 50 : 5;
  const contentType = hasBody
    ? fc.oneof(weighted(hostile ? 1 : 20, fc.constant('application/json')), weighted(1, contentTypes))
    : present(odd, contentTypes);
  return fc
    .record({
      'content-type': hostile ? present(85, contentType) : contentType,
      authorization: authorization(fixtures, gateway, hostile),
      'apollo-require-preflight': present(
        hostile ? 50 : 85,
        fc.oneof(
          weighted(8, fc.constant('true')),
          weighted(1, fc.constantFrom('', 'false', '0')),
          weighted(1, headerValue(40)),
        ),
      ),
      'x-apollo-operation-name': present(odd, headerValue(40)),
      accept: present(
        hostile ? 50 : 20,
        fc.oneof(
          weighted(
            4,
            fc.constantFrom(
              'application/json',
              'application/graphql-response+json',
              '*/*',
              'application/graphql-response+json;q=0.9, application/json',
            ),
          ),
          weighted(
            1,
            fc.constantFrom(
              'multipart/mixed; deferSpec=20220824',
              'multipart/mixed',
              'text/html',
              'text/html;q=0.1, application/json',
            ),
          ),
          weighted(hostile ? 3 : 0, headerValue(60)),
        ),
      ),
      'accept-language': present(
        hostile ? 50 : 30,
        fc.oneof(fc.constantFrom('it', 'en-GB,en;q=0.8', 'ar', '*', 'xx-YY-ZZ-123'), headerValue(200)),
      ),
      'x-request-id': present(
        hostile ? 50 : 20,
        fc.oneof(fc.constantFrom('abc-123', 'x'.repeat(129)), headerValue(200)),
      ),
      'x-fuzz-long': present(
        hostile ? 15 : 2,
        fc.integer({ min: 1_000, max: hostile ? 20_000 : 8_000 }).map((n) => 'v'.repeat(n)),
      ),
      'x-forwarded-for': present(odd, headerValue(40)),
      cookie: present(odd, headerValue(100)),
      extra: hostile ? fc.dictionary(extraHeaderName, headerValue(100), { maxKeys: 3 }) : fc.constant({}),
    })
    .map(({ extra, ...headers }) => ({
      ...extra,
      ...Object.fromEntries(
        Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined),
      ),
    }));
}
