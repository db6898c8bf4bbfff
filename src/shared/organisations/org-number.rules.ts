/** Why an organisation number was refused (ORG-3); each maps to a Swedish message key. */
export type OrgNumberProblem = 'format' | 'check_digit';

export type OrgNumberResult = { ok: true; value: string } | { ok: false; problem: OrgNumberProblem };

/** True when the digits pass the Luhn (mod 10) check used by Swedish identity numbers. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    // From the left on 10 digits, every other digit starting with the first is doubled.
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Parses a Swedish organisation number (ORG-3): ten digits written `NNNNNN-NNNN` or without the
 * hyphen, with a valid Luhn check digit; returns it normalised as `NNNNNN-NNNN`.
 */
export function parseOrgNumber(input: string): OrgNumberResult {
  const trimmed = input.trim();
  if (!/^\d{6}-?\d{4}$/.test(trimmed)) return { ok: false, problem: 'format' };
  const digits = trimmed.replace('-', '');
  if (!passesLuhn(digits)) return { ok: false, problem: 'check_digit' };
  return { ok: true, value: `${digits.slice(0, 6)}-${digits.slice(6)}` };
}

/** The digits of something that looks like an organisation number, for searching; else undefined. */
export function orgNumberDigits(text: string): string | undefined {
  const compact = text.replace(/[\s-]/g, '');
  return /^\d{6,10}$/.test(compact) ? compact : undefined;
}
