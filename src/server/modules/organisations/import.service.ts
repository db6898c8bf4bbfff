import {
  candidateOrgNumbers,
  type CheckedRow,
  checkImportRows,
  type KnownLegalForm,
} from '../../../shared/organisations/import-rows.rules';
import {
  type ColumnMapping,
  IMPORT_FIELDS,
  type ImportPreviewView,
  type UpdateImportInput,
} from '../../../shared/organisations/import.schemas';
import type { CreateOrganisationInput, OrganisationKind } from '../../../shared/organisations/organisation.schemas';
import type { Db } from '../../db/database';
import type { OrganisationImportRow } from '../../db/schema-organisations';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { Language } from '../../http/language';
import { translate } from '../../http/problem-messages';
import type { RequestContext } from '../../http/request-context';
import { suggestMapping } from '../../lib/spreadsheet/column-mapping';
import { readTable } from '../../lib/spreadsheet/read-table';
import { SpreadsheetError } from '../../lib/spreadsheet/spreadsheet-error';
import { recordAudit } from '../audit/audit.service';
import { findImport, insertImport, markImportCommitted, updateImportMapping } from './import.repository';
import { findTakenOrgNumbers, insertOrganisations } from './organisation.repository';
import { findLegalForms } from './reference.repository';

/** The most rows one import may hold; larger registers are imported in parts. */
export const MAX_IMPORT_ROWS = 20_000;
const SAMPLE_SIZE = 10;
const INSERT_BATCH = 500;

type StoredMapping = { columns: ColumnMapping; defaultKind: OrganisationKind | null };

function spreadsheetProblem(error: SpreadsheetError): DomainError {
  if (error.code === 'unsupported_format') return new DomainError('unsupported_file_type', { extra: { reason: error.details.reason ?? null } });
  if (error.code === 'file_too_large') return new DomainError('file_too_large');
  return new DomainError('validation_failed', {
    errors: [{ path: 'file', message: `validation.spreadsheet.${error.code}` }],
    extra: { line: error.details.line ?? null, maxRows: error.details.maxRows ?? null },
  });
}

async function knownLegalForms(db: Db): Promise<KnownLegalForm[]> {
  return (await findLegalForms(db)).map((f) => ({ kind: f.kind, code: f.code, nameSv: f.name_sv, nameEn: f.name_en, active: f.active }));
}

async function checkRows(db: Db, imp: OrganisationImportRow): Promise<CheckedRow[]> {
  const mapping = imp.mapping as unknown as StoredMapping;
  const taken = await findTakenOrgNumbers(db, candidateOrgNumbers(imp.rows, mapping.columns));
  return checkImportRows(imp.rows, mapping.columns, mapping.defaultKind, await knownLegalForms(db), new Set(taken.keys()));
}

function toPreview(imp: OrganisationImportRow, checked: CheckedRow[], language: Language): ImportPreviewView {
  const mapping = imp.mapping as unknown as StoredMapping;
  const valid = checked.filter((r): r is Extract<CheckedRow, { ok: true }> => r.ok);
  return {
    id: imp.id,
    fileName: imp.file_name,
    headers: imp.headers,
    mapping: mapping.columns,
    defaultKind: mapping.defaultKind,
    status: imp.status,
    totalRows: imp.rows.length,
    validRows: valid.length,
    invalidRows: checked
      .filter((r): r is Extract<CheckedRow, { ok: false }> => !r.ok)
      .map((r) => ({ line: r.line, errors: r.problems.map((p) => ({ field: p.field, message: translate(p.message, language) })) })),
    sample: valid.slice(0, SAMPLE_SIZE).map((r) => ({
      line: r.line,
      name: r.organisation.name,
      kind: r.organisation.kind,
      legalForm: r.organisation.legalForm,
      orgNumber: r.organisation.orgNumber ?? null,
    })),
    importedCount: imp.imported_count,
    createdAt: imp.created_at.toISOString(),
    version: imp.version,
  };
}

/**
 * Reads an uploaded CSV or XLSX file, suggests which column fills which field, and stores it
 * as an import awaiting confirmation; nothing is registered yet.
 */
