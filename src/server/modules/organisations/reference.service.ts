import type {
  CreateLegalFormInput,
  LegalFormView,
  NamedReferenceView,
  ReferenceDataView,
  UpdateLegalFormInput,
} from '../../../shared/organisations/reference.schemas';
import type { Db } from '../../db/database';
import type { LegalFormRow } from '../../db/schema-organisations';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import {
  findAreas,
  findDistricts,
  findLegalForm,
  findLegalForms,
  findNamedReference,
  insertLegalForm,
  updateLegalFormIfVersion,
} from './reference.repository';

function toLegalFormView(row: LegalFormRow): LegalFormView {
  return {
    kind: row.kind,
    code: row.code,
    nameSv: row.name_sv,
    nameEn: row.name_en,
    active: row.active,
    sortOrder: row.sort_order,
    version: row.version,
  };
}

/** A row of a named reference table as the API shows it. */
export function toNamedReferenceView(row: { code: string; name_sv: string; name_en: string; sort_order: number }): NamedReferenceView {
  return { code: row.code, nameSv: row.name_sv, nameEn: row.name_en, sortOrder: row.sort_order };
}

/**
 * Legal forms, areas (INI-8), districts, target groups, units and committees, as the forms and
 * filters of the web app need them.
 */
export async function getReferenceData(db: Db, ctx: RequestContext): Promise<ReferenceDataView> {
  assertPermitted(ctx.actor, 'reference.read');
  const [legalForms, areas, districts, targetGroups, units, committees] = await Promise.all([
    findLegalForms(db),
    findAreas(db),
    findDistricts(db),
    findNamedReference(db, 'target_group'),
    findNamedReference(db, 'unit'),
    findNamedReference(db, 'committee'),
  ]);
  return {
    legalForms: legalForms.map(toLegalFormView),
    areas: areas.map((a) => ({ code: a.code, parentCode: a.parent_code, nameSv: a.name_sv, nameEn: a.name_en, sortOrder: a.sort_order })),
    districts: districts.map((d) => ({ code: d.code, nameSv: d.name_sv, sortOrder: d.sort_order, validFrom: d.valid_from, validTo: d.valid_to })),
    targetGroups: targetGroups.map(toNamedReferenceView),
    units: units.map(toNamedReferenceView),
    committees: committees.map(toNamedReferenceView),
  };
}

/** Adds a legal form (ORG-2 is reference data that administrators maintain). */
export async function createLegalForm(db: Db, ctx: RequestContext, input: CreateLegalFormInput): Promise<LegalFormView> {
  assertPermitted(ctx.actor, 'reference.manage');
  return db.transaction().execute(async (trx) => {
    if (await findLegalForm(trx, input.kind, input.code)) {
      throw new DomainError('validation_failed', { errors: [{ path: 'code', message: 'validation.code.taken' }] });
    }
    const row = await insertLegalForm(trx, { ...input, sortOrder: input.sortOrder ?? 1000 });
    await recordAudit(trx, ctx, { action: 'legal-form.created', entityType: 'legal_form', entityId: `${row.kind}/${row.code}`, after: toLegalFormView(row) });
    return toLegalFormView(row);
  });
}

/** Renames, reorders or deactivates a legal form; a deactivated form is kept on existing organisations. */
export async function updateLegalForm(
  db: Db,
  ctx: RequestContext,
  key: { kind: LegalFormRow['kind']; code: string },
  input: UpdateLegalFormInput,
): Promise<LegalFormView> {
  assertPermitted(ctx.actor, 'reference.manage');
  return db.transaction().execute(async (trx) => {
    const current = found(await findLegalForm(trx, key.kind, key.code));
    const updated = await updateLegalFormIfVersion(trx, key, input.version, {
      ...(input.nameSv !== undefined ? { name_sv: input.nameSv } : {}),
      ...(input.nameEn !== undefined ? { name_en: input.nameEn } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      ...(input.sortOrder !== undefined ? { sort_order: input.sortOrder } : {}),
    });
    if (!updated) throw new DomainError('version_conflict');
    await recordAudit(trx, ctx, {
      action: 'legal-form.updated',
      entityType: 'legal_form',
      entityId: `${key.kind}/${key.code}`,
      before: toLegalFormView(current),
      after: toLegalFormView(updated),
    });
    return toLegalFormView(updated);
  });
}
