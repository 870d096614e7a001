/**
 * `@integra/client`: the typed documents of every registered operation, and a request function
 * that sends them by hash and answers with typed results. The manifest of the registered
 * operations (sha256 hash -> text) is `@integra/client/persisted-documents.json`.
 */
export * from '../__generated__/operations.js';
export { createClient, sha256Hex } from './client.js';
export type { ClientOptions, IntegraClient, RequestOptions, VariablesArgs } from './client.js';
export { toIntegraError, PLAIN_CODES } from './errors.js';
export type {
  FieldProblem,
  IntegraError,
  IntegraErrorCode,
  IntegraResult,
  PlainCode,
  UnavailableReason,
} from './errors.js';
