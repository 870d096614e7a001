/**
 * `npm run compose`'s composition: the subgraphs of `schema/subgraphs.ts` from their SDL files,
 * composed by the graph's one composition (`lib/supergraph/compose.ts`, which the registry runs
 * too) into the supergraph and the public API schema. Pure: reads the SDL files, returns text;
 * `scripts/compose.ts` writes it.
 */
import { readFileSync } from 'node:fs';
import { composeSubgraphs } from '../lib/supergraph/compose.js';
import { printApiSchema } from '../lib/supergraph/apiSchema.js';
import { subgraphs, defaultUrl } from './subgraphs.js';

export type ComposeResult =
  | { ok: true; supergraphSdl: string; apiSdl: string; hints: readonly string[] }
  | { ok: false; errors: string[] };

/** Composes the subgraphs named in `schema/subgraphs.ts` from their SDL files. */
export function composeFromFiles(): ComposeResult {
  const result = composeSubgraphs(
    subgraphs.map((s) => ({ name: s.name, url: defaultUrl(s), sdl: readFileSync(s.sdlPath, 'utf8') })),
  );
  if (!result.ok) return { ok: false, errors: result.errors.map((e) => e.message) };
  return {
    ok: true,
    supergraphSdl: result.supergraphSdl,
    apiSdl: printApiSchema(result.apiSchema),
    hints: result.hints,
  };
}
