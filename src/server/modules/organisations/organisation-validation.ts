import type { Db } from '../../db/database';
import { DomainError, type FieldError } from '../../http/errors';
import { districtValidOn } from '../../../shared/organisations/district-history.rules';
import { findAreas, findDistricts, findLegalForm } from './reference.repository';

/**
 * Checks codes against reference data: the legal form must exist for the kind; areas and districts
 * must exist, and a district must be in force on `districtsInForceOn` (AGR-9) unless the record
 * already names it (`keepDistricts`).
 */
export async function assertReferenceCodes(
  db: Db,
  fields: { kind: string; legalForm: string; areas: string[]; districts: string[] },
  options: { allowInactiveLegalForm?: string; districtsInForceOn?: string; keepDistricts?: readonly string[] } = {},
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
    const known = new Map((await findDistricts(db)).map((d) => [d.code, d]));
    fields.districts.forEach((code, i) => {
      const district = known.get(code);
      if (!district) errors.push({ path: `districts.${i}`, message: 'validation.district.unknown' });
      else if (
        options.districtsInForceOn !== undefined &&
        !options.keepDistricts?.includes(code) &&
        !districtValidOn({ validFrom: district.valid_from, validTo: district.valid_to }, options.districtsInForceOn)
      ) {
        errors.push({ path: `districts.${i}`, message: 'validation.district.notInForce' });
      }
    });
  }
  if (errors.length > 0) throw new DomainError('validation_failed', { errors });
}
