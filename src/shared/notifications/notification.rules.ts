/** The hand-offs that notify someone, each with the requirement it serves (issue 12, point 4). */
export const NOTIFICATION_TYPES = [
  'initiative_received',
  'initiative_recommended',
  'democracy_ready_to_sign',
  'decision_awaiting_approval',
  'deviation_routed',
  'partner_report_returned',
  'job_partnership_rescinded',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** The requirement behind each hand-off, cited in the UI and in tests. */
export const NOTIFICATION_REQUIREMENTS: Record<NotificationType, string> = {
  initiative_received: 'INI-2',
  initiative_recommended: 'INI-2',
  democracy_ready_to_sign: 'DEM-3',
  decision_awaiting_approval: 'IOP-6',
  deviation_routed: 'AGR-4',
  partner_report_returned: 'IOP-9',
  job_partnership_rescinded: 'EMP-3',
};

/** How a user wants a type delivered: only in the app (the bell), by e-mail at once, or in the weekly digest. */
export const NOTIFICATION_DELIVERIES = ['app', 'email', 'digest'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];

/** The languages a mail can be written in. */
export const MAIL_LANGUAGES = ['sv', 'en'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

/**
 * The delivery a user has until they choose. A decision waiting for approval blocks the whole
 * body until every party has voted, and a returned report blocks the partner's payment and
 * follow-up: both need the person at once. The rest (a proposal for the review group, a
 * recommendation, an assessment to sign, a routed deviation) are handled at the next meeting or
 * within days, so a weekly digest is enough and keeps the inbox quiet; the bell shows them at once.
 */
export const DEFAULT_DELIVERIES: Record<NotificationType, NotificationDelivery> = {
  initiative_received: 'digest',
  initiative_recommended: 'digest',
  democracy_ready_to_sign: 'digest',
  decision_awaiting_approval: 'email',
  deviation_routed: 'digest',
  partner_report_returned: 'email',
  // EMP-3: an employer found failing is cut off at once; those responsible must know the same day.
  job_partnership_rescinded: 'email',
};

/** Every type's delivery for a user: their choice where they made one, the default otherwise. */
export function effectiveDeliveries(
  chosen: readonly { type: string; delivery: NotificationDelivery }[],
): Record<NotificationType, NotificationDelivery> {
  const result = { ...DEFAULT_DELIVERIES };
  for (const c of chosen) {
    if ((NOTIFICATION_TYPES as readonly string[]).includes(c.type)) result[c.type as NotificationType] = c.delivery;
  }
  return result;
}

/**
 * Who is told of a hand-off: each candidate once, never the person who acted (they know what they
 * did), and only those among the active users.
 */
export function notificationRecipients(candidates: readonly (string | null | undefined)[], actorUserId: string | null, activeUserIds: ReadonlySet<string>): string[] {
  const unique = new Set<string>();
  for (const id of candidates) {
    if (id && id !== actorUserId && activeUserIds.has(id)) unique.add(id);
  }
  return [...unique];
}

/** A link inside the app made absolute for a mail: the public address (no trailing slash) and the path. */
export function absoluteLink(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

const HEADLINES: Record<NotificationType, Record<MailLanguage, (summary: string) => string>> = {
  initiative_received: {
    sv: (s) => `Nytt förslag om samverkan: ${s}`,
    en: (s) => `New proposal for cooperation: ${s}`,
  },
  initiative_recommended: {
    sv: (s) => `Beredningsgruppen har lämnat en rekommendation: ${s}`,
    en: (s) => `The review group has made a recommendation: ${s}`,
  },
  democracy_ready_to_sign: {
    sv: (s) => `Demokrativillkor att signera: ${s}`,
    en: (s) => `Democracy assessment to sign: ${s}`,
  },
  decision_awaiting_approval: {
    sv: (s) => `Beslut väntar på ditt godkännande: ${s}`,
    en: (s) => `Decision waiting for your approval: ${s}`,
  },
  deviation_routed: {
    sv: (s) => `Avvikelse att hantera: ${s}`,
    en: (s) => `Deviation to handle: ${s}`,
  },
  partner_report_returned: {
    sv: (s) => `Er rapport har skickats tillbaka: ${s}`,
    en: (s) => `Your report has been returned: ${s}`,
  },
  job_partnership_rescinded: {
    sv: (s) => `Jobbpartnerskap avbrutet omedelbart: ${s}`,
    en: (s) => `Job partnership ended at once: ${s}`,
  },
};

const WHY: Record<NotificationType, Record<MailLanguage, string>> = {
  initiative_received: {
    sv: 'Ett förslag har kommit in via det publika formuläret och väntar på beredningsgruppen.',
    en: 'A proposal has arrived through the public form and is waiting for the review group.',
  },
  initiative_recommended: {
    sv: 'Beredningsgruppen har lämnat sin rekommendation om initiativet du handlägger.',
    en: 'The review group has made its recommendation on the initiative you handle.',
  },
  democracy_ready_to_sign: {
    sv: 'En bedömning av demokrativillkoren har lämnats över till dig för granskning och signering.',
    en: 'An assessment of the democracy conditions has been handed over to you to review and sign.',
  },
  decision_awaiting_approval: {
    sv: 'Ett gemensamt beslut gäller först när alla parter har godkänt det.',
    en: 'A joint decision applies only once every party has approved it.',
  },
  deviation_routed: {
    sv: 'En avvikelse har rapporterats och lämnats till dig eller ditt organ för hantering.',
    en: 'A deviation has been reported and routed to you or your body to handle.',
  },
  partner_report_returned: {
    sv: 'Rapporten behöver kompletteras och lämnas in igen. Se kommentaren i rapporten.',
    en: 'The report needs to be completed and submitted again. See the comment in the report.',
  },
  job_partnership_rescinded: {
    sv: 'Ett jobbpartnerskap har hävts med omedelbar verkan. Arbetsgivarens kontroller gäller inte längre: ett nytt partnerskap kräver en ny, fullständig kontrollomgång.',
    en: "A job partnership has been rescinded with immediate effect. The employer's controls no longer count: a new partnership needs a fresh, full round of controls.",
  },
};

/** The one-line headline of a notification in the chosen language (the bell, the mail's subject, the digest). */
export function notificationHeadline(type: NotificationType, summary: string, language: MailLanguage): string {
  return HEADLINES[type][language](summary);
}

/** The mail sent at once for a notification: subject and plain text with the link, in the user's language. */
export function notificationMail(
  n: { type: NotificationType; summary: string; link: string },
  language: MailLanguage,
  publicUrl: string,
): { subject: string; text: string } {
  const url = absoluteLink(publicUrl, n.link);
  const subject = `Samverkan: ${notificationHeadline(n.type, n.summary, language)}`;
  const open = language === 'en' ? 'Open it in Samverkan' : 'Öppna i Samverkan';
  const settings = language === 'en'
    ? `You receive this mail at once because of your notification settings: ${absoluteLink(publicUrl, '/aviseringar')}`
    : `Du får det här mejlet direkt enligt dina inställningar för aviseringar: ${absoluteLink(publicUrl, '/aviseringar')}`;
  const text = [notificationHeadline(n.type, n.summary, language), '', WHY[n.type][language], '', `${open}: ${url}`, '', settings, ''].join('\n');
  return { subject, text };
}
