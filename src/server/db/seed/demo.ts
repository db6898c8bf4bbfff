import { DEMO_PASSWORD, makeUser } from '../../../../tests/support/factories';
import { ROLES, type Role } from '../../../shared/users/roles';
import type { Db } from '../database';
import { findUserByEmail } from '../../modules/users/user.repository';

/** Swedish display names of the demo users, one per role. */
const demoNames: Record<Role, string> = {
  officer: 'Demo Handläggare',
  manager: 'Demo Ansvarig chef',
  review_group: 'Demo Beredningsgrupp',
  economist: 'Demo Ekonom',
  steering_member: 'Demo Styrgruppsledamot',
  partner: 'Demo Partner',
  admin: 'Demo Administratör',
};

/** The e-mail address of the demo user of a role. */
export function demoEmail(role: Role): string {
  return `${role.replace('_', '-')}@demo.samverkan.local`;
}

/** Loads the demo data: one user per role with the documented password; safe to run twice. */
export async function seedDemo(db: Db): Promise<{ created: string[]; password: string }> {
  const created: string[] = [];
  for (const role of ROLES) {
    const email = demoEmail(role);
    if (await findUserByEmail(db, email)) continue;
    await makeUser(db, { email, name: demoNames[role], roles: [role] });
    created.push(email);
  }
  return { created, password: DEMO_PASSWORD };
}
