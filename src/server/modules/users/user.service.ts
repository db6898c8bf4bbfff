import type { Page } from '../../../shared/http/pagination.schemas';
import type {
  CreateUserInput,
  UpdateUserInput,
  UserDirectoryQuery,
  UserDirectoryView,
  UserListItemView,
  UserQuery,
  UserView,
  UserWithPasswordView,
  VersionInput,
} from '../../../shared/users/user.schemas';
import type { Db } from '../../db/database';
import type { AppUserRow, AppUserUpdate } from '../../db/schema';
import { assertPermitted } from '../../http/authorize';
import { decodeCursor, encodeCursor } from '../../http/cursor';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { readSetting } from '../organisations/settings.service';
import { generatePassword, hashPassword } from './password';
import { deleteSessionsOfUser } from './session.repository';
import {
  countUsers,
  findActiveUsersWithRole,
  findUserByEmail,
  findUserById,
  findUsers,
  findPartnerOrganisationIds,
  insertUser,
  organisationExists,
  setPartnerOrganisation,
  updateUserIfVersion,
} from './user.repository';
import { auditedUser, toUserListItemView, toUserView } from './user.views';

const isNameIdCursor = (v: unknown): v is [string, string] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string' && /^[0-9a-f-]{36}$/i.test(v[1]);

/**
 * Active users of one role by name, for choosing a responsible manager and the like (no e-mail,
 * no roles). Steering members are listed only to those who keep governance bodies, who link a
 * partner's representative to their login (IOP-6).
 */
export async function listUserDirectory(
  db: Db,
  ctx: RequestContext,
  q: { role: UserDirectoryQuery['role'] | 'steering_member' },
): Promise<UserDirectoryView> {
  assertPermitted(ctx.actor, 'users.directory');
  if (q.role === 'steering_member') assertPermitted(ctx.actor, 'governance.write');
  return { items: await findActiveUsersWithRole(db, q.role) };
}

/** Lists users by name with search and filters, each with how it signs in (administrators only). */
export async function listUsers(db: Db, ctx: RequestContext, q: UserQuery): Promise<Page<UserListItemView>> {
  assertPermitted(ctx.actor, 'users.manage');
  const after = q.cursor ? decodeCursor(q.cursor, isNameIdCursor) : undefined;
  // The settings as stored now, not a process's cached copy: the page shows what applies.
  const [rows, total, staffLocalPasswords, twoFactorRequired] = await Promise.all([
    findUsers(db, q, after),
    countUsers(db, q),
    readSetting(db, 'auth.staff_local_passwords'),
    readSetting(db, 'auth.two_factor_required'),
  ]);
  const items = rows.slice(0, q.limit);
  const last = items[items.length - 1];
  return {
    items: items.map((row) => toUserListItemView(row, { staffLocalPasswords, twoFactorRequired })),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.name.toLowerCase(), last.id]) : null,
    total,
  };
}

/** One user (administrators only). */
export async function getUser(db: Db, ctx: RequestContext, id: string): Promise<UserView> {
  assertPermitted(ctx.actor, 'users.manage');
  return withOrganisation(db, toUserView(found(await findUserById(db, id))));
}

/** A user's view with the organisation its partner account speaks for (null for none). */
async function withOrganisation(db: Db, view: UserView): Promise<UserView> {
  const links = await findPartnerOrganisationIds(db, [view.id]);
  return { ...view, organisationId: links.get(view.id) ?? null };
}

/** Refuses a link to an organisation the register does not hold (400 naming the field). */
async function assertOrganisationExists(db: Db, organisationId: string | null | undefined): Promise<void> {
  if (!organisationId) return;
  if (!(await organisationExists(db, organisationId))) {
    throw new DomainError('validation_failed', { errors: [{ path: 'organisationId', message: 'validation.userOrganisation' }] });
  }
}

async function assertEmailFree(db: Db, email: string, exceptId?: string): Promise<void> {
  const existing = await findUserByEmail(db, email);
  if (existing && existing.id !== exceptId) {
    throw new DomainError('email_taken', { errors: [{ path: 'email', message: 'email_taken' }] });
  }
}

/**
 * Creates a user. Without a password a temporary one is generated, returned once, and must be
 * changed at first login.
 */