export async function startImport(
  db: Db,
  ctx: RequestContext,
  upload: { bytes: Buffer; fileName: string },
  language: Language,
): Promise<ImportPreviewView> {
  assertPermitted(ctx.actor, 'organisations.import');
  let table;
  try {
    table = await readTable(upload.bytes, upload.fileName, { maxRows: MAX_IMPORT_ROWS });
  } catch (error) {
    if (error instanceof SpreadsheetError) throw spreadsheetProblem(error);
    throw error;
  }
  if (table.rows.length === 0) {
    throw new DomainError('validation_failed', { errors: [{ path: 'file', message: 'validation.spreadsheet.empty_file' }] });
  }
  const columns = suggestMapping(table.headers, IMPORT_FIELDS.map((f) => ({ key: f.key, aliases: [...f.aliases] }))) as ColumnMapping;
  const mapping: StoredMapping = { columns, defaultKind: columns.kind === null || columns.kind === undefined ? 'civil_society' : null };
  const id = await db.transaction().execute(async (trx) => {
    const newId = await insertImport(trx, {
      fileName: upload.fileName.slice(0, 255),
      headers: table.headers,
      rows: table.rows,
      mapping,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    await recordAudit(trx, ctx, {
      action: 'organisation-import.uploaded',
      entityType: 'organisation_import',
      entityId: newId,
      data: { fileName: upload.fileName, rows: table.rows.length, format: table.format },
    });
    return newId;
  });
  return getImport(db, ctx, id, language);
}

/** The preview of an import: every invalid row with its reasons, and a sample of the valid ones. */
export async function getImport(db: Db, ctx: RequestContext, id: string, language: Language): Promise<ImportPreviewView> {
  assertPermitted(ctx.actor, 'organisations.import');
  const imp = found(await findImport(db, id));
  return toPreview(imp, imp.status === 'preview' ? await checkRows(db, imp) : [], language);
}

/** Changes which column fills which field (and the default kind), then previews again. */
export async function updateImport(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: UpdateImportInput,
  language: Language,
): Promise<ImportPreviewView> {
  assertPermitted(ctx.actor, 'organisations.import');
  const imp = found(await findImport(db, id));
  if (imp.status === 'committed') throw new DomainError('import_already_committed');
  const width = imp.headers.length;
  const errors = Object.entries(input.mapping)
    .filter(([, index]) => index !== null && index !== undefined && index >= width)
    .map(([field]) => ({ path: `mapping.${field}`, message: 'validation.mapping.column' }));
  if (errors.length > 0) throw new DomainError('validation_failed', { errors });
  const mapping: StoredMapping = { columns: input.mapping, defaultKind: input.defaultKind };
  if (!(await updateImportMapping(db, id, input.version, mapping))) throw new DomainError('version_conflict');
  return getImport(db, ctx, id, language);
}

function toInsert(o: CreateOrganisationInput, now: Date) {
  const contacts = (o.contacts ?? []).map((k) => ({ name: k.name, role: k.role ?? null, email: k.email ?? null, phone: k.phone ?? null }));
  return {
    name: o.name,
    kind: o.kind,
    legal_form: o.legalForm,
    org_number: o.orgNumber ?? null,
    description: o.description ?? null,
    member_count: o.memberCount ?? null,
    website: o.website ?? null,
    street: o.address?.street ?? null,
    postal_code: o.address?.postalCode ?? null,
    city: o.address?.city ?? null,
    contacts: JSON.stringify(contacts),
    created_at: now,
    updated_at: now,
  };
}

/**
 * Registers every valid row of a confirmed import in one transaction: all of them or, if
 * anything fails, none. The rows are checked again, since the register may have changed.
 */
export async function commitImport(db: Db, ctx: RequestContext, id: string, input: { version: number }): Promise<{ id: string; importedCount: number }> {
  assertPermitted(ctx.actor, 'organisations.import');
  return db.transaction().execute(async (trx) => {
    const imp = found(await findImport(trx, id));
    if (imp.status === 'committed') throw new DomainError('import_already_committed');
    if (imp.version !== input.version) throw new DomainError('version_conflict');
    const valid = (await checkRows(trx, imp)).filter((r): r is Extract<CheckedRow, { ok: true }> => r.ok);
    if (valid.length === 0) throw new DomainError('import_has_no_valid_rows');
    const now = new Date();
    for (let start = 0; start < valid.length; start += INSERT_BATCH) {
      const batch = valid.slice(start, start + INSERT_BATCH);
      const ids = await insertOrganisations(trx, batch.map((r) => toInsert(r.organisation, now)));
      for (const [i, orgId] of ids.entries()) {
        const row = batch[i];
        if (!row) continue;
        await recordAudit(trx, ctx, {
          action: 'organisation.created',
          entityType: 'organisation',
          entityId: orgId,
          after: { name: row.organisation.name, kind: row.organisation.kind, legalForm: row.organisation.legalForm, orgNumber: row.organisation.orgNumber ?? null },
          data: { importId: id, line: row.line },
        });
      }
    }
    if (!(await markImportCommitted(trx, id, input.version, valid.length))) throw new DomainError('version_conflict');
    await recordAudit(trx, ctx, {
      action: 'organisation-import.committed',
      entityType: 'organisation_import',
      entityId: id,
      data: { importedCount: valid.length, skippedRows: imp.rows.length - valid.length },
    });
    return { id, importedCount: valid.length };
  });
}
