import type { Role } from '../../src/shared/users/roles';

// AGR-8: every governance reader reaches the routes; the service lets only members of the body
// concerned (whatever their role, a partner's representative included) or governance writers act,
// and answers 403 or 404 otherwise.
const READERS: Role[] = ['officer', 'manager', 'review_group', 'economist', 'steering_member', 'admin'];

/** Routes of questions raised and decisions spread between governance bodies (see authorization-matrix.ts). */
export const governanceQuestionsMatrix: Record<string, 'public' | 'authenticated' | Role[]> = {
  'GET /api/governance-bodies/:id/questions': READERS,
  'POST /api/governance-bodies/:id/questions': READERS,
  'POST /api/governance-questions/:id/answer': READERS,
  'POST /api/governance-questions/:id/raise-further': READERS,
  'GET /api/decisions/:id/spread': READERS,
  'POST /api/decisions/:id/spread': READERS,
  'GET /api/governance-bodies/:id/received-decisions': READERS,
  'POST /api/decision-spreads/:id/seen': READERS,
};
