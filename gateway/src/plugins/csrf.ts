/**
 * Cross-site request forgery: a browser sends a "simple" request (a GET, or a POST with a form or
 * text content type) to another origin without asking first, with the user's cookies. Apollo
 * Server's CSRF prevention refuses such requests (HTTP 400, `BAD_REQUEST`) unless they carry
 * `content-type: application/json` or an `apollo-require-preflight` (or `x-apollo-operation-name`)
 * header, which a browser only sends after a CORS preflight. It is Apollo's default; this plugin
 * states it, so that no one turns it off by accident.
 */
import type { GatewayPlugin } from '../plugin.js';

export function csrfPlugin(): GatewayPlugin {
  return { name: 'csrf', server: { csrfPrevention: true } };
}
