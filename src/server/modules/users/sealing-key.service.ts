import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/database';
import type { AuthSettings } from './auth.service';
import { openSecret, type SealingKey, type SealingKeyId, sealingKeyIdOf, sealSecret } from './secret-box';
import { findOrCreateSealingKey } from './two-factor.repository';

async function sealingKey(db: Db, settings: AuthSettings, id: SealingKeyId): Promise<SealingKey> {
  if (id === 'env') {
    if (!settings.secretEncryptionKey) throw new Error('A TOTP secret was sealed with SECRET_ENCRYPTION_KEY, which is no longer set');
    return { id, key: settings.secretEncryptionKey };
  }
  const stored = await findOrCreateSealingKey(db, randomBytes(32).toString('base64'));
  return { id, key: Buffer.from(stored, 'base64') };
}

/**
 * Seals a user's TOTP secret: with SECRET_ENCRYPTION_KEY when it is set, else with a key the
 * database keeps in its internal settings (embedded and demo installations; decision 015).
 */
export async function sealTotpSecret(db: Db, settings: AuthSettings, userId: string, secret: string): Promise<string> {
  const key = await sealingKey(db, settings, settings.secretEncryptionKey ? 'env' : 'db');
  return sealSecret(secret, key, `totp:${userId}`);
}

/** Opens a user's sealed TOTP secret with the key that sealed it. */
export async function openTotpSecret(db: Db, settings: AuthSettings, userId: string, sealed: string): Promise<string> {
  const key = await sealingKey(db, settings, sealingKeyIdOf(sealed));
  return openSecret(sealed, key, `totp:${userId}`);
}
