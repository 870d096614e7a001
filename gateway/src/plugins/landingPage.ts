/**
 * Apollo Server's landing page is off everywhere: its pages load Apollo Sandbox or Explorer from
 * Apollo's CDN, which fails offline and points browsers at hosted tools from government networks.
 * A browser's GET of `/graphql` gets the gateway's own explorer instead (`explorer.ts`), or, where
 * that is off, the answer any GraphQL GET without a query gets.
 */
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GatewayPlugin } from '../plugin.js';

export function landingPagePlugin(): GatewayPlugin {
  return { name: 'landingPage', apollo: ApolloServerPluginLandingPageDisabled() };
}
