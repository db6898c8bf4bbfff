import { addDays, addMonths } from '../../../shared/lifecycle/termination.rules';
import type { RequestContext } from '../../http/request-context';
import { createCooperation } from '../../modules/cooperations/cooperation.service';
import { transitionCooperation } from '../../modules/cooperations/transition.service';
import { recordControlCheck } from '../../modules/employers/employer-control.service';
import { readControlProgrammes } from '../../modules/employers/control-programme.service';
import { createInitiative } from '../../modules/initiatives/initiative.service';
import { addAgendaItem, createReviewMeeting, getReviewMeeting, holdReviewMeeting } from '../../modules/initiatives/review-meeting.service';
import { recordRecommendation } from '../../modules/initiatives/review.service';
import { giveTermination } from '../../modules/lifecycle/termination.service';
import { programmeInForce } from '../../../shared/employers/employer-controls.rules';
import type { Db } from '../database';
import { demoNotifyOptions } from './demo-notify';
import { backdateControlCheck, findRunningMemberEmployers, hasJobPartnerships } from './demo-employer-controls.repository';

export type EmployerDemoActors = { officer: RequestContext; manager: RequestContext; reviewGroup: RequestContext; managerId: string };

// The states the demo shows, given to the first member employers by name.
const PLANS = ['preparing', 'active', 'expired', 'terminated'] as const;
type Plan = (typeof PLANS)[number];

const EVIDENCE: Record<string, string> = {
  pay: 'Lönespecifikationer för tre anställda, granskade',
  working_hours: 'Schema och tidrapporter för senaste månaden',
  holidays: 'Semesterlista och semesterlöneberäkning',
  collective_agreement: 'Bekräftelse från arbetsgivarorganisationen',
  work_environment: 'Skriftlig riskbedömning och skyddsrond',
  taxes: 'Utdrag ur skattekonto och skuldfrihetsintyg från Kronofogden',
  other_laws: 'Utdrag ur Bolagsverket och egen försäkran',
};

/** Records a passing, documented check of every control of the programme in force (or of the listed ones). */
async function passControls(db: Db, ctx: RequestContext, organisationId: string, only?: readonly string[]): Promise<void> {
  const programme = programmeInForce(await readControlProgrammes(db), ctx.today);
  for (const control of programme?.controls ?? []) {
    if (only && !only.includes(control.code)) continue;
    await recordControlCheck(db, ctx, organisationId, {
      controlCode: control.code,
      result: 'pass',
      collectiveAgreement: control.code === 'collective_agreement' ? 'yes' : null,
      evidenceReference: `${EVIDENCE[control.code] ?? 'Kontrollerat underlag'} ${ctx.today}`,
      checkedOn: ctx.today,
    });
  }
}

/**
 * The demo's job partnerships (EMP-2, EMP-3), after the employers' demo: the first running member
 * employers by name get one each — being prepared with controls missing, active with every control
 * passed, active with an expired control (on the due list and flagged), and one ended at once with
 * its reason. Works with whatever member employers exist (none: nothing); runs once. Returns how
 * many partnerships it made.
 */
export async function seedDemoEmployerControls(db: Db, actors: EmployerDemoActors): Promise<number> {
  if (await hasJobPartnerships(db)) return 0;
  const employers = await findRunningMemberEmployers(db, PLANS.length);
  if (employers.length === 0) return 0;
  const planned = employers.map((employer, i) => ({ employer, plan: PLANS[i] as Plan }));

  const initiatives = [];
  for (const { employer } of planned) {
    initiatives.push(
      await createInitiative(db, actors.officer, {
        title: `Jobbpartnerskap med ${employer.name}`,
        origin: 'internal',
        brief: `${employer.name} erbjuder jobb, praktik och APL-platser till deltagare från Jobbtorg.`,
        organisationIds: [employer.id],
        areas: ['integration_pact'],
        targetGroups: [],
        unitCode: 'jobbtorg',
        proposedForm: 'job_partnership',
      }),
    );
  }
  const meeting = await createReviewMeeting(db, actors.reviewGroup, {
    meetingDate: actors.reviewGroup.today,
    location: 'Arbetsmarknadsförvaltningen',
    notes: 'Jobbpartnerskap med medlemmar i Integrationspakten.',
    buildAgenda: false,
  });
  // Only the job partnerships: other initiatives waiting for the group stay for its next meeting.
  for (const initiative of initiatives) await addAgendaItem(db, actors.reviewGroup, meeting.id, { initiativeId: initiative.id });
  for (const initiative of initiatives) {
    await recordRecommendation(
      db,
      actors.reviewGroup,
      initiative.id,
      {
        outcome: 'form',
        recommendedForm: 'job_partnership',
        justification: 'Arbetsgivaren är medlem i Integrationspakten och känd av förvaltningen.',
        meetingId: meeting.id,
        addedValue: { affirmed: true, justification: 'Ger deltagarna vägar till arbete som förvaltningen inte själv kan erbjuda.' },
      },
      demoNotifyOptions(),
    );
  }
  const held = await getReviewMeeting(db, actors.reviewGroup, meeting.id);
  await holdReviewMeeting(db, actors.reviewGroup, meeting.id, { version: held.version });

  for (const [i, { employer, plan }] of planned.entries()) {
    const initiative = initiatives[i];
    if (!initiative) continue;
    const created = await createCooperation(db, actors.officer, {
      initiativeId: initiative.id,
      responsibleManagerId: actors.managerId,
      unitCode: 'jobbtorg',
      startDate: actors.officer.today.slice(0, 4) + '-01-01',
      facts: {
        competence: {
          withinCompetence: { affirmed: true, justification: 'Arbetsmarknadsinsatser för kommunens invånare ryms i den kommunala kompetensen.' },
          withinMission: { affirmed: true, justification: 'Insatsen ligger inom arbetsmarknadsnämndens reglemente och verksamhetsplan.' },
        },
        knownEmployer: { affirmed: true, justification: `Förvaltningen har samarbetat med ${employer.name} kring praktikplatser i flera år.` },
      },
    });
    if (plan === 'preparing') {
      // Two controls done, the rest still to check: the checklist names them.
      await passControls(db, actors.officer, employer.id, ['pay', 'taxes']);
      continue;
    }
    await passControls(db, actors.officer, employer.id);
    const active = await transitionCooperation(db, actors.manager, created.id, { to: 'active', version: created.version });
    if (plan === 'expired') {
      // The tax check was made 13½ months ago: expired beyond the grace period, so due and flagged.
      const checkedOn = addDays(addMonths(actors.officer.today, -13), -15);
      await backdateControlCheck(db, employer.id, 'taxes', checkedOn, addDays(addMonths(checkedOn, 12), -1));
    }
    if (plan === 'terminated') {
      await giveTermination(
        db,
        actors.manager,
        created.id,
        {
          version: active.version,
          kind: 'rescission',
          reason: 'Kontroll visade att anställda fått lön under kollektivavtalets nivå',
          givenOn: actors.manager.today,
          evidenceNote: 'Anmälan från facket och lönespecifikationer, diarieförda',
          noticeMonths: null,
        },
        demoNotifyOptions(),
      );
    }
  }
  return planned.length;
}
