/** Reading names in an operation document, for the filter: free aliases and the fragments in use. */
import {
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** An alias starting with `prefix` that no field or alias of the document uses. */
export function unusedName(document: DocumentNode, prefix: string): string {
  const used = new Set<string>();
  visit(document, {
    Field(node) {
      used.add(node.alias?.value ?? node.name.value);
    },
  });
  let name = prefix;
  for (let i = 1; used.has(name); i++) name = `${prefix}${i}`;
  return name;
}

/** The names of the fragments `operation` spreads, directly or through other fragments. */
export function usedFragments(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): Set<string> {
  const used = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!used.has(name) && fragment) {
          used.add(name);
          visit(fragment.selectionSet);
        }
      } else if (selection.selectionSet) {
        visit(selection.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  return used;
}
