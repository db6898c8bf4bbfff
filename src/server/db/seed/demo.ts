import { DEMO_PASSWORD, makeUser } from '../../../../tests/support/factories';
import { ROLES, type Role } from '../../../shared/users/roles';
import type { Db } from '../database';
import { findUserByEmail } from '../../modules/users/user.repository';
import { systemContext } from '../../http/request-context';
import { seedDemoOrganisations } from './demo-organisations';

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

/**
 * Loads the demo data: one user per role with the documented password, and the demo
 * organisations (some with signed democracy assessments); safe to run twice.
 */
export async function seedDemo(db: Db): Promise<{ created: string[]; password: string; organisations: number }> {
  const created: string[] = [];
  for (const role of ROLES) {
    const email = demoEmail(role);
    if (await findUserByEmail(db, email)) continue;
    await makeUser(db, { email, name: demoNames[role], roles: [role] });
    created.push(email);
  }
  const manager = await findUserByEmail(db, demoEmail('manager'));
  let organisations = 0;
  if (manager) {
    const ctx = systemContext('demo-seed');
    organisations = await seedDemoOrganisations(db, {
      ...ctx,
      actor: {
        kind: 'user',
        userId: manager.id,
        email: manager.email,
        name: manager.name,
        roles: manager.roles,
        sessionIdHash: '',
        csrfToken: '',
        mustChangePassword: false,
      },
    });
  }
  return { created, password: DEMO_PASSWORD, organisations };
}
