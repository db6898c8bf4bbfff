import type { Db } from '../../src/server/db/database';
import type { AppUserRow } from '../../src/server/db/schema';
import { recordAudit } from '../../src/server/modules/audit/audit.service';
import { hashPassword } from '../../src/server/modules/users/password';
import { insertUser } from '../../src/server/modules/users/user.repository';
import { insertOrganisations } from '../../src/server/modules/organisations/organisation.repository';
import { systemContext } from '../../src/server/http/request-context';
import type { Role } from '../../src/shared/users/roles';

/** The password every demo and test user gets unless another is given. */
export const DEMO_PASSWORD = 'Samverkan-demo-2026';

let sequence = 0;
let cachedDemoHash: Promise<string> | undefined;

/** Inserts a user with sensible defaults (shared by tests and the demo seed); audited as the system. */
export async function makeUser(
  db: Db,
  overrides: { email?: string; name?: string; roles?: Role[]; password?: string; status?: 'active' | 'disabled' } = {},
): Promise<AppUserRow> {
  sequence += 1;
  const roles = overrides.roles ?? ['officer'];
  const email = overrides.email ?? `${roles[0] ?? 'user'}.${sequence}.${Date.now().toString(36)}@test.samverkan.local`;
  // Hashing is deliberately slow; the shared demo password is hashed once per process.
  const passwordHash =
    overrides.password === undefined ? await (cachedDemoHash ??= hashPassword(DEMO_PASSWORD)) : await hashPassword(overrides.password);
  const now = new Date();
  return db.transaction().execute(async (trx) => {
    const row = await insertUser(trx, {
      email,
      name: overrides.name ?? `Test ${roles.join('/')} ${sequence}`,
      roles,
      password_hash: passwordHash,
      status: overrides.status ?? 'active',
      created_at: now,
      updated_at: now,
    });
    await recordAudit(trx, systemContext('factory'), {
      action: 'user.created',
      entityType: 'user',
      entityId: row.id,
      after: { email: row.email, name: row.name, roles: row.roles, status: row.status },
    });
    return row;
  });
}

/** Inserts an organisation with sensible defaults, audited as the system (tests and demo seed). */
export async function makeOrganisation(
  db: Db,
  overrides: Partial<{
    name: string;
    kind: 'civil_society' | 'employer' | 'public_body';
    legalForm: string;
    orgNumber: string | null;
    description: string | null;
    areas: string[];
    districts: string[];
    memberCount: number | null;
    website: string | null;
    city: string | null;
    status: 'active' | 'archived';
  }> = {},
): Promise<{ id: string; name: string }> {
  sequence += 1;
  const kind = overrides.kind ?? 'civil_society';
  const defaultForm = { civil_society: 'non_profit_association', employer: 'limited_company', public_body: 'government_agency' }[kind];
  const name = overrides.name ?? `Testföreningen ${sequence}`;
  const now = new Date();
  return db.transaction().execute(async (trx) => {
    const [id = ''] = await insertOrganisations(trx, [
      {
        name,
        kind,
        legal_form: overrides.legalForm ?? defaultForm,
        org_number: overrides.orgNumber ?? null,
        description: overrides.description ?? null,
        member_count: overrides.memberCount ?? null,
        website: overrides.website ?? null,
        city: overrides.city ?? null,
        areas: overrides.areas ?? [],
        districts: overrides.districts ?? [],
        status: overrides.status ?? 'active',
        created_at: now,
        updated_at: now,
      },
    ]);
    await recordAudit(trx, systemContext('factory'), { action: 'organisation.created', entityType: 'organisation', entityId: id, after: { name, kind } });
    return { id, name };
  });
}
