/**
 * The lead region of a pilot action, asked of its owner (pilot-actions) through the graph.
 *
 * Why through the gateway: this subgraph may not read the pilot actions' database, and a mutation's
 * argument cannot be joined by federation (`@requires` feeds entity fields, not a mutation's input),
 * so the one federation-respecting way to learn a fact another partner owns while writing is to
 * ask the graph, as any client does: one registered operation (`PilotActionLeadRegion` in clients/,
 * so a gateway running only trusted documents accepts it), answered by the owner, through the
 * gateway's routing, limits and caches. The region is never taken from this subgraph's own records
 * (earlier allocations), which a caller of another region could have written first; when the graph
 * cannot answer, the write is refused rather than guessed.
 */
import { print } from 'graphql';
import { GraphQLError } from 'graphql';
import { request, type Dispatcher } from 'undici';
import { PilotActionLeadRegionDocument } from '../../../../clients/__generated__/operations.js';
import { ErrorCode } from '../../../../lib/errors.js';
import { isRegionCode } from '../../../../lib/istat.js';

/** What the owner says about an action: it does not exist, or its lead region (`null`: none, national). */
export type LeadRegion = { readonly exists: false } | { readonly exists: true; readonly region: string | null };

/** Where this subgraph learns a pilot action's lead region. */
export interface LeadRegions {
  /** @throws {GraphQLError} `GRAPH_UNAVAILABLE` when the graph cannot answer */
  leadRegionOf(pilotActionId: string): Promise<LeadRegion>;
}

export interface GraphLeadRegionsOptions {
  /** The graph's GraphQL endpoint (the gateway). */
  readonly url: string;
  /** How long one question may take, connection to last byte. @default 2000 */
  readonly timeoutMs?: number;
  /** Headers sent with every question (e.g. an identity where the endpoint requires one). @default none */
  readonly headers?: () => Promise<Record<string, string>>;
  /** The undici dispatcher. @default undici's global one */
  readonly dispatcher?: Dispatcher;
}

/** The operation's text, exactly as the trusted-documents manifest registers it. */
const QUERY = print(PilotActionLeadRegionDocument);
const OWNER = 'pilot-actions';
/** An answer larger than this is not an answer to this question. */
const MAX_ANSWER_BYTES = 64 * 1024;

export function unavailable(pilotActionId: string, reason: string): GraphQLError {
  return new GraphQLError(
    `The lead region of pilot action ${pilotActionId} could not be read from its owner (${OWNER}) through the graph: ${reason}. Nothing was written; retry later.`,
    { extensions: { code: ErrorCode.GRAPH_UNAVAILABLE, owner: OWNER } },
  );
}

interface Answer {
  data?: { pilotAction?: { id?: unknown; leadAuthority?: { region?: { code?: unknown } | null } | null } | null } | null;
  errors?: readonly { extensions?: { code?: unknown } }[];
}

/** What an answer says, or why it says nothing usable. */
function read(pilotActionId: string, answer: Answer): LeadRegion {
  if (answer.errors?.length) {
    const codes = [...new Set(answer.errors.map((e) => typeof e.extensions?.code === 'string' ? e.extensions.code : 'no code'))].join(', ');
    throw unavailable(pilotActionId, `the graph answered with errors (${codes})`);
  }
  if (!answer.data || !('pilotAction' in answer.data)) throw unavailable(pilotActionId, 'the graph answered without data');
  const action = answer.data.pilotAction;
  if (action === null || action === undefined) return { exists: false };
  if (action.id !== pilotActionId) throw unavailable(pilotActionId, 'the graph answered for another action');
  const code = action.leadAuthority?.region?.code ?? null;
  if (code !== null && (typeof code !== 'string' || !isRegionCode(code))) throw unavailable(pilotActionId, 'the graph answered a malformed region');
  return { exists: true, region: code };
}

/** Asks the graph at `options.url` with the registered `PilotActionLeadRegion` operation. */
export function graphLeadRegions(options: GraphLeadRegionsOptions): LeadRegions {
  const timeoutMs = options.timeoutMs ?? 2000;
  return {
    async leadRegionOf(pilotActionId) {
      let text: string;
      let status: number;
      try {
        const response = await request(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', ...(await options.headers?.()) },
          body: JSON.stringify({ operationName: 'PilotActionLeadRegion', query: QUERY, variables: { id: pilotActionId } }),
          signal: AbortSignal.timeout(timeoutMs),
          ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
        });
        status = response.statusCode;
        text = await response.body.text();
      } catch (error) {
        const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : 'the graph could not be reached';
        throw unavailable(pilotActionId, reason);
      }
      if (text.length > MAX_ANSWER_BYTES) throw unavailable(pilotActionId, 'the answer is too large');
      let answer: Answer;
      try {
        answer = JSON.parse(text) as Answer;
      } catch {
        throw unavailable(pilotActionId, `the graph answered HTTP ${status} without JSON`);
      }
      if (status !== 200 && !answer.errors?.length) throw unavailable(pilotActionId, `the graph answered HTTP ${status}`);
      return read(pilotActionId, answer);
    },
  };
}

/** No graph: every question is refused (tools and tests that never allocate). */
export const noGraph: LeadRegions = {
  leadRegionOf: async (pilotActionId) => {
    throw unavailable(pilotActionId, 'this subgraph is not connected to a graph');
  },
};
