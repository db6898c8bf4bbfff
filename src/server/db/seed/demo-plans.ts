import type { UpdatePlanInput } from '../../../shared/followup/plan.schemas';
import { createPlan, proposePlan, updatePlan } from '../../modules/followup/plan.service';
import { demoNotifyOptions } from './demo-notify';
import { voteOnDecision } from '../../modules/governance/decision.service';
import type { Db } from '../database';
import type { GovernanceActors } from './demo-governance';

/** The goals of a demo plan: work and equality (Agenda 2030 goals 8 and 10), counted and described (AGR-2). */
const demoGoals: NonNullable<UpdatePlanInput['goals']> = [
  {
    title: 'Fler deltagare går vidare till arbete eller studier',
    description: 'Deltagarna får stöd att närma sig arbetsmarknaden genom språkträning, praktik och kontakter med arbetsgivare.',
    agendaGoal: 8,
    indicators: [
      { name: 'Antal deltagare som börjat arbeta', kind: 'quantitative', unit: 'personer', baseline: 18, target: 30, direction: 'higher' },
      { name: 'Antal deltagare som börjat studera', kind: 'quantitative', unit: 'personer', baseline: 10, target: 15, direction: 'higher' },
      { name: 'Antal deltagare i verksamheten', kind: 'quantitative', unit: 'personer', baseline: 120, target: 150, direction: 'higher' },
    ],
  },
  {
    title: 'Minskade skillnader i vägen till arbete',
    description: 'Kvinnor och män, nyanlända och personer med funktionsnedsättning ska ha samma möjligheter att delta.',
    agendaGoal: 10,
    indicators: [
      { name: 'Andel kvinnor bland deltagarna', kind: 'quantitative', unit: 'procent', baseline: 42, target: 50, direction: 'higher' },
      {
        name: 'Deltagarna upplever att stödet är anpassat efter deras behov',
        kind: 'qualitative',
        expectedResult: 'Deltagarna beskriver i uppföljningssamtal att stödet har utgått från deras förutsättningar.',
      },
    ],
  },
];

async function cooperationId(db: Db, title: string): Promise<string | undefined> {
  return (await db.selectFrom('cooperation').select('id').where('title', '=', title).executeTakeFirst())?.id;
}

/**
 * The demo IOPs' activity plans for the current year (AGR-2, IOP-7): Duo Stockholm's plan is
 * proposed and adopted by both parties of its steering group — so it is annexed to the agreement
 * and completes last autumn's plan task — and Svenska med baby's is still a draft. Made through
 * the services so that the plans, decisions, annexes and audit log agree. Returns how many plans.
 */
export async function seedDemoPlans(db: Db, actors: GovernanceActors): Promise<number> {
  const year = Number(actors.officer.today.slice(0, 4));
  let seeded = 0;
  const duo = await cooperationId(db, 'IOP Duo Stockholm');
  if (duo) {
    const plan = await createPlan(db, actors.officer, duo, {
      year,
      periodKind: 'semester',
      summary: 'Duo Stockholm matchar nyanlända med frivilliga mentorer för språk, nätverk och vägar till arbete.',
    });
    const filled = await updatePlan(db, actors.officer, plan.id, { version: plan.version, goals: demoGoals });
    const proposed = await proposePlan(db, actors.officer, plan.id, { version: filled.version }, demoNotifyOptions());
    if (proposed.decision) {
      await voteOnDecision(db, actors.manager, proposed.decision.id, 'approve');
      await voteOnDecision(db, actors.steeringMember, proposed.decision.id, 'approve');
    }
    seeded += 1;
  }
  const baby = await cooperationId(db, 'IOP Svenska med baby');
  if (baby) {
    const plan = await createPlan(db, actors.officer, baby, {
      year,
      periodKind: 'year',
      summary: 'Svenska med baby ger föräldralediga nyanlända möjlighet att öva svenska tillsammans med sina barn.',
    });
    await updatePlan(db, actors.officer, plan.id, { version: plan.version, goals: demoGoals.slice(0, 1) });
    seeded += 1;
  }
  return seeded;
}
