/**
 * How a subgraph's name becomes the prefix of its environment variables, and back: the subgraph
 * reads `<PREFIX>_PORT`, `<PREFIX>_DATABASE_URL`...; the gateway reads `<PREFIX>_URL` for every
 * subgraph of its supergraph, including ones it learns of only from the registry.
 */

/** `pilot-actions` -> `PILOT_ACTIONS`. */
export function envPrefixOf(name: string): string {
  return name.toUpperCase().replace(/-/g, '_');
}

/**
 * `PILOT_ACTIONS` -> `pilot-actions`: the one subgraph name with that prefix (subgraph names are
 * lower case and have `-`, never `_`), or `undefined` when none can have it.
 */
export function subgraphNameOf(envPrefix: string): string | undefined {
  if (!/^[A-Z][A-Z0-9_]*$/.test(envPrefix)) return undefined;
  return envPrefix.toLowerCase().replace(/_/g, '-');
}
