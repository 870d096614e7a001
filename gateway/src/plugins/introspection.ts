/**
 * Introspection (`__schema`, `__type`): what IDEs and code generators read. On in development;
 * in production it is off unless `INTROSPECTION=true`, since the committed `schema/api.graphql`
 * already serves integrators. Refused, an introspection query answers HTTP 400 with
 * `GRAPHQL_VALIDATION_FAILED`.
 */
import type { GatewayPlugin } from '../plugin.js';

export interface IntrospectionPluginOptions {
  /** Answer introspection queries. */
  readonly enabled: boolean;
}

export function introspectionPlugin(options: IntrospectionPluginOptions): GatewayPlugin {
  return { name: 'introspection', server: { introspection: options.enabled } };
}
