/**
 * Bankgiro and plusgiro numbers (FRM-5: a VIDA payout goes to the association's giro account).
 * Both end in a mod-10 (Luhn) check digit over all the digits before it.
 */
export type GiroKind = 'bankgiro' | 'plusgiro';

/** Why a giro number was refused; each maps to a Swedish message key `validation.<kind>.<problem>`. */
export type GiroProblem = 'format' | 'check_digit';

export type GiroResult = { ok: true; value: string } | { ok: false; problem: GiroProblem };

/** True when the digits, the last being the check digit, pass the Luhn (mod 10) check from the right. */
export function passesLuhnFromRight(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    // The check digit (rightmost) has weight 1, the digit before it 2, and so on alternately.
    let d = Number(digits[digits.length - 1 - i]) * (i % 2 === 0 ? 1 : 2);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/** The Luhn check digit that completes the given digits. */
export function luhnCheckDigit(digits: string): number {
  for (let c = 0; c <= 9; c += 1) if (passesLuhnFromRight(`${digits}${c}`)) return c;
  return 0;
}

const LENGTHS: Record<GiroKind, { min: number; max: number }> = {
  bankgiro: { min: 7, max: 8 },
  plusgiro: { min: 2, max: 8 },
};

/** Digits of a giro number written with spaces, hyphens or dots between them; undefined when anything else is there. */
function giroDigits(input: string): string | undefined {
  const trimmed = input.trim();
  if (!/^\d[\d\s.-]*$/.test(trimmed) || /[\s.-]{2,}/.test(trimmed) || /[\s.-]$/.test(trimmed)) return undefined;
  return trimmed.replace(/[\s.-]/g, '');
}

/** A bankgiro number as written by Bankgirot: `NNN-NNNN` (7 digits) or `NNNN-NNNN` (8 digits). */
export function formatBankgiro(digits: string): string {
  return `${digits.slice(0, -4)}-${digits.slice(-4)}`;
}

/** A plusgiro number as written by Plusgirot: pairs from the right and the check digit after a hyphen, e.g. `90 20 01-7`. */
export function formatPlusgiro(digits: string): string {
  const body = digits.slice(0, -1);
  const pairs: string[] = [];
  for (let end = body.length; end > 0; end -= 2) pairs.unshift(body.slice(Math.max(0, end - 2), end));
  return `${pairs.join(' ')}-${digits.slice(-1)}`;
}

/**
 * Parses a bankgiro (7–8 digits) or plusgiro (2–8 digits) number typed with common formatting
 * ("5050-1055", "90 20 01-7"), checks its Luhn check digit and returns it in the standard form.
 */
export function parseGiro(kind: GiroKind, input: string): GiroResult {
  const digits = giroDigits(input);
  const { min, max } = LENGTHS[kind];
  if (digits === undefined || digits.length < min || digits.length > max) return { ok: false, problem: 'format' };
  if (!passesLuhnFromRight(digits)) return { ok: false, problem: 'check_digit' };
  return { ok: true, value: kind === 'bankgiro' ? formatBankgiro(digits) : formatPlusgiro(digits) };
}

/** True when a stored giro number is still valid (e.g. a number stored before validation existed). */
export function isValidGiro(kind: GiroKind, value: string | null | undefined): boolean {
  return typeof value === 'string' && parseGiro(kind, value).ok;
}
