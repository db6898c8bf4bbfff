import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, AUDIT_EVENT_GROUPS, auditMessageKey } from '../../../shared/audit/audit-events';
import { en } from '../../app/i18n/en.messages';
import { sv } from '../../app/i18n/sv.messages';
import { actionLabel, actionOptions, entityTypeLabel, entityTypeOptions } from './audit.format';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({ lng: 'sv', resources: { sv: { translation: sv }, en: { translation: en } }, interpolation: { escapeValue: false } });
});

describe('every audit event in words (Swedish and English)', () => {
  it('names every action the server records in both languages; no two codes share a message key', async () => {
    const keys = AUDIT_ACTIONS.map(auditMessageKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const language of ['sv', 'en']) {
      await i18n.changeLanguage(language);
      for (const action of AUDIT_ACTIONS) {
        const label = actionLabel(i18n, action);
        expect(label, `${language}: ${action}`).not.toBe(action);
        expect(label.trim(), `${language}: ${action}`).not.toBe('');
      }
    }
    expect(Object.keys(sv.auditEvent).sort()).toEqual([...keys].sort());
    expect(Object.keys(en.auditEvent).sort()).toEqual([...keys].sort());
    await i18n.changeLanguage('sv');
  });

  it('names every kind of record in both languages', async () => {
    for (const language of ['sv', 'en']) {
      await i18n.changeLanguage(language);
      for (const type of AUDIT_ENTITY_TYPES) expect(entityTypeLabel(i18n, type), `${language}: ${type}`).not.toBe(type);
    }
    await i18n.changeLanguage('sv');
  });

  it('shows the review group’s meeting as words, not as its code', () => {
    expect(actionLabel(i18n, 'review-meeting.held')).toBe('Beredningsgruppens möte genomfört');
    expect(actionLabel(i18n, 'governance-decision.approved')).toBe('Gemensamt beslut godkänt av part');
    expect(entityTypeLabel(i18n, 'governance_decision')).toBe('Gemensamt beslut');
  });

  it('offers the events grouped by area in words, and keeps an unknown code from a link selectable', () => {
    const groups = actionOptions(i18n);
    expect(groups.map((g) => g.group)).toEqual(AUDIT_EVENT_GROUPS.map((g) => sv.auditEventGroup[g.key]));
    expect(groups.flatMap((g) => g.items.map((i) => i.value))).toEqual([...AUDIT_ACTIONS]);
    expect(groups[0]?.items[1]).toEqual({ value: 'auth.login.failed', label: 'Misslyckad inloggning' });
    expect(actionOptions(i18n, 'organisation.merged').at(-1)).toEqual({ group: 'Övriga händelser', items: [{ value: 'organisation.merged', label: 'organisation.merged' }] });
    expect(entityTypeOptions(i18n, 'gadget').at(-1)).toEqual({ value: 'gadget', label: 'gadget' });
    expect(entityTypeOptions(i18n)[0]).toEqual({ value: 'user', label: 'Användare' });
  });
});
