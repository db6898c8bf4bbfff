import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openSecret, sealingKeyIdOf, sealSecret } from './secret-box';

const key = { id: 'env' as const, key: randomBytes(32) };

describe('secrets sealed at rest (issue 15, decision 015)', () => {
  it('opens what it sealed, under the same key and context, and names the key', () => {
    const sealed = sealSecret('JBSWY3DPEHPK3PXP', key, 'user-1');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(sealingKeyIdOf(sealed)).toBe('env');
    expect(openSecret(sealed, key, 'user-1')).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses another key, another context and a tampered value', () => {
    const sealed = sealSecret('JBSWY3DPEHPK3PXP', key, 'user-1');
    expect(() => openSecret(sealed, { id: 'env', key: randomBytes(32) }, 'user-1')).toThrow();
    expect(() => openSecret(sealed, key, 'user-2')).toThrow();
    const parts = sealed.split('.');
    parts[4] = Buffer.from('tampered').toString('base64url');
    expect(() => openSecret(parts.join('.'), key, 'user-1')).toThrow();
  });

  it('never seals the same secret twice to the same text (a fresh nonce each time)', () => {
    expect(sealSecret('a', key, 'u')).not.toBe(sealSecret('a', key, 'u'));
  });
});
