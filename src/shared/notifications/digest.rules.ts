import type { WorkItemView } from '../work-queue/work-queue.schemas';
import type { WorkItemType } from '../work-queue/work-queue.rules';
import { absoluteLink, type MailLanguage, notificationHeadline, type NotificationType } from './notification.rules';

/** The ISO 8601 week of a date (YYYY-MM-DD) as `YYYY-Www`: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeekOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  // The Thursday of the same week decides the week's year.
  day.setUTCDate(day.getUTCDate() - weekday + 3);
  const year = day.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((day.getTime() - firstThursday.getTime()) / (7 * 24 * 3600 * 1000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The group headings of the digest's "Att göra" part; a kind added later falls back to a plain heading. */
/** A heading per kind; the type makes a new kind of item name its heading here. */
const TYPE_HEADINGS: Record<WorkItemType, Record<MailLanguage, string>> = {
  annual_review: { sv: 'Årlig översyn av avtal', en: 'Annual review of agreements' },
  steering_without_meeting: { sv: 'Styrgrupper utan möte denna termin', en: 'Steering groups without a meeting this semester' },
  annual_cycle_task: { sv: 'Uppgifter i årshjulet', en: 'Annual-cycle tasks' },
  decision_awaiting_approval: { sv: 'Beslut som väntar på ditt godkännande', en: 'Decisions waiting for your approval' },
  democracy_assessment: { sv: 'Demokrativillkor att signera eller förnya', en: 'Democracy assessments to sign or renew' },
  initiative_awaiting_review: { sv: 'Initiativ som väntar på beredningsgruppen', en: 'Initiatives waiting for the review group' },
  review_follow_up_due: { sv: 'Samverkan att följa upp i beredningsgruppen', en: 'Cooperations for the review group to follow up' },
  partner_report_to_review: { sv: 'Partnerrapporter att granska', en: 'Partner reports to review' },
  agreement_ending: { sv: 'Avtal som löper ut inom 90 dagar', en: 'Agreements ending within 90 days' },
  governance_question_open: { sv: 'Frågor lyfta till din grupp', en: 'Questions raised to your group' },
  decision_spread_unseen: { sv: 'Beslut från gruppen ovanför att ta del av', en: 'Decisions from the group above to read' },
  partner_control: { sv: 'Partnerkontroll som saknas eller är inaktuell', en: 'Partner control missing or out of date' },
  partner_document_submitted: { sv: 'Dokument som partner skickat in', en: 'Documents partners submitted' },
  reserved_contract_limit: { sv: 'Reserverade kontrakt nära treårsgränsen', en: 'Reserved contracts near their three-year limit' },
  measurements_due: { sv: 'Mätningar att föra in', en: 'Measurements to enter' },
  follow_up_due: { sv: 'Uppföljningar att genomföra', en: 'Follow-ups to hold' },
  deviation_overdue: { sv: 'Försenade avvikelser och åtgärder', en: 'Overdue deviations and actions' },
  partner_report_due: { sv: 'Rapporter att lämna', en: 'Reports to submit' },
  employer_controls_due: { sv: 'Kontroller av arbetsgivare att göra om', en: 'Controls of employers to check again' },
};

const TEXTS = {
  sv: {
    subject: (week: string, count: number) => `Samverkan: veckosammanfattning ${week} (${count} att göra)`,
    greeting: (name: string) => `Hej ${name}!`,
    intro: 'Här är det som väntar på dig i Samverkan den här veckan.',
    todo: 'Att göra',
    noTodo: 'Inget att göra just nu.',
    since: 'sedan',
    news: 'Aviseringar sedan förra sammanfattningen',
    otherHeading: 'Övrigt',
    open: 'Öppna Att göra',
    settings: 'Välj vad som kommer i sammanfattningen',
  },
  en: {
    subject: (week: string, count: number) => `Samverkan: weekly digest ${week} (${count} to do)`,
    greeting: (name: string) => `Hello ${name},`,
    intro: 'Here is what is waiting for you in Samverkan this week.',
    todo: 'To do',
    noTodo: 'Nothing to do right now.',
    since: 'since',
    news: 'Notifications since the last digest',
    otherHeading: 'Other',
    open: 'Open To do',
    settings: 'Choose what the digest contains',
  },
} as const;

/** A notification as the digest lists it. */
export type DigestNotification = { type: NotificationType; summary: string; link: string };

/** True when a digest has something to say: anything to do or any notification to pass on. */
export function hasDigestContent(items: readonly unknown[], notifications: readonly unknown[]): boolean {
  return items.length > 0 || notifications.length > 0;
}

/**
 * The weekly digest mail (issue 12, point 5): the user's "Att göra" items grouped by kind, each
 * with since when and a link, then the notifications they chose to get weekly; in their language.
 */
export function digestMail(
  input: { name: string; week: string; items: readonly WorkItemView[]; notifications: readonly DigestNotification[] },
  language: MailLanguage,
  publicUrl: string,
): { subject: string; text: string } {
  const t = TEXTS[language];
  const lines: string[] = [t.greeting(input.name), '', t.intro, '', `${t.todo} (${input.items.length})`, ''];
  if (input.items.length === 0) lines.push(t.noTodo, '');
  const groups = new Map<string, WorkItemView[]>();
  for (const item of input.items) groups.set(item.type, [...(groups.get(item.type) ?? []), item]);
  for (const [type, items] of groups) {
    lines.push(TYPE_HEADINGS[type as WorkItemType]?.[language] ?? t.otherHeading);
    for (const item of items) {
      const what = item.subtitle ? `${item.title} (${item.subtitle})` : item.title;
      lines.push(`- ${what}, ${t.since} ${item.since}: ${absoluteLink(publicUrl, item.link)}`);
    }
    lines.push('');
  }
  if (input.notifications.length > 0) {
    lines.push(t.news, '');
    for (const n of input.notifications) lines.push(`- ${notificationHeadline(n.type, n.summary, language)}: ${absoluteLink(publicUrl, n.link)}`);
    lines.push('');
  }
  lines.push(`${t.open}: ${absoluteLink(publicUrl, '/')}`, `${t.settings}: ${absoluteLink(publicUrl, '/aviseringar')}`, '');
  return { subject: t.subject(input.week, input.items.length), text: lines.join('\n') };
}
