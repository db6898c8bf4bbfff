import type { i18n as I18n } from 'i18next';
import type { AuditEntryView } from '../../../shared/audit/audit.schemas';
import type { ReferenceDataView } from '../../../shared/organisations/reference.schemas';
import type { UiLanguage } from '../../api/client';
import { actionLabel, type ChangeLine } from '../audit/audit.format';
import { areaName } from '../organisations/organisation.format';
import { formatSek } from './initiative.format';

// Ids of linked records say nothing to a reader; the event itself names what happened.
const HIDDEN_FIELDS = new Set(['attachmentId', 'fileId', 'meetingId', 'recommendationId', 'agendaItemId', 'submittedVia']);

function lookup(i18n: I18n, key: string): string | undefined {
  // History codes are open-ended, so texts are looked up by string with the code as fallback.
  return i18n.exists(key) ? i18n.t(key as never) : undefined;
}

type Context = { i18n: I18n; locale: string; lang: UiLanguage; ref: ReferenceDataView | undefined };

function named(ref: { code: string; nameSv: string; nameEn: string }[] | undefined, code: string, lang: UiLanguage): string {
  const item = ref?.find((r) => r.code === code);
  return item ? (lang === 'en' ? item.nameEn : item.nameSv) : code;
}

function list(value: unknown, ctx: Context, each: (code: string) => string): string {
  if (!Array.isArray(value) || value.length === 0) return ctx.i18n.t('common.none');
  return value.map((v) => each(String(v))).join('; ');
}

function valueText(ctx: Context, field: string, value: unknown): string {
  const { i18n, locale, lang, ref } = ctx;
  const none = i18n.t('common.none');
  if (value === null || value === undefined || value === '') return none;
  switch (field) {
    case 'status':
      return lookup(i18n, `initiatives.status_${String(value)}`) ?? String(value);
    case 'origin':
      return lookup(i18n, `initiatives.origin_${String(value)}`) ?? String(value);
    case 'proposedForm':
    case 'recommendedForm':
      return lookup(i18n, `initiatives.form_${String(value)}`) ?? String(value);
    case 'outcome':
      return lookup(i18n, `review.outcome_${String(value)}`) ?? String(value);
    case 'areas':
      return list(value, ctx, (code) => areaName(ref, code, lang));
    case 'targetGroups':
      return list(value, ctx, (code) => named(ref?.targetGroups, code, lang));
    case 'unitCode':
      return named(ref?.units, String(value), lang);
    case 'referredTo':
      return named(ref?.committees, String(value), lang);
    case 'expectedCompensationSek':
    case 'estimatedValueSek':
      return typeof value === 'number' ? formatSek(value, locale) : String(value);
    case 'organisationIds':
      return Array.isArray(value) && value.length > 0 ? i18n.t('initiatives.organisationCount', { count: value.length }) : none;
    case 'facts':
      return typeof value === 'object' && Object.keys(value).length > 0 ? i18n.t('initiatives.factsCount', { count: Object.keys(value).length }) : none;
    case 'proposer': {
      const p = value as { organisationName?: unknown };
      return typeof p.organisationName === 'string' ? p.organisationName : none;
    }
    default:
      if (typeof value === 'number') return value.toLocaleString(locale);
      if (typeof value === 'boolean') return value ? i18n.t('common.yes') : i18n.t('common.no');
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** What happened, in words: the initiative's own texts first, the audit log's general ones after. */
export function initiativeActionLabel(i18n: I18n, action: string): string {
  return lookup(i18n, `initiatives.action_${action.replace(/[.-]/g, '_')}`) ?? actionLabel(i18n, action);
}

/**
 * The changes of an initiative's history entry in words: names for codes, amounts in kronor;
 * ids are left out, unchanged fields too, and fields a new record was created without.
 */
export function initiativeChangeLines(ctx: Context, entry: AuditEntryView): ChangeLine[] {
  const none = ctx.i18n.t('common.none');
  return Object.entries(entry.changes).flatMap(([field, change]) => {
    if (HIDDEN_FIELDS.has(field)) return [];
    const after = valueText(ctx, field, change.after);
    const hasBefore = 'before' in change && change.before !== undefined;
    const before = hasBefore ? valueText(ctx, field, change.before) : undefined;
    if (!hasBefore && after === none) return [];
    if (before === after) return [];
    const label = lookup(ctx.i18n, `initiatives.field_${field}`) ?? lookup(ctx.i18n, `audit.field_${field}`) ?? field;
    return [{ field, label, text: before !== undefined ? `${before} → ${after}` : after }];
  });
}
