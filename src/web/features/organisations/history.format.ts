import type { i18n as I18n } from 'i18next';
import type { AuditEntryView } from '../../../shared/audit/audit.schemas';
import { answerIsYes, DEMOCRACY_QUESTIONS } from '../../../shared/organisations/democracy.rules';
import type { ReferenceDataView } from '../../../shared/organisations/reference.schemas';
import type { UiLanguage } from '../../api/client';
import { formatCalendarDate } from '../../components/ui/date.format';
import type { ChangeLine } from '../audit/audit.format';
import { addressLine, areaName, districtName } from './organisation.format';

// Ids of linked records say nothing to a reader; the event itself names what happened.
const HIDDEN_FIELDS = new Set(['assessmentId', 'documentId', 'fileId', 'remediationId', 'importId', 'draftId']);

function lookup(i18n: I18n, key: string): string | undefined {
  // History codes are open-ended, so texts are looked up by string with the code as fallback.
  return i18n.exists(key) ? i18n.t(key as never) : undefined;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function contactsText(value: unknown): string | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  return value
    .map((c) => {
      const contact = record(c);
      const role = text(contact.role);
      return `${text(contact.name) ?? '?'}${role ? ` (${role})` : ''}`;
    })
    .join(', ');
}

type Context = { i18n: I18n; locale: string; lang: UiLanguage; ref: ReferenceDataView | undefined };

// A democracy assessment's answers are audited one field per question (`met.<condition>`,
// `applies.<ground>`, `justification.<key>`, `evidence.<key>`), in stored values.
const ANSWER_FIELD = /^(met|applies|justification|evidence)\.(\w+)$/;

function questionTitle(i18n: I18n, key: string): string {
  const number = DEMOCRACY_QUESTIONS.findIndex((q) => q.key === key) + 1;
  return `${number}. ${lookup(i18n, `democracy.short_${key}`) ?? key}`;
}

function valueText(ctx: Context, field: string, value: unknown): string {
  const { i18n, locale, lang, ref } = ctx;
  const none = i18n.t('common.none');
  const answer = ANSWER_FIELD.exec(field);
  if (answer && (answer[1] === 'met' || answer[1] === 'applies')) {
    if (typeof value !== 'boolean') return i18n.t('democracy.unanswered');
    return answerIsYes(answer[1] === 'met' ? 'conditions' : 'exclusions', value) ? i18n.t('democracy.yes') : i18n.t('democracy.no');
  }
  if (value === null || value === undefined || value === '') return none;
  if (Array.isArray(value) && (field === 'evidence' || answer?.[1] === 'evidence')) {
    return value.length === 0 ? none : i18n.t('democracy.evidenceCount', { count: value.length });
  }
  switch (field) {
    case 'kind':
      return lookup(i18n, `organisations.kind_${String(value)}`) ?? String(value);
    case 'legalForm': {
      const form = ref?.legalForms.find((f) => f.code === value);
      return form ? (lang === 'en' ? form.nameEn : form.nameSv) : String(value);
    }
    case 'status':
      return lookup(i18n, `organisations.status_${String(value)}`) ?? String(value);
    case 'result':
      return lookup(i18n, `democracy.result_${String(value)}`) ?? String(value);
    case 'documentType':
      return lookup(i18n, `documents.type_${String(value)}`) ?? String(value);
    case 'validUntil':
    case 'completedOn':
      return formatCalendarDate(String(value), locale);
    case 'address':
      return addressLine({ street: text(record(value).street), postalCode: text(record(value).postalCode), city: text(record(value).city) }) || none;
    case 'districts':
      return Array.isArray(value) && value.length > 0 ? value.map((d) => districtName(ref, String(d))).join(', ') : none;
    case 'areas':
      return Array.isArray(value) && value.length > 0 ? value.map((a) => areaName(ref, String(a), lang)).join('; ') : none;
    case 'contacts':
      return contactsText(value) ?? none;
    default:
      if (typeof value === 'number') return value.toLocaleString(locale);
      if (typeof value === 'boolean') return value ? i18n.t('common.yes') : i18n.t('common.no');
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

const DEMOCRACY_FIELDS = new Set(['basis', 'evidence', 'summary', 'signer', 'comment', 'preparedBy']);

function fieldLabel(i18n: I18n, field: string): string {
  const answer = ANSWER_FIELD.exec(field);
  if (answer) {
    const question = questionTitle(i18n, answer[2] ?? '');
    if (answer[1] === 'justification') return i18n.t('democracy.historyField_justification', { question });
    if (answer[1] === 'evidence') return i18n.t('democracy.historyField_evidenceOf', { question });
    return question;
  }
  if (DEMOCRACY_FIELDS.has(field)) return lookup(i18n, `democracy.historyField_${field}`) ?? field;
  const absence = /^absence\.(\w+)$/.exec(field);
  if (absence) {
    const name = lookup(i18n, `documents.type_${absence[1] ?? ''}`) ?? absence[1] ?? field;
    return i18n.t('audit.field_absence', { name });
  }
  return lookup(i18n, `audit.field_${field}`) ?? field;
}

const ANSWER_PARTS = ['met', 'applies', 'justification', 'evidence'];

// The audit log keeps fields in alphabetical order; an assessment's answers read best question by question.
function ordered<T>(entries: [string, T][]): [string, T][] {
  const rank = (field: string) => {
    const answer = ANSWER_FIELD.exec(field);
    if (!answer) return -1;
    return DEMOCRACY_QUESTIONS.findIndex((q) => q.key === answer[2]) * 10 + ANSWER_PARTS.indexOf(answer[1] ?? '');
  };
  return entries.map((e, i) => ({ e, i, r: rank(e[0]) })).sort((a, b) => a.r - b.r || a.i - b.i).map(({ e }) => e);
}

/**
 * The changes of an organisation's history entry in words: names for codes, dates as dates;
 * ids are left out, and so are fields a new record was created without.
 */
export function organisationChangeLines(ctx: Context, entry: AuditEntryView): ChangeLine[] {
  const none = ctx.i18n.t('common.none');
  return ordered(Object.entries(entry.changes)).flatMap(([field, change]) => {
    if (HIDDEN_FIELDS.has(field)) return [];
    const after = valueText(ctx, field, change.after);
    const hasBefore = 'before' in change && change.before !== undefined;
    if (!hasBefore && after === none) return [];
    const label = fieldLabel(ctx.i18n, field);
    return [{ field, label, text: hasBefore ? `${valueText(ctx, field, change.before)} → ${after}` : after }];
  });
}
