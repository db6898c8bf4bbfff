import { formGuidance } from '../../../shared/cooperations/form-guidance.rules';
import type { FormGuidanceInput, FormGuidanceView } from '../../../shared/cooperations/form-guidance.schemas';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import type { RequestContext } from '../../http/request-context';
import { loadDatedValues } from './threshold.service';

/**
 * Which forms of cooperation fit the facts, with obligations and reasons (FRM-1–8, IOP-2,
 * IOP-11, INI-4, INI-5), judged by the thresholds in force on the given date (default today).
 */
export async function adviseOnForms(db: Db, ctx: RequestContext, input: FormGuidanceInput): Promise<FormGuidanceView> {
  assertPermitted(ctx.actor, 'form-guidance.use');
  const { date, ...facts } = input;
  return formGuidance(facts, await loadDatedValues(db), date ?? ctx.today);
}
