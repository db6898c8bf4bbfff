import fs from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../web/app/i18n/en.messages';
import { sv } from '../../../web/app/i18n/sv.messages';
import { jobLabel } from '../../../web/features/outbox/job-name';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ lng: 'sv', resources: { sv: { translation: sv }, en: { translation: en } }, interpolation: { escapeValue: false } });
});

/** Every job name the server declares as a `*_JOB` constant. */
function declaredJobs(dir: string): string[] {
  const names: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) names.push(...declaredJobs(full));
    else if (entry.name.endsWith('.ts') && !entry.name.includes('.test.')) {
      for (const match of fs.readFileSync(full, 'utf8').matchAll(/export const \w+_JOB = '([^']+)'/g)) names.push(match[1] as string);
    }
  }
  return names;
}

describe('every background job the server declares has words on Administration → Jobs (issue 16)', () => {
  it('in Swedish and in English', async () => {
    const jobs = declaredJobs(path.resolve(import.meta.dirname, '../..'));
    expect(jobs).toEqual(expect.arrayContaining(['mail.deliver', 'audit.publish-head', 'files.remove-orphan-blobs']));
    for (const name of jobs) expect(jobLabel(name, i18n), name).not.toBe(name);
    await i18n.changeLanguage('en');
    for (const name of jobs) expect(jobLabel(name, i18n), name).not.toBe(name);
    await i18n.changeLanguage('sv');
  });
});
