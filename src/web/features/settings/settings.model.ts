import type { z } from 'zod';
import { SETTINGS, type SettingKey, type SettingView, type UpdateSettingsInput } from '../../../shared/organisations/settings.schemas';

/** The groups of the settings page, each saved on its own, in page order. */
export const SETTING_GROUPS = [
  { key: 'municipality', settings: ['municipality.name_sv', 'municipality.name_en'] },
  { key: 'committee', settings: ['committee.name_sv', 'committee.name_en'] },
  { key: 'caseNumber', settings: ['case_number.prefix'] },
  { key: 'iopContact', settings: ['iop_contact.name', 'iop_contact.email', 'iop_contact.phone', 'iop_contact.web', 'iop_contact.address', 'iop_contact.text'] },
  { key: 'democracy', settings: ['democracy.validity_months'] },
  { key: 'statistics', settings: ['statistics.small_count_threshold'] },
  { key: 'employerControls', settings: ['employers.control_grace_days'] },
  { key: 'signIn', settings: ['auth.session_idle_minutes', 'auth.session_absolute_minutes', 'auth.invitation_valid_days', 'auth.staff_local_passwords', 'auth.two_factor_required'] },
] as const satisfies readonly { key: string; settings: readonly SettingKey[] }[];

export type SettingGroup = (typeof SETTING_GROUPS)[number];
export type SettingGroupKey = SettingGroup['key'];

/** Settings whose value is a whole number; every other one is text. */
const NUMERIC: ReadonlySet<SettingKey> = new Set([
  'democracy.validity_months',
  'statistics.small_count_threshold',
  'employers.control_grace_days',
  'auth.session_idle_minutes',
  'auth.session_absolute_minutes',
  'auth.invitation_valid_days',
]);

/** Settings that are on or off, edited with a checkbox; their form text is "true" or "false". */
export const BOOLEAN: ReadonlySet<SettingKey> = new Set(['auth.staff_local_passwords', 'auth.two_factor_required']);

/** Settings edited in a multi-line field. */
export const MULTILINE: ReadonlySet<SettingKey> = new Set(['iop_contact.address', 'iop_contact.text']);

/** The form's text of a stored value. */
export function formText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** The value to send for what the administrator typed: numbers as numbers (or as typed, for the check to refuse). */
export function valueOf(key: SettingKey, text: string): unknown {
  if (BOOLEAN.has(key)) return text === 'true';
  if (!NUMERIC.has(key)) return text;
  const trimmed = text.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** A setting's key as a message-catalogue name, whose keys cannot hold dots (`iop_contact.email` → `iop_contact_email`). */
export type MessagePart<K extends string> = K extends `${infer A}.${infer B}` ? `${A}_${MessagePart<B>}` : K;

/** The name of a setting's key in the message catalogue (`iop_contact.email` → `iop_contact_email`). */
export function messageKeyPart<K extends SettingKey>(key: K): MessagePart<K> {
  return key.replace(/\./g, '_') as MessagePart<K>;
}

/**
 * The same check the server makes, before sending: per field the message key of the setting's
 * rule (`validation.setting.email` → `email`), so the administrator sees the fault at once.
 */
export function checkValues(keys: readonly SettingKey[], texts: Record<string, string>): Partial<Record<SettingKey, string>> {
  const errors: Partial<Record<SettingKey, string>> = {};
  for (const key of keys) {
    const result = (SETTINGS[key].schema as z.ZodType).safeParse(valueOf(key, texts[key] ?? ''));
    if (!result.success) errors[key] = (result.error.issues[0]?.message ?? 'validation.setting').replace(/^validation\.setting\.?/, '') || 'invalid';
  }
  return errors;
}

/**
 * The changes to send: only the fields the administrator changed, each at the version loaded, so
 * that a field someone else changed meanwhile but this administrator left alone keeps its value.
 */
export function changesOf(keys: readonly SettingKey[], texts: Record<string, string>, settings: readonly SettingView[]): UpdateSettingsInput['changes'] {
  const byKey = new Map(settings.map((s) => [s.key, s]));
  return keys.flatMap((key) => {
    const current = byKey.get(key);
    const value = valueOf(key, texts[key] ?? '');
    const normalised = typeof value === 'string' ? value.trim() : value;
    if (current && normalised === (typeof current.value === 'string' ? current.value.trim() : current.value)) return [];
    return [{ key, value, version: current?.version ?? 0 }];
  });
}

/** The shape new case numbers take with the prefix typed, e.g. "AMN 2026-NNNN" this year. */
export function caseNumberExample(prefix: string, year: number): string {
  return `${prefix.trim() || '…'} ${year}-NNNN`;
}
