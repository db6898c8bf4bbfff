import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';

/** Where the public proposal form lives; the IOP page links to it for dialogue (IOP-10). */
export const PUBLIC_PROPOSAL_PATH = '/foresla-samverkan';

/**
 * The IOP contact function as published: the function's name, mailbox, phone, web page, postal
 * address and a short text, never a person; every field is empty when the administrator has not set it.
 */
export const publicIopContactView = z.strictObject({
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  web: z.string(),
  address: z.string(),
  text: z.string(),
  proposalPath: z.literal(PUBLIC_PROPOSAL_PATH),
});
export type PublicIopContactView = z.infer<typeof publicIopContactView>;

/** A target group with its names in both languages. */
export const publicTargetGroupView = z.strictObject({ code: z.string(), nameSv: z.string(), nameEn: z.string() });

/** One active, published IOP as the public sees it: only fields chosen for publication (OVR-3). */
export const publicIopView = z.strictObject({
  caseNumber: z.string(),
  title: z.string(),
  /** Names of the partner organisations only. */
  partners: z.array(z.string()),
  /** The purpose as published (the cooperation's public summary), not its internal description. */
  purpose: z.string().nullable(),
  targetGroups: z.array(publicTargetGroupView),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  startYear: z.number().int().nullable(),
});
export type PublicIopView = z.infer<typeof publicIopView>;

/** The public IOP page and its open data (IOP-10, OVR-3). */
export const publicIopPageView = z.strictObject({
  contact: publicIopContactView,
  items: z.array(publicIopView),
});
export type PublicIopPageView = z.infer<typeof publicIopPageView>;

/** Publishing or withdrawing a cooperation on the public IOP page. */
export const publicationInput = z.strictObject({
  published: z.boolean(),
  publicSummary: z.string().trim().max(2_000).nullable(),
  version: recordVersion,
});
export type PublicationInput = z.infer<typeof publicationInput>;

/** A cooperation's publication state; `version` is the cooperation's, for the next write. */
export const publicationView = z.strictObject({
  published: z.boolean(),
  publicSummary: z.string().nullable(),
  version: z.number().int(),
});
export type PublicationView = z.infer<typeof publicationView>;

/** Who publishes the public pages: the committee and the municipality, in both languages; empty when not set. */
export const publicPublisherView = z.strictObject({
  committeeNameSv: z.string(),
  committeeNameEn: z.string(),
  municipalityNameSv: z.string(),
  municipalityNameEn: z.string(),
});
export type PublicPublisherView = z.infer<typeof publicPublisherView>;
