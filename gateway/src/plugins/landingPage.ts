/**
 * Apollo Server's landing page (what a browser GET of `/graphql` shows). In development it is
 * Apollo's local page; in production it is off, so that a GET answers as the GraphQL endpoint
 * does, and no page pointing browsers at Apollo's hosted tools is served on government networks.
 */
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GatewayPlugin } from '../plugin.js';

export function landingPagePlugin(options: { readonly development: boolean }): GatewayPlugin {
  return options.development
    ? { name: 'landingPage' }
    : { name: 'landingPage', apollo: ApolloServerPluginLandingPageDisabled() };
}
