import type { RequestContext } from '../../http/request-context';
import { raiseQuestion } from '../../modules/governance/question.service';
import type { Db } from '../database';

/** The cluster that raises the demo question; it reports to the operative steering group (003 §6.1). */
export const DEMO_QUESTION_CLUSTER = 'Kluster Järva';

/** The demo question, of the kind 003 has the local clusters lift to the operative steering group. */
export const DEMO_QUESTION = {
  text: 'Hur ska arbetssökande som är inskrivna både hos Jobbtorg Kista och hos Arbetsförmedlingen Stockholm Järva få en gemensam planering utan dubbla kartläggningar?',
  unresolvedReason:
    'Frågan kräver att båda parternas rutiner för inskrivning och informationsutbyte ändras. Det kan klustret inte besluta om lokalt, så den lyfts till den operativa styrgruppen.',
};

/**
 * One open question from a cluster of the agreement with Arbetsförmedlingen to its operative
 * steering group (AGR-8), raised through the use case so it is audited and appears in the work
 * queue of those who steer. Adds nothing when the cluster is missing or has raised a question already.
 */
export async function seedAfQuestion(db: Db, actor: RequestContext): Promise<boolean> {
  const cluster = await db
    .selectFrom('governance_body')
    .select(['id', 'reports_to_id'])
    .where('name', '=', DEMO_QUESTION_CLUSTER)
    .where('type', '=', 'cluster')
    .orderBy('created_at')
    .executeTakeFirst();
  if (!cluster?.reports_to_id) return false;
  const raised = await db.selectFrom('governance_question').select('id').where('raised_by_body_id', '=', cluster.id).executeTakeFirst();
  if (raised) return false;
  await raiseQuestion(db, actor, cluster.id, DEMO_QUESTION);
  return true;
}
