import { describe, expect, it } from 'vitest';
import type { WorkItemView } from '../work-queue/work-queue.schemas';
import { digestMail, hasDigestContent, isoWeekOf } from './digest.rules';

describe('ISO week of a date (the digest goes out once per user and week)', () => {
  it.each([
    ['2026-12-07', '2026-W50'], // a Monday
    ['2026-12-06', '2026-W49'], // the Sunday before
    ['2027-01-01', '2026-W53'], // 2026 has 53 weeks: it starts on a Thursday
    ['2026-01-01', '2026-W01'],
    ['2024-12-30', '2025-W01'], // a Monday belonging to next year's week 1
    ['2021-01-03', '2020-W53'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });
});

const item = (over: Partial<WorkItemView>): WorkItemView => ({
  key: 'k',
  type: 'initiative_awaiting_review',
  title: 'Läxhjälp i Rinkeby',
  subtitle: 'INI 2026-0003',
  reason: 'initiative_awaiting_review',
  requirement: 'INI-2',
  since: '2026-11-30',
  link: '/initiativ/3',
  assignee: { userId: null, name: null, role: 'review_group' },
  ...over,
});

describe('weekly digest mail (issue 12, point 5)', () => {
  it('has nothing to say without items and notifications', () => {
    expect(hasDigestContent([], [])).toBe(false);
    expect(hasDigestContent([item({})], [])).toBe(true);
    expect(hasDigestContent([], [{ type: 'deviation_routed', summary: 'x', link: '/avvikelser/1' }])).toBe(true);
  });
  it('INI-2, AGR-4: lists the items grouped by kind with since when and links, then the weekly notifications', () => {
    const mail = digestMail(
      {
        name: 'Anna',
        week: '2026-W49',
        items: [item({}), item({ key: 'a', type: 'agreement_ending', title: 'Avtal om språkcafé', subtitle: null, since: '2027-02-01', link: '/samverkan/9', reason: 'agreement_ending', requirement: 'AGR-1' })],
        notifications: [{ type: 'deviation_routed', summary: 'Mötet ställdes in', link: '/avvikelser/5' }],
      },
      'sv',
      'https://app.example',
    );
    expect(mail.subject).toBe('Samverkan: veckosammanfattning 2026-W49 (2 att göra)');
    expect(mail.text).toContain('Hej Anna!');
    expect(mail.text).toContain('Initiativ som väntar på beredningsgruppen\n- Läxhjälp i Rinkeby (INI 2026-0003), sedan 2026-11-30: https://app.example/initiativ/3');
    expect(mail.text).toContain('Avtal som löper ut inom 90 dagar\n- Avtal om språkcafé, sedan 2027-02-01: https://app.example/samverkan/9');
    expect(mail.text).toContain('- Avvikelse att hantera: Mötet ställdes in: https://app.example/avvikelser/5');
  });
  it('is in English for a user who chose English', () => {
    const mail = digestMail({ name: 'Sam', week: '2026-W49', items: [item({})], notifications: [] }, 'en', 'https://app.example');
    expect(mail.subject).toBe('Samverkan: weekly digest 2026-W49 (1 to do)');
    expect(mail.text).toContain('Initiatives waiting for the review group');
    expect(mail.text).not.toContain('Att göra');
  });
});
