/**
 * "Did you mean ...?" hints in error messages: shown in development, where they help; removed in
 * production, where they would tell a prober the schema's names that introspection keeps private
 * (see `lib/suggestions.ts`): Apollo Server's option for validation errors, and every other error
 * (variables of the wrong shape, subgraphs' answers) on its way out.
 */
import { withoutSuggestions } from '../../../lib/suggestions.js';
import type { GatewayPlugin } from '../plugin.js';

export interface SuggestionsPluginOptions {
  /** Keep the hints. */
  readonly enabled: boolean;
}

export function suggestionsPlugin(options: SuggestionsPluginOptions): GatewayPlugin {
  if (options.enabled) return { name: 'suggestions', server: { hideSchemaDetailsFromClientErrors: false } };
  return {
    name: 'suggestions',
    server: { hideSchemaDetailsFromClientErrors: true },
    formatError: withoutSuggestions,
  };
}
