/**
 * The new subgraph's `schema.graphql`: Federation 2 with the graph's directives, a placeholder
 * `@contact`, the shared value types exactly as every subgraph declares them, and one example
 * entity with a lookup, a connection, a reference to a municipality and a protected field, each
 * with the cache hint the gateway's response cache follows.
 */
import { entityPhrase, type Names } from '../names.js';
import { OWNER_PLACEHOLDER } from '../list.js';

/**
 * Declarations every subgraph repeats word for word (`docs/partners.md`): composition fails, or
 * the type changes for every client, when one differs. Each is checked against the existing
 * subgraphs by `templates.test.ts`.
 */
export const SHARED_BLOCKS: readonly string[] = [
  `"Names the agency that owns and answers for this subgraph."
directive @contact(name: String!, url: String, description: String) on SCHEMA`,
  `"""
Cache hints: how long an answer may be kept (\`maxAge\`, seconds) and whether it may be shared
between callers (\`scope\`). Apollo Server sends them as the \`Cache-Control\` header, which the
gateway's response cache honours. Public reference data carries a maxAge; anything that depends
on the caller (personal data, audit logs, monitoring findings, every mutation) has \`maxAge: 0\`.
"""
directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION

"Whether a cached answer may be shared between callers (PUBLIC) or kept for one caller only (PRIVATE); not part of the API."
enum CacheControlScope @inaccessible {
  PUBLIC
  PRIVATE
}`,
  `"A language a text can be returned in. Italian is always available and is the fallback."
enum Locale {
  IT
  EN
  FR
  ES
  AR
  ZH
  SQ
  PA
  RU
  TL
  UK
}`,
  `"A human-readable text in the language that was actually returned."
type LocalizedText @shareable @cacheControl(inheritMaxAge: true) {
  text: String!
  "The language of \`text\`: the requested one when available, Italian otherwise."
  locale: Locale!
  "True when \`text\` is not in the language asked for: Italian was returned instead."
  fallback: Boolean!
  "How to lay \`text\` out: RTL for a right-to-left script (Arabic), LTR otherwise."
  direction: TextDirection!
}`,
  `"The direction a text's script is written in."
enum TextDirection {
  LTR
  RTL
}`,
  `"Relay-style page information."
type PageInfo @shareable @cacheControl(inheritMaxAge: true) {
  hasNextPage: Boolean!
  endCursor: String
}`,
];

/** The first id of the example, e.g. `HOU-00001`. */
export function firstId(names: Pick<Names, 'idPrefix'>): string {
  return `${names.idPrefix}-00001`;
}

/** `subgraphs/<name>/schema.graphql`. */
export function schemaFile(n: Names): string {
  const phrase = entityPhrase(n);
  return `extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.11", import: ["@key", "@shareable", "@authenticated", "@requiresScopes", "@inaccessible"])
  @contact(
    name: "${OWNER_PLACEHOLDER}"
    description: "TODO: what the ${n.name} subgraph holds, in one sentence."
  )

${SHARED_BLOCKS.join('\n\n')}

type Query {
  "A ${phrase} by its id, e.g. \`${firstId(n)}\`; null when there is none."
  ${n.lookup}(id: ID!): ${n.entity}
  "Every ${phrase}, in id order."
  ${n.list}(first: Int = 20, after: String): ${n.entity}Connection!
}

# Writes take a scope of your own and answer a nullable record: a refused write is null, with an
# UNAUTHENTICATED or FORBIDDEN error at its path; like every caller-dependent field, a write is
# never cached (\`@cacheControl(maxAge: 0, scope: PRIVATE)\`). Uncomment, rename and fill in, then resolve it in
# src/resolvers/Mutation.ts (lib/writes has the graph's versioned, audited writes):
#
# type Mutation {
#   "Creates a ${phrase}; needs the ${n.name}:write scope."
#   create${n.entity}(input: Create${n.entity}Input!): ${n.entity} @requiresScopes(scopes: [["${n.name}:write"]]) @cacheControl(maxAge: 0, scope: PRIVATE)
# }

"TODO: what one ${phrase} is. The example entity of the template: rename it, or replace it with yours."
type ${n.entity} @key(fields: "id") @cacheControl(maxAge: 60) {
  "\`${n.idPrefix}-\` and five digits, e.g. \`${firstId(n)}\`."
  id: ID!
  name(lang: Locale): LocalizedText!
  "Where it is: the territories subgraph answers the rest of the municipality."
  municipality: Municipality!
  "Whom to write to. Authenticated callers only: null, with an UNAUTHENTICATED error, for anonymous ones."
  contactEmail: String @authenticated @cacheControl(maxAge: 0, scope: PRIVATE)
}

# A municipality of the territories subgraph: here only its key, which the gateway resolves there.
type Municipality @key(fields: "istatCode", resolvable: false) @cacheControl(maxAge: 60) {
  istatCode: ID!
}

type ${n.entity}Connection @cacheControl(maxAge: 60) {
  edges: [${n.entity}Edge!]!
  pageInfo: PageInfo!
  totalCount: Int!
}
type ${n.entity}Edge @cacheControl(maxAge: 60) {
  cursor: String!
  node: ${n.entity}!
}
`;
}
