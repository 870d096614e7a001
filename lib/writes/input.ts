/**
 * Field-level validation of mutation inputs. A write collects every problem of its input, then
 * refuses it with one `BAD_USER_INPUT` error whose `extensions.fields` lists each field and why
 * (`extensions.argument` names the first), so a form can mark every bad field at once.
 */
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors.js';
import { describeId, isId, type IdKind } from '../ids.js';
import {
  describeIstatCode,
  findMunicipality,
  findRegion,
  isMunicipalityCode,
  isRegionCode,
  type MunicipalityRef,
  type RegionRef,
} from '../istat.js';
import { LOCALES, type LocaleCode, type Texts } from '../locale.js';

export interface FieldProblem {
  /** The input field, as a path from the argument, e.g. `input.municipalityCode`. */
  readonly field: string;
  readonly reason: string;
}

/** The error refusing an input with these problems. */
export function invalidInput(problems: readonly FieldProblem[]): GraphQLError {
  const [first] = problems;
  const summary = problems.map((p) => `${p.field}: ${p.reason}`).join('; ');
  return new GraphQLError(`Invalid input: ${summary}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument: first?.field, fields: problems },
  });
}

/** Collects the problems of one input. */
export class InputCheck {
  private readonly problems: FieldProblem[] = [];

  /** Records a problem with `field`. */
  fail(field: string, reason: string): void {
    this.problems.push({ field, reason });
  }

  /** Records a problem unless `ok`; returns `ok`. */
  expect(ok: boolean, field: string, reason: string): boolean {
    if (!ok) this.fail(field, reason);
    return ok;
  }

  /** A trimmed text of `min`..`max` characters; `undefined` (and a problem) otherwise. */
  text(
    field: string,
    value: string,
    { min = 1, max = 500 }: { min?: number; max?: number } = {},
  ): string | undefined {
    const trimmed = value.trim();
    if (trimmed.length < min)
      this.fail(field, min === 1 ? 'must not be empty' : `must be at least ${min} characters`);
    else if (trimmed.length > max) this.fail(field, `must be at most ${max} characters`);
    else return trimmed;
    return undefined;
  }

  /** A municipality of ISTAT's list, by its six-digit code. */
  municipality(field: string, code: string): MunicipalityRef | undefined {
    if (!isMunicipalityCode(code)) {
      this.fail(field, `must be ${describeIstatCode('municipality')}, got "${code}"`);
      return undefined;
    }
    const found = findMunicipality(code);
    if (!found) this.fail(field, `no municipality has the ISTAT code "${code}"`);
    return found;
  }

  /** A region of ISTAT's list, by its two-digit code. */
  region(field: string, code: string): RegionRef | undefined {
    if (!isRegionCode(code)) {
      this.fail(field, `must be ${describeIstatCode('region')}, got "${code}"`);
      return undefined;
    }
    const found = findRegion(code);
    if (!found) this.fail(field, `no region has the ISTAT code "${code}"`);
    return found;
  }

  /** A well-formed id of `kind` (`lib/ids.ts`), whether or not that entity exists. */
  id(field: string, value: string, kind: IdKind): string | undefined {
    return this.expect(isId(kind, value), field, `must be ${describeId(kind)}, got "${value}"`)
      ? value
      : undefined;
  }

  /** A value matching `pattern` (a code format), described by `expected`. */
  matches(field: string, value: string, pattern: RegExp, expected: string): string | undefined {
    return this.expect(pattern.test(value), field, `must be ${expected}, got "${value}"`) ? value : undefined;
  }

  /** A non-negative amount of cents (what `Money` parses to). */
  nonNegativeCents(field: string, cents: number): number | undefined {
    return this.expect(cents >= 0, field, 'must not be negative') ? cents : undefined;
  }

  /**
   * Translations of a text: `{ it, en?, fr?, ... }` with Italian required, every text trimmed and
   * at most `max` characters. Returns the `Texts` to store.
   */
  texts(
    field: string,
    value: Readonly<Partial<Record<LocaleCode, string | null>>>,
    { max = 2000 }: { max?: number } = {},
  ): Texts | undefined {
    const texts: Partial<Record<LocaleCode, string>> = {};
    let ok = true;
    for (const locale of LOCALES) {
      const text = value[locale];
      if (text == null) continue;
      const checked = this.text(`${field}.${locale}`, text, { max });
      if (checked === undefined) ok = false;
      else texts[locale] = checked;
    }
    if (texts.it === undefined) {
      if (value.it == null) this.fail(`${field}.it`, 'Italian is required');
      return undefined;
    }
    return ok ? (texts as Texts) : undefined;
  }

  /** Throws the collected problems, if any. */
  done(): void {
    if (this.problems.length > 0) throw invalidInput(this.problems);
  }
}
