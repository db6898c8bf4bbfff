import { z } from 'zod';
import { MAIL_LANGUAGES, NOTIFICATION_DELIVERIES, NOTIFICATION_TYPES } from './notification.rules';

/** One notification of the caller: what happened (type and the name of the thing), where to act, and whether it is read. */
export const notificationView = z.object({
  id: z.uuid(),
  type: z.enum(NOTIFICATION_TYPES),
  summary: z.string(),
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof notificationView>;

export const notificationQuery = z.strictObject({
  unreadOnly: z.enum(['true', 'false'], { error: 'validation.required' }).optional(),
  limit: z.coerce.number({ error: 'validation.required' }).int().min(1).max(200).default(50),
});
export type NotificationQuery = z.infer<typeof notificationQuery>;

export const notificationList = z.object({
  items: z.array(notificationView),
  unread: z.number().int(),
});
export type NotificationList = z.infer<typeof notificationList>;

export const unreadCountView = z.object({ count: z.number().int() });
export type UnreadCountView = z.infer<typeof unreadCountView>;

export const markedReadView = z.object({ marked: z.number().int() });
export type MarkedReadView = z.infer<typeof markedReadView>;

/** A user's delivery for one type. */
export const notificationPreference = z.strictObject({
  type: z.enum(NOTIFICATION_TYPES, { error: 'validation.required' }),
  delivery: z.enum(NOTIFICATION_DELIVERIES, { error: 'validation.required' }),
});

/** The caller's choices: a delivery for every type, and the language of their mail. */
export const notificationPreferencesView = z.object({
  language: z.enum(MAIL_LANGUAGES),
  deliveries: z.array(z.object({ type: z.enum(NOTIFICATION_TYPES), delivery: z.enum(NOTIFICATION_DELIVERIES), isDefault: z.boolean() })),
});
export type NotificationPreferencesView = z.infer<typeof notificationPreferencesView>;

/** New choices: the language, and deliveries for any of the types (each type at most once). */
export const notificationPreferencesInput = z.strictObject({
  language: z.enum(MAIL_LANGUAGES, { error: 'validation.required' }),
  deliveries: z
    .array(notificationPreference)
    .max(NOTIFICATION_TYPES.length)
    .refine((list) => new Set(list.map((d) => d.type)).size === list.length, { message: 'validation.notification.duplicateType' }),
});
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesInput>;
