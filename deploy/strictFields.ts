/**
 * What kubernetes-models' `validate()` lets through: fields Kubernetes does not know. Its schemas
 * accept any extra property, so a misspelt `readinesProbe` would pass, and the API server would
 * drop it without a word. This walks a document along the models' own type declarations (their
 * `.d.ts` files, one interface per Kubernetes type) and names every field none of them declares.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const modelsDir = path.dirname(require.resolve('kubernetes-models'));
const apimachineryDir = path.dirname(
  createRequire(path.join(modelsDir, 'index.js')).resolve('@kubernetes-models/apimachinery'),
);

/** A type's fields, each with the declaration file of its object type (or of its items'), if any. */
type Fields = ReadonlyMap<string, string | undefined>;
const declared = new Map<string, Fields | undefined>();

function declarationOf(from: string, specifier: string): string | undefined {
  const file = specifier.startsWith('@kubernetes-models/apimachinery/')
    ? path.join(apimachineryDir, specifier.slice('@kubernetes-models/apimachinery/'.length))
    : path.join(path.dirname(from), specifier);
  return existsSync(`${file}.d.ts`) ? `${file}.d.ts` : undefined;
}

/** The fields of the interface `file` declares; undefined for a type that is no object (a quantity, int-or-string). */
function fieldsOf(file: string): Fields | undefined {
  if (declared.has(file)) return declared.get(file);
  const text = readFileSync(file, 'utf8');
  const imports = new Map<string, string | undefined>();
  for (const [, names, specifier] of text.matchAll(/^import \{ ([^}]+) \} from "([^"]+)";$/gm))
    for (const name of names!.split(',')) imports.set(name.trim(), declarationOf(file, specifier!));
  const body = /^export interface I\w+(?: extends [\w, ]+)? \{\n([\s\S]*?)\n\}$/m.exec(text)?.[1];
  const fields = body
    ? new Map(
        [...body.matchAll(/^ {4}"([\w$-]+)"\??: (.+)$/gm)].map(([, name, type]) => {
          const reference = /^(?:Array<)?(\w+)>?;$/.exec(type!)?.[1];
          return [name!, reference ? imports.get(reference) : undefined] as const;
        }),
      )
    : undefined;
  declared.set(file, fields);
  return fields;
}

function unknownUnder(value: unknown, file: string, at: string): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => unknownUnder(item, file, `${at}/${index}`));
  const fields = fieldsOf(file);
  if (!fields || typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    if (!fields.has(key)) return [`${at}/${key}`];
    const type = fields.get(key);
    return type ? unknownUnder(child, type, `${at}/${key}`) : [];
  });
}

/** The paths of `document`'s fields its kind does not declare (`/spec/template/spec/containers/0/readinesProbe`). */
export function unknownFields(document: { readonly apiVersion: string; readonly kind: string }): string[] {
  const file = path.join(modelsDir, document.apiVersion, `${document.kind}.d.ts`);
  if (!existsSync(file)) return [`no Kubernetes kind ${document.apiVersion} ${document.kind}`];
  return unknownUnder(document, file, '');
}
