/**
 * A graphql-codegen plugin that writes the trusted-documents manifest: a JSON object mapping the
 * sha256 hash (hex) of every client operation's text to that text. The text is `print()` of the
 * operation with the fragments it uses, which is what `print(<Operation>Document)` of the typed
 * client gives, so a client can send either the text or its hash (the APQ extension) and the
 * gateway finds it. The client-preset's `persistedDocuments` option would do the same, but only for
 * its own multi-file output; the typed client here is one `typed-document-node` file.
 */
import { createHash } from 'node:crypto';
import {
  Kind,
  print,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import type { CodegenPlugin } from '@graphql-codegen/plugin-helpers';

/** The name `codegen.ts` lists this plugin under (resolved by its `pluginLoader`). */
export const PERSISTED_DOCUMENTS_PLUGIN = 'integra-persisted-documents';

/** The hash a document is registered under: sha256 of its text, as APQ computes it. */
export function documentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The operation and, transitively, every fragment it spreads, printed as one document. */
function operationText(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): string {
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode): void => {
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.has(spread.name.value)) {
          used.set(spread.name.value, fragment);
          collect(fragment);
        }
      },
    });
  };
  collect(operation);
  const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] };
  return print(document);
}

/** Builds the manifest (hash -> text), ordered by operation name so the output is stable. */
export function persistedDocuments(documents: readonly DocumentNode[]): Record<string, string> {
  const definitions = documents.flatMap((document) => document.definitions);
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const operations = definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .sort((a, b) => (a.name?.value ?? '').localeCompare(b.name?.value ?? ''));
  const manifest: Record<string, string> = {};
  for (const operation of operations) {
    const text = operationText(operation, fragments);
    manifest[documentHash(text)] = text;
  }
  return manifest;
}

export const persistedDocumentsPlugin: CodegenPlugin = {
  plugin: (_schema, documents) => {
    const nodes = documents.flatMap((file) => (file.document ? [file.document] : []));
    return `${JSON.stringify(persistedDocuments(nodes), null, 2)}\n`;
  },
};
