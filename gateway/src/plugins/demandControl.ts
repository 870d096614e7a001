/**
 * Demand control: what one operation may make the subgraphs do. Before the gateway plans an
 * operation, its cost is estimated with Apollo's cost model (`cost/estimate.ts`) from the
 * `@cost` and `@listSize` directives the subgraphs declare, composed into the supergraph, on the
 * coerced variables and argument defaults: `first: $n` costs what `$n` (or the default) says, not
 * what the literal text shows. Over `maxCost`, the operation is refused with HTTP 400
 * `COST_ESTIMATED_TOO_EXPENSIVE` naming the estimate and the limit, and no subgraph is called.
 *
 * The estimated cost of every priced operation and the actual cost of every answer (the same model
 * on the data, with the real lengths of lists) are Prometheus histograms on `/metrics`, by
 * operation name: the registered operations' names, `unnamed`, or `other` for any other name, so
 * that clients cannot grow the label set.
 */
import { existsSync, readFileSync } from 'node:fs';
import {
  GraphQLError,
  Kind,
  getVariableValues,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
} from 'graphql';
import { Counter, Histogram, type Registry } from 'prom-client';
import { ErrorCode } from '../../../lib/errors.js';
import { readCostDirectives, type CostDirectives } from '../cost/directives.js';
import { CostModelError, actualCost, estimatedCost, type CostInput } from '../cost/estimate.js';
import type { GatewayPlugin } from '../plugin.js';
import { parsedSupergraph } from '../supergraph/parsed.js';
import { operationLabel } from './metrics.js';
import type { GatewayContext } from '../context.js';

export interface DemandControlOptions {
  /** `GATEWAY_MAX_COST`: the largest estimated cost an operation may have. @default 30000 */
  readonly maxCost: number;
  /** `GATEWAY_DEFAULT_LIST_SIZE`: the size of a list whose `@listSize` gives none. @default 100 */
  readonly defaultListSize: number;
  /** Where the cost histograms are registered (the metrics plugin's registry). */
  readonly registry: Registry;
  /** Operation names the metrics keep as labels (the registered operations'); others are `other`. @default none */
  readonly operationNames?: ReadonlySet<string>;
  /** Charges an operation's estimate to its caller's rate limit of cost (the rate limit plugin's); throws when over. @default none */
  readonly chargeCost?: (context: GatewayContext, cost: number) => Promise<void>;
}

const BUCKETS = [1, 10, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 25_000, 50_000, 100_000, 1_000_000];

/** The operation names of a persisted-documents manifest (`{ hash: document }`); none when it is missing. */
export function registeredOperationNames(manifestPath: string): Set<string> {
  if (!existsSync(manifestPath)) return new Set();
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
  const names = new Set<string>();
  for (const document of Object.values(manifest)) {
    for (const definition of parse(document).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.add(definition.name.value);
    }
  }
  return names;
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

/** The refusal of an operation over the limit. */
export function tooExpensive(estimate: number, maxCost: number): GraphQLError {
  const shown = Number.isFinite(estimate)
    ? String(Math.round(estimate))
    : 'unbounded (its fragments expand beyond counting)';
  return new GraphQLError(`The operation's estimated cost is ${shown}, over the limit of ${maxCost}.`, {
    extensions: {
      code: ErrorCode.COST_ESTIMATED_TOO_EXPENSIVE,
      estimatedCost: Number.isFinite(estimate) ? Math.round(estimate) : null,
      maxCost,
      http: { status: 400 },
    },
  });
}

export function demandControlPlugin(options: DemandControlOptions): GatewayPlugin {
  let directives: CostDirectives | undefined;
  const registers = [options.registry];
  const costHistogram = (name: string, help: string) =>
    new Histogram({ name, help, labelNames: ['operation'] as const, buckets: BUCKETS, registers });
  const estimated = costHistogram(
    'integra_operation_estimated_cost',
    'Estimated cost of each operation before planning (demand control), refused ones included',
  );
  const actual = costHistogram(
    'integra_operation_actual_cost',
    'Actual cost of each answer: the cost model applied to the data returned, with the real lengths of lists',
  );
  const refused = new Counter({
    name: 'integra_operation_cost_refused_total',
    help: 'Operations refused because their estimated cost was over GATEWAY_MAX_COST',
    labelNames: ['operation'] as const,
    registers,
  });
  const label = (name: string | null | undefined) => operationLabel(options.operationNames, name);

  return {
    name: 'demandControl',
    apollo: {
      async serverWillStart() {
        return {
          schemaDidLoadOrUpdate({ coreSupergraphSdl }) {
            if (coreSupergraphSdl) directives = readCostDirectives(parsedSupergraph(coreSupergraphSdl));
          },
        };
      },
      async requestDidStart() {
        let priced: { input: CostInput; operation: string } | undefined;
        return {
          async didResolveOperation(context) {
            if (!directives || !context.operation) return;
            const coercion = getVariableValues(
              context.schema,
              context.operation.variableDefinitions ?? [],
              context.request.variables ?? {},
            );
            // Variables that do not coerce are refused by the gateway before it plans or fetches anything.
            if (coercion.errors) return;
            const input: CostInput = {
              schema: context.schema,
              directives,
              operation: context.operation,
              fragments: fragmentsOf(context.document),
              variables: coercion.coerced,
              defaultListSize: options.defaultListSize,
            };
            const operation = label(context.operationName);
            let estimate: number;
            try {
              estimate = estimatedCost(input);
            } catch (error) {
              if (!(error instanceof CostModelError)) throw error;
              throw new GraphQLError(error.message, {
                extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
              });
            }
            if (Number.isFinite(estimate)) estimated.observe({ operation }, estimate);
            if (estimate > options.maxCost) {
              refused.inc({ operation });
              throw tooExpensive(estimate, options.maxCost);
            }
            await options.chargeCost?.(context.contextValue, estimate);
            priced = { input, operation };
          },
          async willSendResponse(context) {
            const body = context.response.body;
            if (!priced || body.kind !== 'single' || !body.singleResult.data) return;
            actual.observe({ operation: priced.operation }, actualCost(priced.input, body.singleResult.data));
          },
        };
      },
    },
  };
}
