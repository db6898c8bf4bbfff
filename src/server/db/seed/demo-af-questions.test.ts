import { afterEach, describe, expect, it } from 'vitest';
import { makeUser } from '../../../../tests/support/factories';
import { createTestDatabase } from '../../../../tests/support/test-database';
import { systemContext } from '../../http/request-context';
import { DatabaseFileStorage } from '../../modules/files/file-storage';
import type { DatabaseHandle, Db } from '../database';
import { seedAfAgreement } from './demo-af-agreement';
import { DEMO_QUESTION, seedAfQuestion } from './demo-af-questions';

let handle: DatabaseHandle | undefined;
afterEach(async () => {
  await handle?.close();
  handle = undefined;
});

async function contextOf(db: Db, role: 'officer' | 'manager' | 'review_group') {
  const user = await makeUser(db, { roles: [role] });
  const actor = { kind: 'user' as const, userId: user.id, email: user.email, name: user.name, roles: user.roles, sessionIdHash: '', csrfToken: '', mustChangePassword: false };
  return { ...systemContext('test'), actor, userId: user.id };
}

describe('demo question of the agreement with Arbetsförmedlingen', () => {
  it('AGR-8: Kluster Järva has one open question to the operative steering group, seeded once', async () => {
    handle = await createTestDatabase();
    const { db } = handle;
    const [officer, manager, reviewGroup] = [await contextOf(db, 'officer'), await contextOf(db, 'manager'), await contextOf(db, 'review_group')];
    await seedAfAgreement(db, new DatabaseFileStorage(), { officer, manager, reviewGroup, managerId: manager.userId });
    expect(await seedAfQuestion(db, officer)).toBe(true);
    expect(await seedAfQuestion(db, officer)).toBe(false);
    const questions = await db
      .selectFrom('governance_question as q')
      .innerJoin('governance_body as by', 'by.id', 'q.raised_by_body_id')
      .innerJoin('governance_body as to', 'to.id', 'q.raised_to_body_id')
      .select(['by.name as from', 'to.name as to', 'to.type as toType', 'q.status', 'q.text'])
      .execute();
    expect(questions).toEqual([{ from: 'Kluster Järva', to: 'Operativ styrgrupp', toType: 'operative_steering_group', status: 'open', text: DEMO_QUESTION.text }]);
  }, 120_000);
});
