/**
 * The supergraph's SDL parsed once per version, before the swap, for the gateway's build of it
 * (`execution/index.ts`) and for every plugin that reads its directives (authorization's
 * requirements, demand control's costs): the swap is synchronous, requests waiting, and each
 * plugin parsing the same 80 KB again there made the wait longer. The gateway parses each
 * prepared supergraph as it builds it ahead; the plugins then find it here when the swap hands
 * them the same text.
 */
import { parse, type DocumentNode } from 'graphql';

let last: { readonly sdl: string; readonly document: DocumentNode } | undefined;

/** `sdl` parsed: the last document when it is the last text (one entry: the supergraph being served or about to be). */
export function parsedSupergraph(sdl: string): DocumentNode {
  if (last?.sdl !== sdl) last = { sdl, document: parse(sdl) };
  return last.document;
}
