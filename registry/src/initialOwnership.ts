/**
 * The ownership a registry starts from, when it has none recorded: at its seed, and once for a
 * registry created before ownership was recorded (from its current supergraph). The entity types
 * each partner owns come from `schema/subgraphs.ts` (the one list); every other type is owned by
 * the subgraphs that declare it (a value type shared since the start has several owners); every
 * field by the subgraph that answers it, except that the owner of an entity keeps a field it
 * declares even when another took it over (`@override`), so a takeover already live is not
 * recorded as the taker's. Each subgraph that already adds fields to another's type is allowed to.
 */
import { answers, topLevelFields, type JoinGraph, type TypeJoin } from './checks/joinFields.js';

/** Rows to record: each a (name, owner) pair. */
export interface InitialOwnership {
  readonly types: readonly { readonly type: string; readonly owner: string }[];
  readonly fields: readonly { readonly type: string; readonly field: string; readonly owner: string }[];
  readonly extensions: readonly { readonly type: string; readonly subgraph: string }[];
}

/** The subgraphs that declare `type` as more than a stub (`@key(..., resolvable: false)` and nothing else). */
function declarers(type: TypeJoin): string[] {
  const full = [...type.subgraphs].filter((subgraph) => {
    const keys = type.keys.get(subgraph) ?? [];
    return keys.length === 0 || keys.some((key) => key.resolvable);
  });
  return (full.length > 0 ? full : [...type.subgraphs]).sort();
}

/**
 * What to record for `graph`. `owns` maps a subgraph to the entity types it owns (DOMAIN.md);
 * one listed there for a subgraph absent from `graph` falls back to its declarers.
 */
export function initialOwnership(
  graph: JoinGraph,
  owns: Readonly<Record<string, readonly string[]>>,
): InitialOwnership {
  const configured = new Map<string, string>();
  for (const [subgraph, types] of Object.entries(owns))
    for (const type of types) if (graph.subgraphs.includes(subgraph)) configured.set(type, subgraph);

  const types: InitialOwnership['types'][number][] = [];
  const fields: InitialOwnership['fields'][number][] = [];
  const extensions = new Map<string, Set<string>>();
  for (const type of graph.types.values()) {
    const owner = configured.get(type.name);
    const typeOwners = type.root ? [] : owner ? [owner] : declarers(type);
    for (const o of typeOwners) types.push({ type: type.name, owner: o });
    const keyFields = new Set(
      typeOwners.flatMap((o) => (type.keys.get(o) ?? []).flatMap((key) => topLevelFields(key.fields))),
    );

    for (const [name, field] of type.fields) {
      const declared = [...field.declarations.entries()];
      const answering = declared.filter(([, d]) => answers(d)).map(([s]) => s);
      // The type's owner declared it, or had it taken with @override(from: owner).
      const ownerClaims = typeOwners.filter(
        (o) => field.declarations.has(o) || declared.some(([, d]) => d.override === o),
      );
      let fieldOwners =
        ownerClaims.length > 0 ? ownerClaims : answering.length > 0 ? answering : declared.map(([s]) => s);
      // A field answered only by the owners' keys' references is the owners' however many declare it.
      if (keyFields.has(name) && ownerClaims.length > 0) fieldOwners = ownerClaims;
      for (const o of [...new Set(fieldOwners)].sort()) {
        fields.push({ type: type.name, field: name, owner: o });
        if (!type.root && !typeOwners.includes(o))
          extensions.set(type.name, (extensions.get(type.name) ?? new Set()).add(o));
      }
    }
  }
  return {
    types,
    fields,
    extensions: [...extensions].flatMap(([type, subgraphs]) =>
      [...subgraphs].sort().map((subgraph) => ({ type, subgraph })),
    ),
  };
}
