import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../app/i18n/en.messages';
import { sv } from '../../app/i18n/sv.messages';
import { mailKindLabel } from './mail-kind';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ lng: 'sv', resources: { sv: { translation: sv }, en: { translation: en } }, interpolation: { escapeValue: false } });
});

describe('mail kinds in the outbox are words, not codes (issue 12, point 6)', () => {
  it('names notifications by their type, the digest and the newsletter mails; an unknown kind is shown as stored', async () => {
    expect(mailKindLabel('notification.initiative_received', i18n)).toBe('Avisering: Nytt förslag via det publika formuläret');
    expect(mailKindLabel('digest', i18n)).toBe('Veckosammanfattning');
    expect(mailKindLabel('newsletter.confirm', i18n)).toBe('Nyhetsbrev: bekräfta prenumeration');
    expect(mailKindLabel('notification.no_such_type', i18n)).toBe('notification.no_such_type');
    expect(mailKindLabel('test.delivery', i18n)).toBe('test.delivery');
    await i18n.changeLanguage('en');
    expect(mailKindLabel('digest', i18n)).toBe('Weekly digest');
    await i18n.changeLanguage('sv');
  });
});
