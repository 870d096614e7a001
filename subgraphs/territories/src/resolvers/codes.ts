import { badUserInput } from '../../../../lib/errors.js';

/**
 * ISTAT codes are fixed-length digit strings: a malformed one is bad input (`BAD_USER_INPUT`
 * naming the argument), while a well-formed code that does not exist simply finds nothing.
 */
export function checkCode(argument: string, value: string, digits: number): string {
  if (!new RegExp(`^\\d{${digits}}$`).test(value)) {
    throw badUserInput(argument, `must be an ISTAT code of ${digits} digits, got "${value}"`);
  }
  return value;
}
