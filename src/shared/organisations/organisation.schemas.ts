import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';
import { pageOf, pageQuery } from '../http/pagination.schemas';
import { type GiroKind, parseGiro } from './giro.rules';
import { parseOrgNumber } from './org-number.rules';

export const ORGANISATION_KINDS = ['civil_society', 'employer', 'public_body'] as const;
export const organisationKindSchema = z.enum(ORGANISATION_KINDS);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

export const organisationStatusSchema = z.enum(['active', 'archived']);
export const democracyStatusSchema = z.enum(['not_assessed', 'eligible', 'not_eligible', 'expired']);

/** An organisation number as typed by a person: validated (ORG-3) and normalised to NNNNNN-NNNN. */
export const orgNumberSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const parsed = parseOrgNumber(value);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: 'custom', message: `validation.orgNumber.${parsed.problem}` });
    return z.NEVER;
  });

/** A bankgiro or plusgiro number as typed (FRM-5): checked by its check digit and stored in its standard form; '' clears it. */
export const giroSchema = (kind: GiroKind) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z
      .string()
      .max(40)
      .transform((value, ctx) => {
        const parsed = parseGiro(kind, value);
        if (parsed.ok) return parsed.value;
        ctx.addIssue({ code: 'custom', message: `validation.${kind}.${parsed.problem}` });
        return z.NEVER;
      })
      .nullable(),
  );

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

export const contactSchema = z.strictObject({
  name: z.string().trim().min(1, { error: 'validation.required' }).max(200),
  role: optionalText(200),
  email: z
    .string()
    .trim()
    .max(254)
    .transform((v) => (v === '' ? null : v.toLowerCase()))
    .pipe(z.email({ error: 'validation.email' }).nullable())
    .nullable()
    .optional(),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[+\d\s()-]*$/, { error: 'validation.phone' })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
});
export type ContactInput = z.infer<typeof contactSchema>;

export const addressSchema = z.strictObject({
  street: optionalText(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^(\d{3} ?\d{2})?$/, { error: 'validation.postalCode' })
    .transform((v) => (v === '' ? null : `${v.replace(' ', '').slice(0, 3)} ${v.replace(' ', '').slice(3)}`))
    .nullable()
    .optional(),
  city: optionalText(100),
});

const website = z
  .string()
  .trim()
  .max(500)
  .transform((v) => (v === '' ? null : /^https?:\/\//i.test(v) ? v : `https://${v}`))
  .pipe(z.url({ protocol: /^https?$/, error: 'validation.url' }).nullable())
  .nullable()
  .optional();

const organisationFields = {
  name: z.string().trim().min(1, { error: 'validation.required' }).max(300),
  kind: organisationKindSchema,
  legalForm: z.string().trim().min(1, { error: 'validation.required' }).max(100),
  orgNumber: z.preprocess((v) => (v === '' ? null : v), orgNumberSchema.nullable()).optional(),
  description: optionalText(10_000),
  memberCount: z.number().int().min(0).max(10_000_000).nullable().optional(),
  website,
  address: addressSchema.nullable().optional(),
  districts: z.array(z.string().max(100)).max(50).optional(),
  areas: z.array(z.string().max(100)).max(100).optional(),
  contacts: z.array(contactSchema).max(50).optional(),
  bankgiro: giroSchema('bankgiro').optional(),
  plusgiro: giroSchema('plusgiro').optional(),
};

export const createOrganisationInput = z.strictObject(organisationFields);
export type CreateOrganisationInput = z.infer<typeof createOrganisationInput>;

export const updateOrganisationInput = createOrganisationInput.partial().extend({ version: recordVersion });
export type UpdateOrganisationInput = z.infer<typeof updateOrganisationInput>;

export const contactView = z.object({
  name: z.string(),
  role: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

export const organisationView = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: organisationKindSchema,
  legalForm: z.string(),
  orgNumber: z.string().nullable(),
  description: z.string().nullable(),
  memberCount: z.number().int().nullable(),
  website: z.string().nullable(),
  address: z.object({ street: z.string().nullable(), postalCode: z.string().nullable(), city: z.string().nullable() }),
  districts: z.array(z.string()),
  areas: z.array(z.string()),
  contacts: z.array(contactView),
  bankgiro: z.string().nullable(),
  plusgiro: z.string().nullable(),
  status: organisationStatusSchema,
  democracyStatus: democracyStatusSchema,
  democracyValidUntil: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type OrganisationView = z.infer<typeof organisationView>;

export const ORGANISATION_SORTS = ['relevance', 'name', 'updated'] as const;

export const organisationQuery = pageQuery.extend({
  q: z.string().trim().max(200).optional(),
  kind: organisationKindSchema.optional(),
  legalForm: z.string().max(100).optional(),
  status: z.enum(['active', 'archived', 'all']).default('active'),
  area: z.string().max(100).optional(),
  district: z.string().max(100).optional(),
  democracyStatus: democracyStatusSchema.optional(),
  sort: z.enum(ORGANISATION_SORTS).optional(),
});
export type OrganisationQuery = z.infer<typeof organisationQuery>;

/** A page of organisations; `total` stops counting at a cap, and then `totalIsCapped` is true. */
export const organisationPage = pageOf(organisationView).extend({ totalIsCapped: z.boolean() });
export type OrganisationPage = z.infer<typeof organisationPage>;

export const exportQuery = organisationQuery.omit({ limit: true, cursor: true }).extend({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
  /** Language of headers and names; a download link cannot send Accept-Language itself. */
  lang: z.enum(['sv', 'en']).optional(),
});
export type OrganisationExportQuery = z.infer<typeof exportQuery>;
