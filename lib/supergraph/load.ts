/**
 * Loading a supergraph exactly as the gateway loads it; the gateway and the schema registry both
 * use this module, so the registry never publishes what a gateway would refuse.
 *
 * The gateway adapts every supergraph with `prepareSupergraph`, then hands it to Apollo Gateway
 * (built with `supergraphLoadingOptions`). On the first supergraph (`load`) and on each new one (a
 * supergraph manager's `update`), Apollo Gateway 2.14:
 * - builds it (`Supergraph.build`): it must be a core schema linking the join spec, and the context
 *   and cost specs, at versions it knows; any linked feature `for: SECURITY` or `for: EXECUTION`
 *   that it does not implement makes it refuse the whole supergraph (it implements none of them:
 *   `@policy`, `@context`/`@fromContext`, `@cacheTag`, connectors...; `@authenticated` and
 *   `@requiresScopes` load only because `prepareSupergraph` declares them enforced);
 * - validates it as a GraphQL schema (development gateways; production ones assume it valid);
 * - derives the API schema and builds the query planner.
 * Any failure: a starting gateway exits, a running one keeps the supergraph it serves.
 *
 * The registry runs the same on each candidate (`createSupergraphLoader`): one Apollo Gateway kept
 * for the purpose, fed each prepared candidate through the same `update` a gateway following the
 * registry uses, with validation on (the strictest gateway's setting).
 */
import { ApolloGateway, type GatewayConfig, type SupergraphManager } from '@apollo/gateway';

/** Apollo Gateway's callback that loads a new supergraph into a loaded gateway. */
type Update = Parameters<SupergraphManager['initialize']>[0]['update'];

/**
 * The security features the gateway enforces itself, under their own names: its authorization
 * plugin with `lib/auth/requirements.ts`, which reads `@authenticated` and `@requiresScopes`.
 * A link that renames them (`import: [{ name: "@authenticated", as: ... }]`, `as:`) does not
 * match, keeps `for: SECURITY`, and is refused: the gateway would not recognise the new name.
 */
const ENFORCED_SECURITY_LINK =
  /(@link\(\s*url:\s*"https:\/\/specs\.apollo\.dev\/(?:authenticated|requiresScopes)\/v0\.1")\s*,\s*for:\s*SECURITY\s*\)/g;

/**
 * The supergraph as the gateway hands it to Apollo Gateway: the links of the security features it
 * enforces lose their `for: SECURITY` purpose (Apollo refuses a security feature it does not
 * enforce itself). Pure.
 */
export function prepareSupergraph(supergraphSdl: string): string {
  return supergraphSdl.replace(ENFORCED_SECURITY_LINK, '$1)');
}

/** The Apollo Gateway options that decide whether a supergraph loads. */
export function supergraphLoadingOptions(options: {
  validate: boolean;
}): Pick<GatewayConfig, 'validateSupergraph'> {
  return { validateSupergraph: options.validate };
}

/** Whether a supergraph loads, and why not. */
export type SupergraphLoadResult =
  { readonly ok: true } | { readonly ok: false; readonly reasons: readonly string[] };

/** Loads candidate supergraphs as a gateway would; one at a time. */
export interface SupergraphLoader {
  /** Prepares and loads `supergraphSdl` (the composed, unprepared SDL). Never throws for a bad supergraph. */
  load(supergraphSdl: string): Promise<SupergraphLoadResult>;
  /** Stops the Apollo Gateway kept for loading. */
  dispose(): Promise<void>;
}

/** Why Apollo refused a supergraph: the causes of a failed check, one line each, else the message. */
export function reasonsOf(error: unknown): string[] {
  const causes = (error as { causes?: unknown } | null)?.causes;
  if (Array.isArray(causes) && causes.length > 0)
    return causes.map((cause) => firstLine(cause instanceof Error ? cause.message : String(cause)));
  return [firstLine(error instanceof Error ? error.message : String(error))];
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() || message;
}

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

interface Probe {
  readonly gateway: ApolloGateway;
  readonly update: Update;
}

/** A loader over one Apollo Gateway, started with the first candidate and replaced after a refusal. */
export function createSupergraphLoader(): SupergraphLoader {
  let probe: Probe | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let disposed = false;

  const start = async (prepared: string): Promise<Probe> => {
    let update: Update | undefined;
    const gateway = new ApolloGateway({
      ...supergraphLoadingOptions({ validate: true }),
      logger: quiet,
      supergraphSdl: {
        async initialize(hooks) {
          update = hooks.update;
          return { supergraphSdl: prepared };
        },
      },
    });
    await gateway.load();
    if (!update) throw new Error('Apollo Gateway loaded without calling its supergraph manager');
    return { gateway, update };
  };

  const loadOne = async (supergraphSdl: string): Promise<SupergraphLoadResult> => {
    if (disposed) throw new Error('The supergraph loader is disposed');
    const prepared = prepareSupergraph(supergraphSdl);
    try {
      if (probe) probe.update(prepared);
      else probe = await start(prepared);
      return { ok: true };
    } catch (error) {
      // A refused update may leave Apollo half-updated (its id recorded): start afresh next time.
      const stale = probe;
      probe = undefined;
      await stale?.gateway.stop().catch(() => undefined);
      return { ok: false, reasons: reasonsOf(error) };
    }
  };

  return {
    load(supergraphSdl) {
      const result = queue.then(() => loadOne(supergraphSdl));
      queue = result.catch(() => undefined);
      return result;
    },
    async dispose() {
      disposed = true;
      await queue;
      await probe?.gateway.stop();
      probe = undefined;
    },
  };
}
