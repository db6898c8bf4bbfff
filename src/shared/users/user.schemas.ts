import { z } from 'zod';
import { recordVersion } from '../http/number.schemas';
import { pageOf, pageQuery } from '../http/pagination.schemas';
import { ROLES } from './roles';

export const MIN_PASSWORD_LENGTH = 12;

export const roleSchema = z.enum(ROLES);
const email = z.string().trim().toLowerCase().max(254).pipe(z.email({ error: 'validation.email' }));
const name = z.string().trim().min(1, { error: 'validation.required' }).max(200);
const roles = z.array(roleSchema).min(1, { error: 'validation.roles.min' }).max(ROLES.length);
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: 'validation.password.short' })
  .max(200);

export const userStatusSchema = z.enum(['active', 'disabled']);

export const userView = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  status: userStatusSchema,
  mustChangePassword: z.boolean(),
  /** The organisation a partner account speaks for; it sees and reports only on that organisation's cooperations. */
  organisationId: z.uuid().nullable().optional(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type UserView = z.infer<typeof userView>;

export const createUserInput = z.strictObject({
  email,
  name,
  roles,
  password: passwordSchema.optional(),
  organisationId: z.uuid().nullable().optional(),
});
export type CreateUserInput = z.infer<typeof createUserInput>;

export const updateUserInput = z.strictObject({
  version: recordVersion,
  name: name.optional(),
  email: email.optional(),
  roles: roles.optional(),
  organisationId: z.uuid().nullable().optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserInput>;

export const versionInput = z.strictObject({ version: recordVersion });
export type VersionInput = z.infer<typeof versionInput>;

export const userQuery = pageQuery.extend({
  q: z.string().trim().max(200).optional(),
  role: roleSchema.optional(),
  status: userStatusSchema.optional(),
});
export type UserQuery = z.infer<typeof userQuery>;

/**
 * How an account signs in (issue 15): through the city's provider (a linked identity), with a
 * password it has (`hasPassword`: false for an account made by single sign-on) and may use now
 * (`passwordAllowed`: the setting for staff passwords, the break-glass account and partners), and
 * its second factor: on, off, or required for its password sign-in but not enrolled (`missing`).
 */
export const userSignInView = z.object({
  sso: z.boolean(),
  hasPassword: z.boolean(),
  passwordAllowed: z.boolean(),
  breakGlass: z.boolean(),
  secondFactor: z.enum(['on', 'off', 'missing']),
});
export type UserSignInView = z.infer<typeof userSignInView>;

/** A user in the administrators' list: the user and how the account signs in. */
export const userListItemView = userView.extend({ signIn: userSignInView });
export type UserListItemView = z.infer<typeof userListItemView>;

export const userPage = pageOf(userListItemView);

/** A user created or reset with a generated password, shown to the admin exactly once. */
export const userWithPasswordView = z.object({ user: userView, temporaryPassword: z.string().nullable() });
export type UserWithPasswordView = z.infer<typeof userWithPasswordView>;

/** Roles staff pick people by: a responsible manager (INI-6), review-group members, economists. */
export const DIRECTORY_ROLES = ['manager', 'review_group', 'economist'] as const;
export const userDirectoryQuery = z.strictObject({ role: z.enum(DIRECTORY_ROLES) });
export type UserDirectoryQuery = z.infer<typeof userDirectoryQuery>;

/** Active staff of one role, by name: what forms need to pick a person, and nothing more. */
export const userDirectoryView = z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string() })) });
export type UserDirectoryView = z.infer<typeof userDirectoryView>;
