import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../app/i18n/en.messages';
import { sv } from '../../app/i18n/sv.messages';
import { jobLabel } from './job-name';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ lng: 'sv', resources: { sv: { translation: sv }, en: { translation: en } }, interpolation: { escapeValue: false } });
});

// That every job the server declares has words is checked beside the jobs, in src/server/modules/jobs.
describe('background jobs are named in words on Administration → Jobs (issue 16)', () => {
  it('says what a job does in the user’s language; a job the web app does not know is shown by its name', async () => {
    expect(jobLabel('audit.publish-head', i18n)).toBe('Granskningsloggens huvud publiceras');
    expect(jobLabel('files.remove-orphan-blobs', i18n)).toBe('Filinnehåll som ingen fil använder tas bort');
    expect(jobLabel('some.future-job', i18n)).toBe('some.future-job');
    await i18n.changeLanguage('en');
    expect(jobLabel('mail.deliver', i18n)).toBe('Mail sent from the outbox');
    await i18n.changeLanguage('sv');
  });
});
