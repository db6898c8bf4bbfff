import type { i18n as I18n } from 'i18next';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, AUDIT_EVENT_GROUPS, auditMessageKey } from '../../../shared/audit/audit-events';
import type { AuditEntryView } from '../../../shared/audit/audit.schemas';
import { ROLES } from '../../../shared/users/roles';
import { formatDateTime } from '../../components/ui/date.format';

// Audit codes arrive as strings from the server, so the lookup is by string and falls back to the
// raw code (a test keeps every recorded code in the catalogue); the one place that bypasses typed keys.
function lookup(i18n: I18n, key: string): string | undefined {
  return i18n.exists(key) ? i18n.t(key as never) : undefined;
}

/** "Misslyckad inloggning" for `auth.login.failed`; the code itself when unknown. */
export function actionLabel(i18n: I18n, action: string): string {
  return lookup(i18n, `auditEvent.${auditMessageKey(action)}`) ?? action;
}

/** "Användare" for `user`; the code itself when unknown. */
export function entityTypeLabel(i18n: I18n, entityType: string): string {
  return lookup(i18n, `auditEntity.${auditMessageKey(entityType)}`) ?? entityType;
}

type SelectGroup = { group: string; items: { value: string; label: string }[] };

/**
 * The events for the filter's select, in words and grouped by area; a code from a link that is
 * not in the catalogue stays selectable under its own name, so the select shows what is filtered.
 */
export function actionOptions(i18n: I18n, selected?: string): SelectGroup[] {
  const groups: SelectGroup[] = AUDIT_EVENT_GROUPS.map((g) => ({
    group: i18n.t(`auditEventGroup.${g.key}`),
    items: g.actions.map((a) => ({ value: a, label: actionLabel(i18n, a) })),
  }));
  if (selected && !(AUDIT_ACTIONS as readonly string[]).includes(selected)) groups.push({ group: i18n.t('audit.otherEvents'), items: [{ value: selected, label: selected }] });
  return groups;
}

/** The kinds of record for the filter's select, in words. */
export function entityTypeOptions(i18n: I18n, selected?: string): { value: string; label: string }[] {
  const types: string[] = [...AUDIT_ENTITY_TYPES];
  if (selected && !types.includes(selected)) types.push(selected);
  return types.map((e) => ({ value: e, label: entityTypeLabel(i18n, e) }));
}

/** Who did it: the user's e-mail, the API token's name, or "Anonym"/"Systemet". */
export function actorLabel(i18n: I18n, entry: AuditEntryView): string {
  switch (entry.actorType) {
    case 'user':
      return entry.actorLabel ?? entry.actorId ?? '';
    case 'token':
      return i18n.t('audit.actor_token', { label: entry.actorLabel ?? entry.actorId ?? '' });
    case 'system':
      return entry.actorLabel ?? i18n.t('audit.actor_system');
    default:
      return i18n.t('audit.actor_anonymous');
  }
}

function fieldLabel(i18n: I18n, field: string): string {
  return lookup(i18n, `audit.field_${field}`) ?? field;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function valueText(i18n: I18n, locale: string, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return i18n.t('common.none');
  if (typeof value === 'boolean') return value ? i18n.t('common.yes') : i18n.t('common.no');
  if (Array.isArray(value)) {
    return value.length === 0 ? i18n.t('common.none') : value.map((v) => valueText(i18n, locale, field, v)).join(', ');
  }
  if (typeof value === 'string') {
    if ((ROLES as readonly string[]).includes(value)) return lookup(i18n, `roles.${value}`) ?? value;
    if (field === 'status') return lookup(i18n, `users.status_${value}`) ?? lookup(i18n, `organisations.status_${value}`) ?? value;
    if (field === 'reason') return lookup(i18n, `audit.reason_${value}`) ?? value;
    if (ISO_TIME.test(value)) return formatDateTime(value, locale);
    return value;
  }
  if (typeof value === 'number') return value.toLocaleString(locale);
  return JSON.stringify(value);
}

export type ChangeLine = { field: string; label: string; text: string };

/** Each changed field as "fält: före → efter" (or just the new value when the field is new). */
export function changeLines(i18n: I18n, locale: string, entry: AuditEntryView): ChangeLine[] {
  return Object.entries(entry.changes).map(([field, change]) => {
    const after = valueText(i18n, locale, field, change.after);
    const hasBefore = 'before' in change && change.before !== undefined;
    const text = hasBefore ? `${valueText(i18n, locale, field, change.before)} → ${after}` : after;
    return { field, label: fieldLabel(i18n, field), text };
  });
}

/** The start of a calendar day in the user's time zone, as the ISO time the API expects. */
export function startOfDayIso(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 0, 0, 0, 0).toISOString();
}

/** The last millisecond of a calendar day in the user's time zone, so "to" includes that day. */
export function endOfDayIso(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 23, 59, 59, 999).toISOString();
}

/** How a user reads in the person picker: name and e-mail address, since two people may share a name. */
export function actorOptionLabel(user: { name: string; email: string }): string {
  return `${user.name} (${user.email})`;
}
