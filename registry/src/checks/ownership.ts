/**
 * Check 4, ownership: a candidate may not let its subgraph answer for what another subgraph owns.
 * The owners are the registry's records (data/ownership.repository.ts), never what an SDL claims;
 * who answers what is read from the composed candidate supergraph (checks/joinFields.ts), so a
 * directive renamed through `@link(import:)` or written in another federation version is seen
 * for what it does. A subgraph may answer a field of another's only as a reference: a key field
 * of the owner's keys, an `@external` field (for `@requires` or a key), or a field of a shared
 * value type that its owners declare too (answered by whichever subgraph answered the parent).
 * New fields and types become the candidate's (`claims`), recorded when the publish is stored.
 */
import type { OwnershipIssue, OwnershipRule } from './report.js';
import {
  enterable,
  fieldsAnsweredBy,
  topLevelFields,
  type JoinGraph,
  type Means,
  type TypeJoin,
} from './joinFields.js';

/** Who owns what, as the registry records it. */
export interface OwnershipRecords {
  /** Type name -> its owners (several for a value type shared since the seed). */
  readonly types: ReadonlyMap<string, ReadonlySet<string>>;
  /** `Type.field` -> its owners. */
  readonly fields: ReadonlyMap<string, ReadonlySet<string>>;
  /** Type name -> the subgraphs its owner allows to add fields to it (`*`: any). */
  readonly extensions: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The types and fields a publish makes its subgraph's. */
export interface Claims {
  readonly types: readonly string[];
  /** `Type.field` coordinates. */
  readonly fields: readonly string[];
}

export interface OwnershipOutcome {
  readonly issues: readonly OwnershipIssue[];
  readonly claims: Claims;
}

/** Any partner may extend a type whose allowance lists this. */
export const ANY_SUBGRAPH = '*';

function list(owners: Iterable<string>): string {
  return [...owners].sort().join(', ');
}

/** The top-level fields of the owners' keys on `type`: references of the entity, which any subgraph may declare. */
function ownerKeyFields(type: TypeJoin, owners: ReadonlySet<string>): Set<string> {
  const fields = new Set<string>();
  for (const owner of owners)
    for (const key of type.keys.get(owner) ?? [])
      for (const field of topLevelFields(key.fields)) fields.add(field);
  return fields;
}

/** The means that explains a refusal best: the most deliberate one. */
function worst(means: readonly Means[]): Means {
  const order: Means['kind'][] = ['override', 'provides', 'interface-object', 'key', 'declares'];
  return [...means].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))[0] ?? { kind: 'declares' };
}

function takeover(
  coordinate: string,
  owners: ReadonlySet<string>,
  subgraph: string,
  means: Means,
): { rule: OwnershipRule; message: string } {
  const head = `${coordinate} is owned by ${list(owners)}: ${subgraph} may not`;
  switch (means.kind) {
    case 'override': {
      const label = means.label === undefined ? '' : `, label: ${JSON.stringify(means.label)}`;
      return {
        rule: 'override',
        message: `${head} take it with @override(from: ${JSON.stringify(means.from)}${label})`,
      };
    }
    case 'provides':
      return {
        rule: 'provides',
        message: `${head} answer for it with @provides(fields: ${JSON.stringify(means.fields)}) on ${means.on}`,
      };
    case 'interface-object':
      return {
        rule: 'interface-object',
        message: `${head} answer for it through @interfaceObject ${means.interfaceName}`,
      };
    case 'key':
      return {
        rule: 'key',
        message: `${head} make it a field of its own @key (${means.keys.map((k) => JSON.stringify(k)).join(', ')}): the gateway could then fetch it from ${subgraph}`,
      };
    case 'declares':
      return {
        rule: 'redeclaration',
        message: `${head} declare it as its own (re-declared, or @shareable): the gateway could then fetch it from ${subgraph}; declare it @external to reference it`,
      };
  }
}

function extension(
  coordinate: string,
  type: string,
  owners: ReadonlySet<string>,
  subgraph: string,
  means: Means,
): string {
  const how = means.kind === 'interface-object' ? ` (through @interfaceObject ${means.interfaceName})` : '';
  const owner = [...owners].sort()[0] ?? '';
  return (
    `${coordinate} is a new field${how} of ${type}, which is owned by ${list(owners)}: ${subgraph} may not add fields to it ` +
    `unless its owner allows it (PUT /api/subgraphs/${owner}/types/${type}/extensions)`
  );
}

/**
 * The ownership issues of `subgraph`'s candidate in the composed `graph`, and what it claims.
 * Pure. Only the candidate's own answers are judged: another subgraph's are its own publish's business.
 */
export function checkOwnership(
  graph: JoinGraph,
  subgraph: string,
  records: OwnershipRecords,
): OwnershipOutcome {
  const issues: OwnershipIssue[] = [];
  const claimedTypes = new Set<string>();
  const claimedFields: string[] = [];
  const refuse = (coordinate: string, owners: ReadonlySet<string>, rule: OwnershipRule, message: string) =>
    issues.push({ kind: 'ownership', coordinate, owners: [...owners].sort(), subgraph, rule, message });

  for (const [coordinate, allMeans] of fieldsAnsweredBy(graph, subgraph)) {
    const dot = coordinate.indexOf('.');
    const typeName = coordinate.slice(0, dot);
    const type = graph.types.get(typeName);
    if (!type) continue;
    const fieldOwners = records.fields.get(coordinate);
    const typeOwners = type.root ? undefined : records.types.get(typeName);
    const means = worst(allMeans);

    if (fieldOwners) {
      if (fieldOwners.has(subgraph)) continue;
      const referenceOwners = typeOwners ?? fieldOwners;
      if (!type.root && ownerKeyFields(type, referenceOwners).has(coordinate.slice(dot + 1))) continue;
      // A value type's field is answered by the subgraph that answered its parent: sharing its definition takes nothing.
      const ownerDeclares = [...fieldOwners].some((owner) =>
        type.fields.get(coordinate.slice(dot + 1))?.declarations.has(owner),
      );
      if (!enterable(type) && ownerDeclares && means.kind !== 'provides') continue;
      const { rule, message } = takeover(coordinate, fieldOwners, subgraph, means);
      refuse(coordinate, fieldOwners, rule, message);
      continue;
    }
    // A field nobody owns yet: a new root field, a field of a new type, or of a type the subgraph owns or may extend.
    if (means.kind === 'provides') continue;
    if (type.root || !typeOwners || typeOwners.has(subgraph)) {
      if (!type.root && !typeOwners) claimedTypes.add(typeName);
      claimedFields.push(coordinate);
      continue;
    }
    const allowed = records.extensions.get(typeName);
    if (allowed?.has(subgraph) || allowed?.has(ANY_SUBGRAPH)) {
      claimedFields.push(coordinate);
      continue;
    }
    refuse(coordinate, typeOwners, 'extension', extension(coordinate, typeName, typeOwners, subgraph, means));
  }
  // A new type the subgraph declares without answering any of its fields (all external) is still its.
  for (const type of graph.types.values()) {
    if (!type.root && type.subgraphs.has(subgraph) && !records.types.has(type.name))
      claimedTypes.add(type.name);
  }
  return { issues, claims: { types: [...claimedTypes].sort(), fields: claimedFields.sort() } };
}
