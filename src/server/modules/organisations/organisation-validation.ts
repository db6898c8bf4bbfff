import type { Db } from '../../db/database';
import { DomainError, type FieldError } from '../../http/errors';
import { findAreas, findDistricts, findLegalForm } from './reference.repository';

/** Checks codes against reference data: the legal form must exist for the kind; areas and districts must exist. */
export async function assertReferenceCodes(
  db: Db,
  fields: { kind: string; legalForm: string; areas: string[]; districts: string[] },
  options: { allowInactiveLegalForm?: string } = {},
): Promise<void> {
  const errors: FieldError[] = [];
  const form = await findLegalForm(db, fields.kind, fields.legalForm);
  if (!form || (!form.active && options.allowInactiveLegalForm !== form.code)) {
    errors.push({ path: 'legalForm', message: 'validation.legalForm.unknown' });
  }
  if (fields.areas.length > 0) {
    const known = new Set((await findAreas(db)).map((a) => a.code));
    fields.areas.forEach((code, i) => {
      if (!known.has(code)) errors.push({ path: `areas.${i}`, message: 'validation.area.unknown' });
    });
  }
  if (fields.districts.length > 0) {
    const known = new Set((await findDistricts(db)).map((d) => d.code));
    fields.districts.forEach((code, i) => {
      if (!known.has(code)) errors.push({ path: `districts.${i}`, message: 'validation.district.unknown' });
    });
  }
  if (errors.length > 0) throw new DomainError('validation_failed', { errors });
}
