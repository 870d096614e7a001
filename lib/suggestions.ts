/**
 * graphql-js helps a developer who misspells a name: "Cannot query field "adress" on type
 * "Service". Did you mean "address"?". The same hint tells anyone probing a production server the
 * names its schema has, which introspection is off there to keep private. Apollo Server's
 * `hideSchemaDetailsFromClientErrors` removes the hint from validation errors only; the same
 * hint comes with variables of the wrong shape (an unknown enum value or input field), so every
 * error leaving a production server goes through `withoutSuggestions` too.
 */
import type { GraphQLFormattedError } from 'graphql';

// graphql-js ends its messages with the hint: ` Did you mean "a", "b", or "c"?`.
const SUGGESTION = /\s*Did you mean .*\?$/s;

/** The error without graphql-js's "Did you mean ...?" hint (itself when it has none). */
export function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return SUGGESTION.test(formatted.message)
    ? { ...formatted, message: formatted.message.replace(SUGGESTION, '') }
    : formatted;
}
