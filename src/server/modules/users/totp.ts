import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

// RFC 6238 as every authenticator app reads it: SHA-1, six digits, 30-second steps.
const PERIOD_SECONDS = 30;
const DIGITS = 6;
/** Codes of the step before and after now are accepted too (clock drift). */
const WINDOW = 1;
const ISSUER = 'Samverkan';

function totpOf(secretBase32: string, label = ''): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: DIGITS,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new random TOTP secret of 160 bits, in base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/**
 * The time step a code belongs to when it is valid within the window around `at`, else null;
 * the caller refuses a step not later than the last accepted one (replay).
 */
export function matchingTotpStep(secretBase32: string, code: string, at: Date): number | null {
  const delta = totpOf(secretBase32).validate({ token: code, timestamp: at.getTime(), window: WINDOW });
  if (delta === null) return null;
  return Math.floor(at.getTime() / 1000 / PERIOD_SECONDS) + delta;
}

/** What an authenticator app needs to add the account: the otpauth:// URI, a QR code of it (SVG) and the key in groups of four. */
export async function totpEnrolment(secretBase32: string, accountLabel: string): Promise<{ otpauthUri: string; qrCodeSvg: string; manualKey: string }> {
  const otpauthUri = totpOf(secretBase32, accountLabel).toString();
  const qrCodeSvg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  const manualKey = secretBase32.replace(/=+$/, '').match(/.{1,4}/g)?.join(' ') ?? secretBase32;
  return { otpauthUri, qrCodeSvg, manualKey };
}

// Recovery codes: ten characters from an alphabet without look-alikes (no 0/o, 1/l/i), 50 bits.
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A new recovery code shown as `xxxxx-xxxxx`. */
export function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}
