import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';

// Each setting carries one message key that says what a valid value is, so that the server's
// 400 and the settings page's own check give the same clear sentence for the same field.
const optionalText = (max: number, message: string) => z.string({ error: message }).trim().max(max, { error: message });
const requiredText = (max: number, message: string) => optionalText(max, message).min(1, { error: message });

// Digits with the separators people write (08-508 000 00, +46 8 508 000 00); at least five digits.
const PHONE = /^\+?[0-9][0-9 ()-]*$/;
const phone = z
  .string({ error: 'validation.setting.phone' })
  .trim()
  .max(40, { error: 'validation.setting.phone' })
  .refine((v) => v === '' || (PHONE.test(v) && v.replace(/\D/g, '').length >= 5), { error: 'validation.setting.phone' });

const wholeNumber = (min: number, max: number, message: string) =>
  z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message });

const webAddress = z
  .string({ error: 'validation.setting.web' })
  .trim()
  .max(300, { error: 'validation.setting.web' })
  .refine((v) => v === '' || /^https:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i.test(v), { error: 'validation.setting.web' });

const email = z
  .string({ error: 'validation.setting.email' })
  .trim()
  .max(200, { error: 'validation.setting.email' })
  .refine((v) => v === '' || z.email().safeParse(v).success, { error: 'validation.setting.email' });

/**
 * Every setting an administrator may change: the schema of its value and, for settings added
 * after the first release, the value that holds until an administrator stores one (`default`).
 * Nothing specific to one municipality lives in code, so such defaults are empty ("not set").
 */
export const SETTINGS = {
  // DEM-3: how long a signed democracy assessment stays valid.
  'democracy.validity_months': {
    schema: z.number({ error: 'validation.setting.validityMonths' }).int({ error: 'validation.setting.validityMonths' }).min(1, { error: 'validation.setting.validityMonths' }).max(60, { error: 'validation.setting.validityMonths' }),
  },
  // Changing the prefix gives new case numbers the new prefix; numbers already given keep theirs.
  'case_number.prefix': { schema: z.string({ error: 'validation.setting.casePrefix' }).regex(/^[A-ZÅÄÖ]{1,10}$/, { error: 'validation.setting.casePrefix' }) },
  'committee.name_sv': { schema: requiredText(200, 'validation.setting.committeeName') },
  'committee.name_en': { schema: requiredText(200, 'validation.setting.committeeName') },
  // Shown on the public pages; the English name may stay empty, then the Swedish one is shown.
  'municipality.name_sv': { schema: requiredText(200, 'validation.setting.municipalityName'), default: '' },
  'municipality.name_en': { schema: optionalText(200, 'validation.setting.municipalityNameEn'), default: '' },
  // IOP-10: the public IOP page's contact function — a function with a mailbox, never a person.
  'iop_contact.name': { schema: optionalText(200, 'validation.setting.contactName'), default: '' },
  'iop_contact.email': { schema: email },
  'iop_contact.phone': { schema: phone },
  'iop_contact.web': { schema: webAddress, default: '' },
  'iop_contact.address': { schema: optionalText(300, 'validation.setting.address') },
  'iop_contact.text': { schema: optionalText(500, 'validation.setting.contactText'), default: '' },
  // OVR-2, AGR-6: the open statistics withhold a count of persons below this many ("färre än 5").
  'statistics.small_count_threshold': {
    schema: z.number({ error: 'validation.setting.smallCountThreshold' }).int({ error: 'validation.setting.smallCountThreshold' }).min(2, { error: 'validation.setting.smallCountThreshold' }).max(50, { error: 'validation.setting.smallCountThreshold' }),
    default: 5,
  },
  // EMP-2: days an expired employer control may wait for its new check before it flags the job partnership.
  'employers.control_grace_days': {
    schema: z.number({ error: 'validation.setting.controlGraceDays' }).int({ error: 'validation.setting.controlGraceDays' }).min(0, { error: 'validation.setting.controlGraceDays' }).max(365, { error: 'validation.setting.controlGraceDays' }),
    default: 30,
  },
  // Sign-in (issue 15, OWASP ASVS 5.0 V7): one session policy for password and single sign-on sessions.
  'auth.session_idle_minutes': { schema: wholeNumber(5, 1440, 'validation.setting.sessionIdleMinutes'), default: 120 },
  'auth.session_absolute_minutes': { schema: wholeNumber(30, 10080, 'validation.setting.sessionAbsoluteMinutes'), default: 720 },
  // Staff may sign in with a local password as well as through the city's identity provider; the
  // first administrator (break-glass account) keeps a local password whatever this says.
  'auth.staff_local_passwords': { schema: z.boolean({ error: 'validation.setting.boolean' }), default: true },
  // A second factor (TOTP) is required for administrators and for partner accounts that approve joint decisions.
  'auth.two_factor_required': { schema: z.boolean({ error: 'validation.setting.boolean' }), default: true },
  // Days an invitation link for a partner account stays usable.
  'auth.invitation_valid_days': { schema: wholeNumber(1, 30, 'validation.setting.invitationValidDays'), default: 7 },
} as const satisfies Record<string, { schema: z.ZodType; default?: unknown }>;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;

export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

/** True when the string names a setting an administrator may change. */
export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTINGS, key);
}

/** The longest text a setting takes, for the input's `maxLength`; undefined for numbers. */
export const SETTING_MAX_LENGTH: Partial<Record<SettingKey, number>> = {
  'case_number.prefix': 10,
  'committee.name_sv': 200,
  'committee.name_en': 200,
  'municipality.name_sv': 200,
  'municipality.name_en': 200,
  'iop_contact.name': 200,
  'iop_contact.email': 200,
  'iop_contact.phone': 40,
  'iop_contact.web': 300,
  'iop_contact.address': 300,
  'iop_contact.text': 500,
};

/** A setting as administrators see it; `version` 0 means no value has been stored yet. */
export const settingView = z.object({ key: z.string(), value: z.unknown(), version: z.number().int(), updatedAt: z.string().nullable() });
export type SettingView = z.infer<typeof settingView>;

/** One setting's new value at the version the administrator saw. */
export const settingChange = z.strictObject({ key: z.string().max(100), value: z.unknown(), version: recordVersion });

/** A group of settings saved together: all of them or none. */
export const updateSettingsInput = z.strictObject({ changes: z.array(settingChange).min(1).max(20) });
export type UpdateSettingsInput = z.infer<typeof updateSettingsInput>;
