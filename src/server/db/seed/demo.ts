import { DEMO_PASSWORD, makeUser } from '../../../../tests/support/factories';
import { ROLES, type Role } from '../../../shared/users/roles';
import type { Db } from '../database';
import { findUserByEmail } from '../../modules/users/user.repository';
import { systemContext } from '../../http/request-context';
import type { AppUserRow } from '../schema';
import type { FileStorage } from '../../modules/files/file-storage';
import type { RequestContext } from '../../http/request-context';
import { countOverviewRows } from '../../modules/cooperations/overview.repository';
import { seedDemoCooperations } from './demo-cooperations';
import { backdateDemoLifecycleDays } from './demo-lifecycle.repository';
import { seedAfAgreement } from './demo-af-agreement';
import { seedAfQuestion } from './demo-af-questions';
import { seedDemoGovernance } from './demo-governance';
import { seedDemoPlans } from './demo-plans';
import { seedDemoOrganisations } from './demo-organisations';
import { seedDemoDemocracyDraft } from './demo-democracy';
import { seedDemoSettings } from './demo-settings';
import { linkDemoPartner } from './demo-partner';
import { seedDemoPartnerInvitation } from './demo-partner-invitations';
import { seedDemoEmployerControls } from './demo-employer-controls';
import { seedDemoEmployerOffers } from './demo-employer-offers';
import { seedDemoEmployers } from './demo-employers';

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

/** A request context acting as a demo user, for seeding through the same use cases as the API. */
function contextOf(user: AppUserRow): RequestContext {
  return {
    ...systemContext('demo-seed'),
    actor: {
      kind: 'user',
      userId: user.id,
      email: user.email,
      name: user.name,
      roles: user.roles,
      sessionIdHash: '',
      csrfToken: '',
      mustChangePassword: false,
    },
  };
}

/**
 * Loads the demo data: one user per role with the documented password, the demo organisations
 * (some with signed democracy assessments), the demo cooperations with their review-group
 * history, and the IOPs' joint steering groups; safe to run twice.
 */
export async function seedDemo(
  db: Db,
  storage: FileStorage,
): Promise<{ created: string[]; password: string; organisations: number; cooperations: number; inRegister: number }> {
  const created: string[] = [];
  for (const role of ROLES) {
    const email = demoEmail(role);
    if (await findUserByEmail(db, email)) continue;
    await makeUser(db, { email, name: demoNames[role], roles: [role] });
    created.push(email);
  }
  const [manager, officer, reviewGroup, steeringMember] = await Promise.all(
    (['manager', 'officer', 'review_group', 'steering_member'] as const).map((role) => findUserByEmail(db, demoEmail(role))),
  );
  if (!manager || !officer || !reviewGroup || !steeringMember) return { created, password: DEMO_PASSWORD, organisations: 0, cooperations: 0, inRegister: 0 };
  // The municipality's name and the IOP contact function, as an administrator would set them (IOP-10).
  const admin = await findUserByEmail(db, demoEmail('admin'));
  if (admin) await seedDemoSettings(db, contextOf(admin));
  const organisations = await seedDemoOrganisations(db, contextOf(manager));
  if (organisations > 0) await seedDemoDemocracyDraft(db, contextOf(officer), manager.id);
  const governance = {
    officer: contextOf(officer),
    manager: contextOf(manager),
    steeringMember: contextOf(steeringMember),
    managerUserId: manager.id,
    steeringMemberUserId: steeringMember.id,
  };
  // The IOPs get their agreements and steering groups before activation (IOP-5, IOP-6); the
  // groups' meetings and decisions follow once the cooperations run.
  const cooperations =
    (await countOverviewRows(db, {}, 1)) > 0
      ? 0
      : await seedDemoCooperations(
          db,
          storage,
          { officer: contextOf(officer), manager: contextOf(manager), reviewGroup: contextOf(reviewGroup), managerId: manager.id },
          governance,
        );
  if (cooperations > 0) {
    await seedDemoGovernance(db, governance);
    // Activity plans for this year: one adopted by its steering group, one a draft (AGR-2, IOP-7).
    await seedDemoPlans(db, governance);
    // The agreement with Arbetsförmedlingen and its bodies, as its text gives them (AGR-1, AGR-3, AGR-7).
    await seedAfAgreement(db, storage, { officer: contextOf(officer), manager: contextOf(manager), reviewGroup: contextOf(reviewGroup), managerId: manager.id });
    // A question a cluster could not solve, raised to the operative steering group (AGR-8).
    await seedAfQuestion(db, contextOf(officer));
    // The services activated everything today; the history began on the start dates (OVR-2 for past years).
    await backdateDemoLifecycleDays(db);
  }
  // Integrationspakten's members, applications waiting for a check or a decision, one rejected and one ended (EMP-1).
  await seedDemoEmployers(db, { officer: contextOf(officer), manager: contextOf(manager) });
  // EMP-2, EMP-3: job partnerships of the first member employers, in different states (none without members).
  // Runs after the employers' demo, which makes them members of Integrationspakten.
  await seedDemoEmployerControls(db, { officer: contextOf(officer), manager: contextOf(manager), reviewGroup: contextOf(reviewGroup), managerId: manager.id });
  // EMP-4: offers with outcomes on those partnerships, and job tracks, one run with Arbetsförmedlingen.
  await seedDemoEmployerOffers(db, contextOf(officer));
  // The job partnerships too became active on their start dates, not on the day the demo was loaded.
  await backdateDemoLifecycleDays(db);
  // The demo partner speaks for the organisation of the IOP Duo Stockholm and reports on it.
  if (admin) await linkDemoPartner(db, contextOf(admin), demoEmail('partner'));
  // Issue 15: the demo partner is its organisation's contact, with one invitation waiting.
  await seedDemoPartnerInvitation(db, contextOf(officer), demoEmail('partner'));
  // What the register then holds in all: the sources' cooperations, the AF agreement, memberships and job partnerships.
  const inRegister = await countOverviewRows(db, {}, 100_000);
  return { created, password: DEMO_PASSWORD, organisations, cooperations, inRegister };
}
