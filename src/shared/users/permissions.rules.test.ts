import { describe, expect, it } from 'vitest';
import { hasPermission, PERMISSIONS } from './permissions.rules';
import { ROLES } from './roles';

describe('permissions', () => {
  it('gives user administration, API tokens and the audit log to administrators only', () => {
    for (const permission of ['users.manage', 'api-tokens.manage', 'audit.read'] as const) {
      expect(hasPermission(['admin'], permission)).toBe(true);
      for (const role of ROLES.filter((r) => r !== 'admin')) expect(hasPermission([role], permission)).toBe(false);
    }
  });

  it('grants a permission when any of several roles holds it', () => {
    expect(hasPermission(['officer', 'admin'], 'users.manage')).toBe(true);
    expect(hasPermission([], 'users.manage')).toBe(false);
  });

  it('names only known roles', () => {
    for (const roles of Object.values(PERMISSIONS)) for (const role of roles) expect(ROLES).toContain(role);
  });
});
