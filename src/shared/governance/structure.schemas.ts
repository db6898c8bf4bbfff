import { z } from 'zod';
import { governanceBodyStatusSchema, governanceBodyTypeSchema } from './governance.schemas';

/** How a representation row names who is sent (AGR-3): a role title, a unit, an office, a district administration. */
export const REPRESENTATION_KINDS = ['role', 'unit', 'office', 'district_administration', 'other'] as const;
export type RepresentationKind = (typeof REPRESENTATION_KINDS)[number];
export const representationKindSchema = z.enum(REPRESENTATION_KINDS);

const requiredText = (max: number) => z.string().trim().min(1, { error: 'validation.required' }).max(max);

/** One row as written in an agreement: which party (or part of it) sends whom. */
export const representationRowInput = z.strictObject({
  party: requiredText(200),
  organisationId: z.uuid().nullable().optional(),
  representative: requiredText(300),
  kind: representationKindSchema.default('other'),
});
export type RepresentationRowInput = z.infer<typeof representationRowInput>;

/** The whole ordered list of a body's representation, replacing what was there. */
export const replaceRepresentationInput = z.strictObject({ rows: z.array(representationRowInput).max(200) });
export type ReplaceRepresentationInput = z.input<typeof replaceRepresentationInput>;

export const representationRowView = z.object({
  id: z.uuid(),
  party: z.string(),
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
  representative: z.string(),
  kind: representationKindSchema,
  sortOrder: z.number().int(),
});
export type RepresentationRowView = z.infer<typeof representationRowView>;

export const representationView = z.object({ bodyId: z.uuid(), items: z.array(representationRowView) });
export type RepresentationView = z.infer<typeof representationView>;

/** The rows of one party, in the order the agreement lists them. */
export const representationGroupView = z.object({ party: z.string(), items: z.array(representationRowView) });
export type RepresentationGroupView = z.infer<typeof representationGroupView>;

export const structureQuery = z.strictObject({ cooperationId: z.uuid().optional() });
export type StructureQuery = z.infer<typeof structureQuery>;

/**
 * One body of the organisation diagram. The nodes come in tree order (depth first); `parentId`
 * is the visible body it reports to and `childIds` the visible bodies reporting to it, so the
 * client nests them with `buildStructureTree` without a recursive schema.
 */
export const structureNodeView = z.object({
  id: z.uuid(),
  name: z.string(),
  type: governanceBodyTypeSchema,
  status: governanceBodyStatusSchema,
  permanent: z.boolean(),
  mandate: z.string().nullable(),
  reportsToId: z.uuid().nullable(),
  parentId: z.uuid().nullable(),
  depth: z.number().int(),
  childIds: z.array(z.uuid()),
  representation: z.array(representationGroupView),
});
export type StructureNodeView = z.infer<typeof structureNodeView>;

export const structureCooperationOption = z.object({ id: z.uuid(), caseNumber: z.string(), title: z.string(), form: z.string() });
export type StructureCooperationOption = z.infer<typeof structureCooperationOption>;

export const governanceStructureView = z.object({
  cooperationId: z.uuid().nullable(),
  nodes: z.array(structureNodeView),
  /** Cooperations with at least one visible linked body, for choosing the diagram. */
  cooperations: z.array(structureCooperationOption),
});
export type GovernanceStructureView = z.infer<typeof governanceStructureView>;
