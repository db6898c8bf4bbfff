import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../../shared/audit/audit.schemas';
import { sv } from '../../app/i18n/sv.messages';
import { actionLabel, actorLabel, changeLines, entityTypeLabel } from './audit.format';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({ lng: 'sv', resources: { sv: { translation: sv } }, interpolation: { escapeValue: false } });
});

function entry(overrides: Partial<AuditEntryView>): AuditEntryView {
  return {
    id: '1',
    occurredAt: '2026-03-01T10:00:00Z',
    actorType: 'user',
    actorId: 'u1',
    actorLabel: 'admin@example.se',
    action: 'user.updated',
    entityType: 'user',
    entityId: 'u2',
    changes: {},
    requestId: null,
    ip: null,
    ...overrides,
  };
}

describe('the audit log in readable Swedish', () => {
  it('names common actions and record types in Swedish, and unknown codes as they are', () => {
    expect(actionLabel(i18n, 'auth.login.failed')).toBe('Misslyckad inloggning');
    expect(actionLabel(i18n, 'user.created')).toBe('Användare skapad');
    expect(actionLabel(i18n, 'api-token.revoked')).toBe('API-nyckel återkallad');
    expect(actionLabel(i18n, 'organisation.merged')).toBe('organisation.merged');
    expect(entityTypeLabel(i18n, 'api_token')).toBe('API-nyckel');
  });

  it('writes each change as "fält: före → efter" with Swedish role and status names', () => {
    const lines = changeLines(
      i18n,
      'sv-SE',
      entry({
        changes: {
          roles: { before: ['officer'], after: ['officer', 'manager'] },
          status: { before: 'active', after: 'disabled' },
          name: { after: 'Åsa Öberg' },
          mustChangePassword: { before: false, after: true },
        },
      }),
    );
    expect(lines.map((l) => `${l.label}: ${l.text}`)).toEqual([
      'Roller: Handläggare → Handläggare, Ansvarig chef',
      'Status: Aktiv → Inaktiverad',
      'Namn: Åsa Öberg',
      'Måste byta lösenord: Nej → Ja',
    ]);
  });

  it('explains why a login failed', () => {
    const [line] = changeLines(i18n, 'sv-SE', entry({ action: 'auth.login.failed', changes: { reason: { after: 'wrong_password' } } }));
    expect(line?.text).toBe('Fel lösenord');
  });

  it('says who acted: a user by e-mail, a token by name, or anonymous', () => {
    expect(actorLabel(i18n, entry({}))).toBe('admin@example.se');
    expect(actorLabel(i18n, entry({ actorType: 'token', actorLabel: 'Ekonomisystemet' }))).toBe('API-nyckel: Ekonomisystemet');
    expect(actorLabel(i18n, entry({ actorType: 'anonymous', actorId: null, actorLabel: null }))).toBe('Anonym');
  });
});