export async function createUser(db: Db, ctx: RequestContext, input: CreateUserInput): Promise<UserWithPasswordView> {
  assertPermitted(ctx.actor, 'users.manage');
  const temporaryPassword = input.password === undefined ? generatePassword() : null;
  const passwordHash = await hashPassword(input.password ?? temporaryPassword ?? '');
  return db.transaction().execute(async (trx) => {
    await assertEmailFree(trx, input.email);
    await assertOrganisationExists(trx, input.organisationId);
    const now = new Date();
    const row = await insertUser(trx, {
      email: input.email,
      name: input.name,
      roles: [...new Set(input.roles)],
      password_hash: passwordHash,
      status: 'active',
      must_change_password: temporaryPassword !== null,
      created_at: now,
      updated_at: now,
    });
    // Only a partner account speaks for an organisation.
    const organisationId = input.roles.includes('partner') ? (input.organisationId ?? null) : null;
    if (organisationId) await setPartnerOrganisation(trx, row.id, organisationId);
    await recordAudit(trx, ctx, { action: 'user.created', entityType: 'user', entityId: row.id, after: { ...auditedUser(row), organisationId } });
    return { user: { ...toUserView(row), organisationId }, temporaryPassword };
  });
}

async function changeUser(
  db: Db,
  ctx: RequestContext,
  id: string,
  version: number,
  action: string,
  decide: (current: AppUserRow, trx: Db) => AppUserUpdate | Promise<AppUserUpdate>,
  afterChange?: (trx: Db, updated: AppUserRow) => Promise<void>,
): Promise<AppUserRow> {
  assertPermitted(ctx.actor, 'users.manage');
  return db.transaction().execute(async (trx) => {
    const current = found(await findUserById(trx, id));
    if (current.version !== version) throw new DomainError('version_conflict');
    const changes = await decide(current, trx);
    const updated = await updateUserIfVersion(trx, id, version, changes);
    if (!updated) throw new DomainError('version_conflict');
    await afterChange?.(trx, updated);
    await recordAudit(trx, ctx, {
      action,
      entityType: 'user',
      entityId: id,
      before: auditedUser(current),
      after: auditedUser(updated),
    });
    return updated;
  });
}

function isSelf(ctx: RequestContext, id: string): boolean {
  return ctx.actor.kind === 'user' && ctx.actor.userId === id;
}

/**
 * Edits a user's name, e-mail address, roles and — for a partner account — the organisation it
 * speaks for; an administrator keeps their own admin role.
 */
export async function updateUser(db: Db, ctx: RequestContext, id: string, input: UpdateUserInput): Promise<UserView> {
  const updated = await changeUser(
    db,
    ctx,
    id,
    input.version,
    'user.updated',
    async (current, trx) => {
      if (input.email && input.email !== current.email) await assertEmailFree(trx, input.email, id);
      await assertOrganisationExists(trx, input.organisationId);
      if (input.roles && isSelf(ctx, id) && !input.roles.includes('admin')) {
        throw new DomainError('cannot_remove_own_admin', { errors: [{ path: 'roles', message: 'cannot_remove_own_admin' }] });
      }
      return {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.email !== undefined ? { email: input.email } : {}),
        ...(input.roles !== undefined ? { roles: [...new Set(input.roles)] } : {}),
      };
    },
    async (trx, row) => {
      if (input.organisationId === undefined) return;
      // Only a partner account speaks for an organisation: another role keeps no link.
      await setPartnerOrganisation(trx, row.id, row.roles.includes('partner') ? input.organisationId : null);
      await recordAudit(trx, ctx, { action: 'user.updated', entityType: 'user', entityId: row.id, data: { organisationId: row.roles.includes('partner') ? input.organisationId : null } });
    },
  );
  return withOrganisation(db, toUserView(updated));
}

/** Disables a user and ends all their sessions at once. */
export async function disableUser(db: Db, ctx: RequestContext, id: string, input: VersionInput): Promise<UserView> {
  if (isSelf(ctx, id)) throw new DomainError('cannot_disable_self');
  const updated = await changeUser(
    db,
    ctx,
    id,
    input.version,
    'user.disabled',
    () => ({ status: 'disabled', disabled_at: new Date() }),
    (trx, user) => deleteSessionsOfUser(trx, user.id),
  );
  return toUserView(updated);
}

/** Enables a disabled user again. */
export async function enableUser(db: Db, ctx: RequestContext, id: string, input: VersionInput): Promise<UserView> {
  const updated = await changeUser(db, ctx, id, input.version, 'user.enabled', () => ({
    status: 'active',
    disabled_at: null,
  }));
  return toUserView(updated);
}

/**
 * Resets a user's password to a generated temporary one (shown once), ends their sessions and
 * requires a new password at next login.
 */
export async function resetUserPassword(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: VersionInput,
): Promise<UserWithPasswordView> {
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const updated = await changeUser(
    db,
    ctx,
    id,
    input.version,
    'user.password.reset',
    () => ({ password_hash: passwordHash, must_change_password: true }),
    (trx, user) => deleteSessionsOfUser(trx, user.id),
  );
  return { user: toUserView(updated), temporaryPassword };
}
