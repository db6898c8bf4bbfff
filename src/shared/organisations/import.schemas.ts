import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';
import { organisationKindSchema } from './organisation.schemas';

/** The columns an import can fill, with the header names people use for them in Excel. */
export const IMPORT_FIELDS = [
  { key: 'name', aliases: ['namn', 'organisation', 'organisationsnamn', 'föreningens namn', 'name'] },
  { key: 'kind', aliases: ['typ', 'organisationstyp', 'kind', 'type'] },
  { key: 'legalForm', aliases: ['juridisk form', 'associationsform', 'bolagsform', 'legal form'] },
  { key: 'orgNumber', aliases: ['organisationsnummer', 'org.nr', 'orgnr', 'org nr', 'org. nr', 'organisation number', 'org number'] },
  { key: 'description', aliases: ['beskrivning', 'verksamhet', 'idé och verksamhet', 'description'] },
  { key: 'memberCount', aliases: ['medlemsantal', 'antal medlemmar', 'medlemmar', 'member count', 'members'] },
  { key: 'website', aliases: ['webbplats', 'hemsida', 'webb', 'webbadress', 'website', 'url'] },
  { key: 'street', aliases: ['adress', 'gatuadress', 'postadress', 'street', 'address'] },
  { key: 'postalCode', aliases: ['postnummer', 'postnr', 'postal code', 'zip'] },
  { key: 'city', aliases: ['ort', 'postort', 'stad', 'city'] },
  { key: 'contactName', aliases: ['kontaktperson', 'kontakt', 'contact', 'contact name'] },
  { key: 'contactRole', aliases: ['roll', 'befattning', 'kontaktpersonens roll', 'role'] },
  { key: 'contactEmail', aliases: ['e-post', 'epost', 'mejl', 'e-postadress', 'email', 'e-mail'] },
  { key: 'contactPhone', aliases: ['telefon', 'telefonnummer', 'tel', 'phone'] },
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number]['key'];
export const importFieldSchema = z.enum(IMPORT_FIELDS.map((f) => f.key) as [ImportField, ...ImportField[]]);

/** Which column (0-based) fills each field; null or absent means the field is not imported. */
export const columnMappingSchema = z.partialRecord(importFieldSchema, z.number().int().min(0).max(500).nullable());
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export const updateImportInput = z.strictObject({
  version: recordVersion,
  mapping: columnMappingSchema,
  /** The kind of organisation for rows without a kind column. */
  defaultKind: organisationKindSchema.nullable(),
});
export type UpdateImportInput = z.infer<typeof updateImportInput>;

export const importRowProblemView = z.object({
  line: z.number().int(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
});

export const importPreviewView = z.object({
  id: z.uuid(),
  fileName: z.string(),
  headers: z.array(z.string()),
  mapping: columnMappingSchema,
  defaultKind: organisationKindSchema.nullable(),
  status: z.enum(['preview', 'committed']),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  invalidRows: z.array(importRowProblemView),
  /** The first valid rows as they will be registered, to check the mapping by eye. */
  sample: z.array(z.object({ line: z.number().int(), name: z.string(), kind: organisationKindSchema, legalForm: z.string(), orgNumber: z.string().nullable() })),
  importedCount: z.number().int().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type ImportPreviewView = z.infer<typeof importPreviewView>;

export const commitImportInput = z.strictObject({ version: recordVersion });
export const importResultView = z.object({ id: z.uuid(), importedCount: z.number().int() });
