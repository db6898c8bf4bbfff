import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';
import { organisationKindSchema } from './organisation.schemas';

export const legalFormView = z.object({
  kind: organisationKindSchema,
  code: z.string(),
  nameSv: z.string(),
  nameEn: z.string(),
  active: z.boolean(),
  sortOrder: z.number().int(),
  version: z.number().int(),
});
export type LegalFormView = z.infer<typeof legalFormView>;

export const createLegalFormInput = z.strictObject({
  kind: organisationKindSchema,
  code: z.string().trim().regex(/^[a-z][a-z0-9_]{1,60}$/, { error: 'validation.code' }),
  nameSv: z.string().trim().min(1, { error: 'validation.required' }).max(200),
  nameEn: z.string().trim().min(1, { error: 'validation.required' }).max(200),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
});
export type CreateLegalFormInput = z.infer<typeof createLegalFormInput>;

export const updateLegalFormInput = z.strictObject({
  version: recordVersion,
  nameSv: z.string().trim().min(1, { error: 'validation.required' }).max(200).optional(),
  nameEn: z.string().trim().min(1, { error: 'validation.required' }).max(200).optional(),
  active: z.boolean().optional(),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
});
export type UpdateLegalFormInput = z.infer<typeof updateLegalFormInput>;

export const areaView = z.object({
  code: z.string(),
  parentCode: z.string().nullable(),
  nameSv: z.string(),
  nameEn: z.string(),
  sortOrder: z.number().int(),
});
export type AreaView = z.infer<typeof areaView>;

export const districtView = z.object({
  code: z.string(),
  nameSv: z.string(),
  sortOrder: z.number().int(),
  /** The days the district is in force (AGR-9); an ended district stays listed so old records show its name. */
  validFrom: z.string().nullable().optional(),
  validTo: z.string().nullable().optional(),
});
export type DistrictView = z.infer<typeof districtView>;

/** A named code of reference data: target groups, units and committees share this shape. */
export const namedReferenceView = z.object({ code: z.string(), nameSv: z.string(), nameEn: z.string(), sortOrder: z.number().int() });
export type NamedReferenceView = z.infer<typeof namedReferenceView>;

export const referenceDataView = z.object({
  legalForms: z.array(legalFormView),
  areas: z.array(areaView),
  districts: z.array(districtView),
  targetGroups: z.array(namedReferenceView),
  units: z.array(namedReferenceView),
  committees: z.array(namedReferenceView),
});
export type ReferenceDataView = z.infer<typeof referenceDataView>;
