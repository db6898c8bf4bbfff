import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Where a sealing key comes from: the environment (SECRET_ENCRYPTION_KEY) or the database's internal settings. */
export type SealingKeyId = 'env' | 'db';
export type SealingKey = { id: SealingKeyId; key: Buffer };

const VERSION = 'v1';

/**
 * Seals a secret with AES-256-GCM under a fresh 96-bit nonce; `context` (e.g. the user id) is
 * authenticated with it, so a sealed value moved to another row no longer opens. The result
 * names its key, so a value sealed with the database's key still opens after an operator sets
 * SECRET_ENCRYPTION_KEY for new ones.
 */
export function sealSecret(plaintext: string, key: SealingKey, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.key, iv);
  cipher.setAAD(Buffer.from(context));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, key.id, iv.toString('base64url'), tag.toString('base64url'), ciphertext.toString('base64url')].join('.');
}

/** The key a sealed value needs. */
export function sealingKeyIdOf(sealed: string): SealingKeyId {
  const id = sealed.split('.')[1];
  if (id !== 'env' && id !== 'db') throw new Error('Unknown sealing key in a sealed secret');
  return id;
}

/** Opens a sealed secret; throws when the key, the context or the value is wrong. */
export function openSecret(sealed: string, key: SealingKey, context: string): string {
  const [version, id, iv, tag, ciphertext] = sealed.split('.');
  if (version !== VERSION || id !== key.id || !iv || !tag || ciphertext === undefined) throw new Error('Malformed sealed secret');
  const decipher = createDecipheriv('aes-256-gcm', key.key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}
