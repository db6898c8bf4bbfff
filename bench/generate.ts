import type { Db } from '../src/server/db/database';
import { hashPassword } from '../src/server/modules/users/password';
import { insertUser } from '../src/server/modules/users/user.repository';
import { ROLES } from '../src/shared/users/roles';

const givenNames = ['Anna', 'Erik', 'Sara', 'Mohammed', 'Åsa', 'Lars', 'Fatima', 'Björn', 'Lina', 'Jonas', 'Amina', 'Örjan'];
const familyNames = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Öberg', 'Ahmed', 'Lindqvist', 'Åström', 'Hassan', 'Berg'];

/** Inserts `count` users with varied Swedish names and roles, sharing one password hash. */
export async function generateUsers(db: Db, count: number): Promise<void> {
  const passwordHash = await hashPassword('bench-password-123');
  for (let i = 0; i < count; i += 1) {
    const name = `${givenNames[i % givenNames.length]} ${familyNames[(i * 7) % familyNames.length]} ${i}`;
    const now = new Date();
    await insertUser(db, {
      email: `user${i}@bench.samverkan.local`,
      name,
      roles: [ROLES[i % ROLES.length] ?? 'officer'],
      password_hash: passwordHash,
      status: i % 11 === 0 ? 'disabled' : 'active',
      created_at: now,
      updated_at: now,
    });
  }
}
