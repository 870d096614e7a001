/**
 * What the gateway tells its explorer page (`GET /explorer/settings.json`): the page itself has no
 * inline script, so nothing is written into the HTML.
 */
import type { IntrospectionQuery } from 'graphql';

export interface ExplorerTab {
  readonly query: string;
}

export interface ExplorerSettings {
  /** The GraphQL endpoint, relative to the page's origin. */
  readonly endpoint: string;
  /** True when the gateway runs only the registered operations (trusted documents). */
  readonly trustedDocuments: boolean;
  /** The tabs the explorer opens with: the example operations, or the registered ones. */
  readonly tabs: readonly ExplorerTab[];
  /**
   * The API schema for the documentation explorer, when the gateway answers introspection;
   * `null` when it does not (the explorer then runs without documentation).
   */
  readonly schema: IntrospectionQuery | null;
}
