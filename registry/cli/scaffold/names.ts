/**
 * Every name of a scaffolded subgraph, derived from the subgraph's own name: the example entity
 * (a naive singular in PascalCase), its Query fields, table, id prefix and environment prefix.
 */
import { SUBGRAPH_NAME } from '../../src/names.js';
import { envPrefixOf } from '../../../lib/subgraph/envPrefix.js';
import { CliError } from '../client.js';

/** The names a new subgraph's files are written with. */
export interface Names {
  /** The subgraph's name, e.g. `housing-offers`. */
  readonly name: string;
  /** Prefix of its environment variables, e.g. `HOUSING_OFFERS` (`envPrefixOf`, as the subgraph and the gateway derive it). */
  readonly envPrefix: string;
  /** The name in camelCase, e.g. `housingOffers`: the export of `subgraph.ts`, the data files' prefix. */
  readonly camel: string;
  /** The Kysely database interface, e.g. `HousingOffersDb`. */
  readonly dbType: string;
  /** The example entity type, e.g. `HousingOffer`. */
  readonly entity: string;
  /** Its lookup field on Query, e.g. `housingOffer`. */
  readonly lookup: string;
  /** Its list field on Query, e.g. `housingOffers` (`healthList` when singular and plural agree). */
  readonly list: string;
  /** Its table, e.g. `housing_offers`. */
  readonly table: string;
  /** Its ids' prefix, e.g. `HOU` for `HOU-00001`. */
  readonly idPrefix: string;
  /** The subgraph's default port. */
  readonly port: number;
}

/**
 * What the scaffold accepts: the registry's rule (`SUBGRAPH_NAME`), and words separated by single
 * hyphens, so that every derived name is a plain identifier (`a--b` or `ab-` would not be).
 */
const WORDS = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** True when `name` may name a new subgraph. */
export function isValidName(name: string): boolean {
  return SUBGRAPH_NAME.test(name) && WORDS.test(name);
}

/** @throws {CliError} starting `Invalid subgraph name` when `name` is not valid (exit code 1, as every refusal of `new`) */
export function checkName(name: string): void {
  if (isValidName(name)) return;
  throw new CliError(
    `Invalid subgraph name "${name}": 2 to 39 lower-case letters, digits and single hyphens, ` +
      'starting with a letter and not ending with a hyphen (e.g. housing-offers)',
  );
}

function upperFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function lowerFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1);
}

/** A naive English singular: `activities` -> `activity`, `addresses` -> `address`, `offers` -> `offer`, `health` stays. */
export function singular(word: string): string {
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (word.length > 2 && word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** The example entity in lower-case words, for prose: `housing-offers` -> `housing offer`. */
export function entityPhrase(names: Pick<Names, 'entity'>): string {
  return names.entity.replace(/(?<=[a-z0-9])([A-Z])/g, ' $1').toLowerCase();
}

/** Derives every name from a valid subgraph name (see `checkName`) and its port. */
export function namesOf(name: string, port: number): Names {
  const words = name.split('-');
  const last = words.length - 1;
  const entityWords = words.map((word, i) => (i === last ? singular(word) : word));
  const camel = lowerFirst(words.map(upperFirst).join(''));
  const entity = entityWords.map(upperFirst).join('');
  const lookup = lowerFirst(entity);
  return {
    name,
    envPrefix: envPrefixOf(name),
    camel,
    dbType: `${words.map(upperFirst).join('')}Db`,
    entity,
    lookup,
    list: camel === lookup ? `${lookup}List` : camel,
    table: words.join('_'),
    idPrefix: words.join('').slice(0, 3).toUpperCase(),
    port,
  };
}

/** Identifiers the generated modules declare or import, or the language reserves. */
const TAKEN_IDENTIFIERS: ReadonlySet<string> = new Set(
  (
    'arguments await break case catch class const continue debugger default delete do else enum eval export extends false ' +
    'finally for function if implements import in instanceof interface let new null package private protected public return ' +
    'static super switch this throw true try typeof undefined var void while with yield ' +
    'afterAll beforeAll caller createLoaders defineSubgraph describe describeEachDialect dialect expect it migrations ' +
    'resolvers runSubgraph seed startSubgraph subgraph'
  ).split(' '),
);

/** The name `subgraph.ts` exports the subgraph's parts as: `camel`, unless that identifier is taken (`seed` -> `seedSubgraph`). */
export function partsExport(names: Pick<Names, 'camel'>): string {
  return TAKEN_IDENTIFIERS.has(names.camel) ? `${names.camel}Subgraph` : names.camel;
}
