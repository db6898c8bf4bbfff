import { z } from 'zod';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { findSetting, findSettings, updateSettingIfVersion } from './reference.repository';

/** Every setting an administrator may change, with the schema of its value. */
export const SETTING_SCHEMAS = {
  // DEM-3: how long a signed democracy assessment stays valid.
  'democracy.validity_months': z.number().int().min(1).max(60),
  // Nothing specific to one municipality lives in code: its committee's name and case prefix are settings.
  'case_number.prefix': z.string().regex(/^[A-ZÅÄÖ]{1,10}$/),
  'committee.name_sv': z.string().trim().min(1).max(200),
  'committee.name_en': z.string().trim().min(1).max(200),
  // IOP-10: the public IOP page's contact function — a functional mailbox and switchboard, not a person.
  'iop_contact.address': z.string().trim().max(300),
  'iop_contact.phone': z.string().trim().max(40),
  'iop_contact.email': z.union([z.literal(''), z.email().max(200)]),
} as const;
export type SettingKey = keyof typeof SETTING_SCHEMAS;

export type SettingView = { key: string; value: unknown; version: number; updatedAt: string };

/** A setting's value, read inside a use case (falls back to nothing: settings are seeded). */
export async function readSetting<K extends SettingKey>(db: Db, key: K): Promise<z.infer<(typeof SETTING_SCHEMAS)[K]>> {
  const row = found(await findSetting(db, key));
  return SETTING_SCHEMAS[key].parse(row.value) as z.infer<(typeof SETTING_SCHEMAS)[K]>;
}

/** All settings administrators may change; internal ones (e.g. the rate-limit hash key) stay hidden. */
export async function listSettings(db: Db, ctx: RequestContext): Promise<SettingView[]> {
  assertPermitted(ctx.actor, 'settings.manage');
  const rows = (await findSettings(db)).filter((r) => r.key in SETTING_SCHEMAS);
  return rows.map((r) => ({ key: r.key, value: r.value, version: r.version, updatedAt: r.updated_at.toISOString() }));
}

/** Changes one setting after validating its value against the setting's own schema. */
export async function updateSetting(
  db: Db,
  ctx: RequestContext,
  key: string,
  input: { value: unknown; version: number },
): Promise<SettingView> {
  assertPermitted(ctx.actor, 'settings.manage');
  if (!(key in SETTING_SCHEMAS)) throw new DomainError('not_found');
  const parsed = SETTING_SCHEMAS[key as SettingKey].safeParse(input.value);
  if (!parsed.success) throw new DomainError('validation_failed', { errors: [{ path: 'value', message: 'validation.setting' }] });
  return db.transaction().execute(async (trx) => {
    const before = found(await findSetting(trx, key));
    if (!(await updateSettingIfVersion(trx, key, input.version, parsed.data))) throw new DomainError('version_conflict');
    await recordAudit(trx, ctx, { action: 'setting.updated', entityType: 'setting', entityId: key, before: { value: before.value }, after: { value: parsed.data } });
    const after = found(await findSetting(trx, key));
    return { key, value: after.value, version: after.version, updatedAt: new Date().toISOString() };
  });
}
