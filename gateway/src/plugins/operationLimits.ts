/**
 * What one operation may ask for. A hostile client can make a small request expensive: deep
 * nesting, hundreds of aliases of one field, directive floods, huge documents. Each limit refuses
 * such an operation with HTTP 400 before the gateway plans it, and the message names the limit.
 *
 * Depth, aliases and directives are graphql-armor's validation rules (they count through
 * fragments and skip introspection); refused, they answer `GRAPHQL_VALIDATION_FAILED`. What an
 * operation costs the subgraphs is demand control's (`demandControl.ts`), which sees variables. Tokens are
 * counted by graphql-js's own parser (`maxTokens`, which stops lexing at the limit: armor's
 * token plugin needs envelop's parse hook, which Apollo Server does not have) and answer
 * `GRAPHQL_PARSE_FAILED`. Characters are checked by a validation rule too.
 */
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GatewayPlugin } from '../plugin.js';

export interface OperationLimits {
  /** Nesting of fields, fragments included. @default 12 */
  readonly depth: number;
  /** Aliases in one operation. @default 15 */
  readonly aliases: number;
  /** Lexical tokens in the document. @default 1000 */
  readonly tokens: number;
  /** Directives in one operation. @default 50 */
  readonly directives: number;
  /** Characters of the document, comments included. @default 10000 */
  readonly documentChars: number;
}

/**
 * Armor's rules throw their error by default, which `validate` does not catch (Apollo answers a
 * 500); reported to the validation context instead, it is an ordinary validation error (a 400).
 */
const reportToValidation = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

/**
 * Refuses a document longer than `limit` characters. A validation rule rather than a check before
 * parsing, because Apollo Server turns anything a plugin throws before validation into a 500; the
 * parse it lets happen is bounded by the token limit and the body size limit.
 */
function maxDocumentCharsRule(limit: number): ValidationRule {
  return (context) => {
    const length = context.getDocument().loc?.source.body.length ?? 0;
    if (length > limit)
      context.reportError(
        new GraphQLError(`Document is ${length} characters long, over the limit of ${limit} characters.`),
      );
    return {};
  };
}

/** Refuses operations over any of `limits` with HTTP 400 and a message naming the limit. */
export function operationLimitsPlugin(limits: OperationLimits): GatewayPlugin {
  return {
    name: 'operationLimits',
    server: { parseOptions: { maxTokens: limits.tokens } },
    validationRules: [
      maxDepthRule({ n: limits.depth, ...reportToValidation }),
      maxAliasesRule({ n: limits.aliases, ...reportToValidation }),
      maxDirectivesRule({ n: limits.directives, ...reportToValidation }),
      maxDocumentCharsRule(limits.documentChars),
    ],
  };
}
