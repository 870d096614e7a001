/** Custom scalars shared by the subgraphs: exact money, dates and timestamps. */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const MONEY = /^-?\d{1,13}(\.\d{1,2})?$/;

/** Formats integer euro cents as a decimal string with two decimals, exactly. */
export function formatCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new TypeError(`money must be integer cents, got ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Parses a decimal euro string ("1250.5", "1250.50") to integer cents, exactly. */
export function parseEuro(text: string): number {
  if (!MONEY.test(text)) throw new TypeError(`"${text}" is not an amount in euro with at most two decimals`);
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace('-', '').split('.');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return negative ? -cents : cents;
}

function invalid(name: string, message: string): GraphQLError {
  return new GraphQLError(`${name}: ${message}`, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** `Money`: integer cents inside the subgraph, a decimal euro string on the wire. */
export const MoneyScalar = new GraphQLScalarType<number, string>({
  name: 'Money',
  description: 'An exact sum in euro: a decimal string with two decimals.',
  serialize: (value) => formatCents(value as number),
  parseValue: (value) => {
    if (typeof value !== 'string') throw invalid('Money', 'expected a decimal string such as "1250.00"');
    try {
      return parseEuro(value);
    } catch (error) {
      throw invalid('Money', (error as Error).message);
    }
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw invalid('Money', 'expected a decimal string such as "1250.00"');
    try {
      return parseEuro(ast.value);
    } catch (error) {
      throw invalid('Money', (error as Error).message);
    }
  },
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;
function checkDate(value: unknown): string {
  if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw invalid('Date', `expected YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  if (new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw invalid('Date', `${value} is not a calendar date`);
  }
  return value;
}

/** `Date`: an ISO calendar date string, `YYYY-MM-DD`, kept as such. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, ISO 8601 (YYYY-MM-DD).',
  serialize: (value) => checkDate(value),
  parseValue: (value) => checkDate(value),
  parseLiteral: (ast) => checkDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** `DateTime`: an ISO 8601 timestamp in UTC. */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'A timestamp in ISO 8601, UTC.',
  serialize: (value) => new Date(value as string).toISOString(),
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
      throw invalid('DateTime', 'expected an ISO 8601 timestamp');
    return new Date(value).toISOString();
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || Number.isNaN(Date.parse(ast.value)))
      throw invalid('DateTime', 'expected an ISO 8601 timestamp');
    return new Date(ast.value).toISOString();
  },
});
