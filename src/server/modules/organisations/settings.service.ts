import type { z } from 'zod';
import {
  isSettingKey,
  SETTING_KEYS,
  SETTINGS,
  type SettingKey,
  type SettingValue,
  type SettingView,
  type UpdateSettingsInput,
} from '../../../shared/organisations/settings.schemas';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, type FieldError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { findSetting, findSettingForUpdate, findSettings, insertSettingIfAbsent, updateSettingIfVersion } from './reference.repository';

export type { SettingKey, SettingView };

type SettingsChangeListener = (db: Db, keys: readonly SettingKey[]) => void;
const changeListeners = new Set<SettingsChangeListener>();

/**
 * Calls the listener after settings are saved in this process, with the database handle and the
 * keys saved, so that a cache of settings (e.g. the sign-in policy) applies the change at once here;
 * other processes see it when their cache runs out.
 */
export function whenSettingsChange(listener: SettingsChangeListener): void {
  changeListeners.add(listener);
}

function announce(db: Db, keys: readonly SettingKey[]): void {
  for (const listener of changeListeners) listener(db, keys);
}

function defaultOf(key: SettingKey): { value: unknown } | undefined {
  const definition: { schema: unknown; default?: unknown } = SETTINGS[key];
  return 'default' in definition ? { value: definition.default } : undefined;
}

/**
 * A setting's value, read inside a use case. Settings added after the first release fall back to
 * their default until an administrator stores a value; the others are seeded by migrations.
 */
export async function readSetting<K extends SettingKey>(db: Db, key: K): Promise<SettingValue<K>> {
  const row = await findSetting(db, key);
  if (!row) return found(defaultOf(key)).value as SettingValue<K>;
  return SETTINGS[key].schema.parse(row.value) as SettingValue<K>;
}

/** All settings administrators may change, in the catalogue's order; internal ones (e.g. the rate-limit hash key) stay hidden. */
export async function listSettings(db: Db, ctx: RequestContext): Promise<SettingView[]> {
  assertPermitted(ctx.actor, 'settings.manage');
  const rows = new Map((await findSettings(db)).map((r) => [r.key, r]));
  return SETTING_KEYS.flatMap((key): SettingView[] => {
    const row = rows.get(key);
    if (row) return [{ key, value: row.value, version: row.version, updatedAt: row.updated_at.toISOString() }];
    const fallback = defaultOf(key);
    return fallback ? [{ key, value: fallback.value, version: 0, updatedAt: null }] : [];
  });
}

type Parsed = { key: SettingKey; value: unknown; version: number };

// Every value is checked before anything is written, so a group is refused with all its faults at
// once; each fault is reported under the setting's key (or where the caller says the value was).
function parseChanges(changes: UpdateSettingsInput['changes'], pathOf: (key: string) => string = (key) => key): Parsed[] {
  const errors: FieldError[] = [];
  const parsed: Parsed[] = [];
  const seen = new Set<string>();
  for (const change of changes) {
    if (!isSettingKey(change.key)) {
      errors.push({ path: pathOf(change.key), message: 'validation.setting.unknown' });
      continue;
    }
    if (seen.has(change.key)) {
      errors.push({ path: pathOf(change.key), message: 'validation.setting.duplicate' });
      continue;
    }
    seen.add(change.key);
    const result = (SETTINGS[change.key].schema as z.ZodType).safeParse(change.value);
    if (result.success) parsed.push({ key: change.key, value: result.data, version: change.version });
    else errors.push({ path: pathOf(change.key), message: result.error.issues[0]?.message ?? 'validation.setting' });
  }
  if (errors.length > 0) throw new DomainError('validation_failed', { errors });
  return parsed;
}

async function applyChange(trx: Db, ctx: RequestContext, change: Parsed): Promise<void> {
  const current = await findSettingForUpdate(trx, change.key);
  const before = current ? current.value : defaultOf(change.key)?.value;
  if ((current?.version ?? 0) !== change.version || (!current && !defaultOf(change.key))) throw new DomainError('version_conflict');
  // Saving a form stores only what changed, so an untouched field keeps its version and history.
  if (JSON.stringify(before) === JSON.stringify(change.value)) return;
  const written = current
    ? await updateSettingIfVersion(trx, change.key, change.version, change.value)
    : await insertSettingIfAbsent(trx, change.key, change.value);
  if (!written) throw new DomainError('version_conflict');
  await recordAudit(trx, ctx, { action: 'setting.updated', entityType: 'setting', entityId: change.key, before: { value: before }, after: { value: change.value } });
}

/**
 * Saves a group of settings in one transaction (a form of the settings page): each value checked
 * against its own schema, each at the version the administrator saw (stale → 409), each change
 * audited. Returns every setting, with the new versions.
 */
export async function updateSettings(db: Db, ctx: RequestContext, input: UpdateSettingsInput): Promise<SettingView[]> {
  assertPermitted(ctx.actor, 'settings.manage');
  const changes = parseChanges(input.changes);
  await db.transaction().execute(async (trx) => {
    for (const change of changes) await applyChange(trx, ctx, change);
  });
  announce(db, changes.map((c) => c.key));
  return listSettings(db, ctx);
}

/** Changes one setting after validating its value against the setting's own schema. */
export async function updateSetting(
  db: Db,
  ctx: RequestContext,
  key: string,
  input: { value: unknown; version: number },
): Promise<SettingView> {
  assertPermitted(ctx.actor, 'settings.manage');
  if (!isSettingKey(key)) throw new DomainError('not_found');
  const [change] = parseChanges([{ key, ...input }], () => 'value');
  await db.transaction().execute((trx) => applyChange(trx, ctx, found(change)));
  announce(db, [found(change).key]);
  return found((await listSettings(db, ctx)).find((s) => s.key === key));
}
