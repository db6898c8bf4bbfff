import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/**
 * The password hash of an account made by single sign-on: not an argon2 hash, so no password
 * ever matches it (verifyPassword fails on it), while the column stays NOT NULL (decision 014).
 */
export const SSO_ONLY_PASSWORD_HASH = '!sso-only';

// A real argon2id hash of a random secret, checked against when an account is unknown so that
// the response time does not reveal which e-mail addresses exist.
let timingDummyHash: Promise<string> | undefined;

/** Hashes a password with argon2id (the library's default algorithm, OWASP parameters). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Checks a password against a stored hash; with no hash it spends the same time and fails. */
export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  if (storedHash === undefined) {
    timingDummyHash ??= hash(randomBytes(16).toString('hex'));
    await verify(await timingDummyHash, password);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** A random password that is easy to read aloud and type: 4 groups of 5 characters. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(20);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}
