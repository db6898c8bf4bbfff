import { describe, expect, it } from 'vitest';
import {
  absoluteLink,
  DEFAULT_DELIVERIES,
  effectiveDeliveries,
  NOTIFICATION_REQUIREMENTS,
  NOTIFICATION_TYPES,
  notificationHeadline,
  notificationMail,
  notificationRecipients,
} from './notification.rules';

describe('who is notified of a hand-off (issue 12)', () => {
  const active = new Set(['a', 'b', 'actor']);
  it('never notifies the actor of their own action', () => {
    expect(notificationRecipients(['a', 'actor', 'b'], 'actor', active)).toEqual(['a', 'b']);
  });
  it('notifies only active users, each once', () => {
    expect(notificationRecipients(['a', 'a', 'disabled', null, undefined, 'b'], null, active)).toEqual(['a', 'b']);
  });
  it('notifies nobody when the only candidate acted', () => {
    expect(notificationRecipients(['actor'], 'actor', active)).toEqual([]);
  });
});

describe('delivery preferences', () => {
  it('IOP-6, IOP-9: decisions waiting and returned reports go by e-mail at once by default, the rest in the digest', () => {
    expect(DEFAULT_DELIVERIES.decision_awaiting_approval).toBe('email');
    expect(DEFAULT_DELIVERIES.partner_report_returned).toBe('email');
    for (const type of ['initiative_received', 'initiative_recommended', 'democracy_ready_to_sign', 'deviation_routed'] as const) {
      expect(DEFAULT_DELIVERIES[type]).toBe('digest');
    }
  });
  it('a choice overrides the default for its type only; unknown types are ignored', () => {
    const result = effectiveDeliveries([
      { type: 'decision_awaiting_approval', delivery: 'app' },
      { type: 'no_such_type', delivery: 'email' },
    ]);
    expect(result.decision_awaiting_approval).toBe('app');
    expect(result.partner_report_returned).toBe('email');
    expect(Object.keys(result).sort()).toEqual([...NOTIFICATION_TYPES].sort());
  });
  it('every type cites the requirement it serves', () => {
    expect(NOTIFICATION_REQUIREMENTS).toMatchObject({
      initiative_received: 'INI-2',
      democracy_ready_to_sign: 'DEM-3',
      decision_awaiting_approval: 'IOP-6',
      deviation_routed: 'AGR-4',
    });
  });
});

describe('notification mail', () => {
  it('joins the public URL and the path without a double slash', () => {
    expect(absoluteLink('https://samverkan.example/', '/initiativ/1')).toBe('https://samverkan.example/initiativ/1');
    expect(absoluteLink('https://samverkan.example', 'avvikelser/2')).toBe('https://samverkan.example/avvikelser/2');
  });
  it('INI-2: is written in Swedish with the link to where the user acts', () => {
    const mail = notificationMail({ type: 'initiative_received', summary: 'Läxhjälp i Rinkeby', link: '/initiativ/42' }, 'sv', 'https://app.example');
    expect(mail.subject).toBe('Samverkan: Nytt förslag om samverkan: Läxhjälp i Rinkeby');
    expect(mail.text).toContain('https://app.example/initiativ/42');
    expect(mail.text).toContain('beredningsgruppen');
  });
  it('IOP-6: is written in English when the user chose English', () => {
    const mail = notificationMail({ type: 'decision_awaiting_approval', summary: 'Budget 2027', link: '/styrgrupper/7' }, 'en', 'https://app.example');
    expect(mail.subject).toBe('Samverkan: Decision waiting for your approval: Budget 2027');
    expect(mail.text).toContain('Open it in Samverkan: https://app.example/styrgrupper/7');
    expect(mail.text).not.toContain('Öppna');
  });
  it('has a headline for every type in both languages', () => {
    for (const type of NOTIFICATION_TYPES) {
      expect(notificationHeadline(type, 'X', 'sv')).toMatch(/X$/);
      expect(notificationHeadline(type, 'X', 'en')).toMatch(/X$/);
      expect(notificationHeadline(type, 'X', 'sv')).not.toBe(notificationHeadline(type, 'X', 'en'));
    }
  });
});
