/**
 * The 249 officially assigned ISO 3166-1 alpha-2 codes: the countries (and territories) a
 * community can come from. Shared by the subgraphs that take a country of origin as a key or an
 * argument (a `Community` is keyed by one).
 * Withdrawn codes (e.g. `YU`, `CS`) and user-assigned ones (e.g. `XK`, `EU`) are not listed.
 */
import { badUserInput } from './errors.js';

const CODES = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ
BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
DE DJ DK DM DO DZ
EC EE EG EH ER ES ET
FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU
ID IE IL IM IN IO IQ IR IS IT
JE JM JO JP
KE KG KH KI KM KN KP KR KW KY KZ
LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
NA NC NE NF NG NI NL NO NP NR NU NZ
OM
PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA
RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
UA UG UM US UY UZ
VA VC VE VG VI VN VU
WF WS
YE YT
ZA ZM ZW`;

/** ISO 3166-1 alpha-2 codes, upper case. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(CODES.trim().split(/\s+/));

/** True for an officially assigned ISO 3166-1 alpha-2 code (upper case). */
export function isCountryCode(code: string): boolean {
  return COUNTRY_CODES.has(code);
}

/** The codes in order: the list of every community a country of origin makes. */
export const COUNTRY_CODE_LIST: readonly string[] = [...COUNTRY_CODES].sort();

/**
 * Returns `value` when it is an officially assigned ISO 3166-1 alpha-2 code in upper case;
 * otherwise throws `BAD_USER_INPUT` naming `argument`. For arguments that filter by a community.
 */
export function checkCountryCode(argument: string, value: string): string {
  if (!isCountryCode(value))
    throw badUserInput(
      argument,
      `must be an assigned ISO 3166-1 alpha-2 country code in upper case such as "SN", got "${value}"`,
    );
  return value;
}

/** `checkCountryCode` for an optional argument: `null` when absent. */
export function checkOptionalCountryCode(argument: string, value: string | null | undefined): string | null {
  return value == null ? null : checkCountryCode(argument, value);
}

/**
 * For a lookup by key: returns `value` when it is shaped like a code (two upper-case letters),
 * otherwise throws `BAD_USER_INPUT` naming `argument`. A code no country is assigned (`ZZ`) is not
 * an error here: it finds nothing, as an unknown key does.
 */
export function checkCountryKey(argument: string, value: string): string {
  if (!/^[A-Z]{2}$/.test(value))
    throw badUserInput(
      argument,
      `must be an ISO 3166-1 alpha-2 country code in upper case such as "SN", got "${value}"`,
    );
  return value;
}
