import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';

/** The public IOP page, where the subscription form is (IOP-10). */
export const PUBLIC_IOP_PATH = '/offentligt/iop';
/** Where the confirmation link of a new subscription leads (IOP-10); the token follows as `?token=`. */
export const NEWSLETTER_CONFIRM_PATH = '/offentligt/nyhetsbrev/bekrafta';
/** Where the unsubscribe link of every newsletter mail leads (IOP-10); the token follows as `?token=`. */
export const NEWSLETTER_UNSUBSCRIBE_PATH = '/offentligt/nyhetsbrev/avsluta';

const requiredText = (max: number) => z.string().trim().min(1, { error: 'validation.required' }).max(max);

/**
 * Subscribing to the IOP newsletter (IOP-10): an e-mail address and nothing else. `website` is
 * the same honeypot as the public proposal form's: hidden from people, filled in only by bots.
 */
export const newsletterSubscribeInput = z.strictObject({
  email: z
    .string()
    .trim()
    .max(254)
    .transform((v) => v.toLowerCase())
    .pipe(z.email({ error: 'validation.email' })),
  website: z.string().max(2_000).optional(),
});
export type NewsletterSubscribeInput = z.infer<typeof newsletterSubscribeInput>;

/** The one answer to every subscription, whether the address was new, pending or confirmed. */
export const newsletterSubscribeReceipt = z.strictObject({ accepted: z.literal(true) });
export type NewsletterSubscribeReceipt = z.infer<typeof newsletterSubscribeReceipt>;

/** A token from a confirmation or unsubscribe link: URL-safe characters only. */
export const newsletterTokenInput = z.strictObject({
  token: z
    .string({ error: 'validation.newsletter.token' })
    .trim()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, { error: 'validation.newsletter.token' }),
});
export type NewsletterTokenInput = z.infer<typeof newsletterTokenInput>;

/** What following a confirmation link did: confirmed now, confirmed before, or nothing (unknown or expired link). */
export const newsletterConfirmResult = z.strictObject({ result: z.enum(['confirmed', 'already_confirmed', 'invalid']) });
export type NewsletterConfirmResult = z.infer<typeof newsletterConfirmResult>;

/** What unsubscribing did: the address is deleted, or the link was unknown (already unsubscribed or never valid). */
export const newsletterUnsubscribeResult = z.strictObject({ result: z.enum(['unsubscribed', 'invalid']) });
export type NewsletterUnsubscribeResult = z.infer<typeof newsletterUnsubscribeResult>;

/** A sent news item as the public IOP page shows it. */
export const publicNewsItemView = z.strictObject({ id: z.string(), subject: z.string(), body: z.string(), sentAt: z.string() });
export type PublicNewsItemView = z.infer<typeof publicNewsItemView>;

/** The sent news items, newest first. */
export const publicNewsView = z.strictObject({ items: z.array(publicNewsItemView) });
export type PublicNewsView = z.infer<typeof publicNewsView>;

/** A news item for the newsletter, as staff write it. */
export const newsletterItemInput = z.strictObject({ subject: requiredText(200), body: requiredText(20_000) });
export type NewsletterItemInput = z.infer<typeof newsletterItemInput>;

/** A change of a draft news item, with the version last read. */
export const newsletterItemUpdateInput = z.strictObject({ subject: requiredText(200), body: requiredText(20_000), version: recordVersion });
export type NewsletterItemUpdateInput = z.infer<typeof newsletterItemUpdateInput>;

/** Sending a draft, with the version last read (the text sent is the text the sender saw). */
export const newsletterSendInput = z.strictObject({ version: recordVersion });
export type NewsletterSendInput = z.infer<typeof newsletterSendInput>;

const personRef = z.strictObject({ id: z.string(), name: z.string() }).nullable();

/** A news item as staff see it: its text, whether it is sent, when, by whom and to how many. */
export const newsletterItemView = z.strictObject({
  id: z.string(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(['draft', 'sent']),
  createdBy: personRef,
  createdAt: z.string(),
  updatedAt: z.string(),
  sentBy: personRef,
  sentAt: z.string().nullable(),
  recipientCount: z.number().int().nullable(),
  version: z.number(),
});
export type NewsletterItemView = z.infer<typeof newsletterItemView>;

/** The staff's newsletter page: every item, drafts first, and how many subscribers there are (counts, never addresses). */
export const newsletterOverview = z.strictObject({
  items: z.array(newsletterItemView),
  confirmedSubscribers: z.number().int(),
  pendingSubscribers: z.number().int(),
});
export type NewsletterOverview = z.infer<typeof newsletterOverview>;
