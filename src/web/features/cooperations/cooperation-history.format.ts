import type { i18n as I18n } from 'i18next';
import type { AuditEntryView } from '../../../shared/audit/audit.schemas';
import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import type { ReferenceDataView } from '../../../shared/organisations/reference.schemas';
import type { UiLanguage } from '../../api/client';
import { formatCalendarDate } from '../../components/ui/date.format';
import type { ChangeLine } from '../audit/audit.format';
import { areaName } from '../organisations/organisation.format';
import { formatAmount, referenceName } from './cooperation.format';

// Ids and the case number say nothing new to a reader of this cooperation's own history.
const HIDDEN_FIELDS = new Set(['initiativeId', 'caseNumber', 'followUpId', 'meetingId', 'outcomeId', 'reconciliationId', 'auditId', 'entryId', 'fileId']);
const FACT_SECTIONS = ['competence', 'iopAssessment', 'preStudy', 'vidaOccasions', 'organisationActsAsContractor', 'singlesOutOrganisation', 'reservedPredecessor', 'frameworkAgreement'];

type Context = {
  i18n: I18n;
  locale: string;
  lang: UiLanguage;
  ref: ReferenceDataView | undefined;
  cooperation: Pick<CooperationView, 'parties' | 'responsibleManager'>;
};

function lookup(i18n: I18n, key: string): string | undefined {
  // History codes are open-ended, so texts are looked up by string with the code as fallback.
  return i18n.exists(key) ? i18n.t(key as never) : undefined;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function listText(value: unknown, name: (code: string) => string, none: string, separator = ', '): string {
  return Array.isArray(value) && value.length > 0 ? value.map((v) => name(String(v))).join(separator) : none;
}

function valueText(ctx: Context, field: string, value: unknown): string {
  const { i18n, locale, lang, ref, cooperation } = ctx;
  const none = i18n.t('common.none');
  if (value === null || value === undefined || value === '') return none;
  switch (field) {
    case 'form':
      return lookup(i18n, `cooperations.form_${String(value)}`) ?? String(value);
    case 'status':
      return lookup(i18n, `cooperations.status_${String(value)}`) ?? String(value);
    case 'unitCode':
      return referenceName(ref?.units, String(value), lang);
    case 'areas':
      return listText(value, (a) => areaName(ref, a, lang), none, '; ');
    case 'targetGroups':
      return listText(value, (g) => referenceName(ref?.targetGroups, g, lang), none);
    case 'parties':
      return listText(value, (id) => cooperation.parties.find((p) => p.id === id)?.name ?? i18n.t('cooperations.formerParty'), none);
    case 'responsibleManagerId':
      return cooperation.responsibleManager?.id === value ? cooperation.responsibleManager.name : i18n.t('cooperations.otherManager');
    case 'valueSek':
    case 'compensationSek':
      return typeof value === 'number' ? formatAmount(value, lang) : String(value);
    case 'startDate':
    case 'endDate':
    case 'meetingDate':
      return formatCalendarDate(String(value), locale);
    case 'gates':
      return gatesText(i18n, value);
    default:
      if (typeof value === 'number') return value.toLocaleString(locale);
      if (typeof value === 'boolean') return value ? i18n.t('common.yes') : i18n.t('common.no');
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** A transition's gate results in words: how many held, and the requirements of those that did not. */
function gatesText(i18n: I18n, value: unknown): string {
  const gates = Array.isArray(value) ? value.map(record) : [];
  const met = gates.filter((g) => g.met === true).length;
  const unmet = gates.filter((g) => g.met !== true).map((g) => String(g.requirement ?? g.gate ?? ''));
  const summary = i18n.t('cooperations.gatesMet', { met, total: gates.length });
  return unmet.length > 0 ? `${summary} (${i18n.t('cooperations.gatesUnmetList', { requirements: unmet.join(', ') })})` : summary;
}

/** The fact sections that differ between two stored versions, named (e.g. "Förstudie"). */
function changedFactSections(i18n: I18n, before: unknown, after: unknown): string[] {
  const b = record(before);
  const a = record(after);
  return FACT_SECTIONS.filter((s) => JSON.stringify(b[s] ?? null) !== JSON.stringify(a[s] ?? null)).map(
    (s) => lookup(i18n, `cooperations.factSection_${s}`) ?? s,
  );
}

/**
 * The changes of a cooperation's history entry in words: names for codes, amounts in kronor,
 * dates as dates; recorded facts are summarised as the sections that changed.
 */
export function cooperationChangeLines(ctx: Context, entry: AuditEntryView): ChangeLine[] {
  const none = ctx.i18n.t('common.none');
  return Object.entries(entry.changes).flatMap(([field, change]) => {
    if (HIDDEN_FIELDS.has(field)) return [];
    const label = lookup(ctx.i18n, `cooperations.field_${field}`) ?? field;
    const hasBefore = 'before' in change && change.before !== undefined;
    if (field === 'facts') {
      const sections = changedFactSections(ctx.i18n, hasBefore ? change.before : {}, change.after);
      return sections.length > 0 ? [{ field, label, text: sections.join(', ') }] : [];
    }
    const after = valueText(ctx, field, change.after);
    if (!hasBefore && after === none) return [];
    return [{ field, label, text: hasBefore ? `${valueText(ctx, field, change.before)} → ${after}` : after }];
  });
}

/** "Samverkan registrerad" for `cooperation.created`; the audit log's name of another slice's event; the code itself when unknown. */
export function cooperationActionLabel(i18n: I18n, action: string): string {
  const key = action.replace(/[.-]/g, '_');
  // Events other slices record on the cooperation (e.g. its economy) are named as the audit log names them.
  return lookup(i18n, `cooperations.action_${key}`) ?? lookup(i18n, `auditEvent.${key}`) ?? action;
}
