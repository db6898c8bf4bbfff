import type {
  FormAdviceView,
  FormGuidanceFacts,
  FormGuidanceView,
  FormVerdict,
  ObligationView,
  ReasonView,
} from './form-guidance.schemas';
import { COOPERATION_FORMS, type CooperationForm } from './forms';
import {
  IOP_GUIDING_CRITERIA,
  IOP_GUIDING_CRITERION_LABELS,
  IOP_LEGAL_TEST_LABELS,
  IOP_LEGAL_TESTS,
  RESERVED_CONTRACT_MAX_MONTHS,
  VIDA_OCCASIONS,
} from './gate.types';
import { type DatedValue, entryOn, formatSek, formatSekEn, THRESHOLD_LABELS, type ThresholdCode } from './thresholds.rules';

/** INI-4: association grants are not the committee's mandate; these committees (codes) handle them. */
export const ASSOCIATION_GRANT_COMMITTEES = ['district', 'social', 'culture', 'sports'] as const;

const RANK: Record<FormVerdict, number> = { allowed: 0, needs_assessment: 1, not_allowed: 2 };

/** Collects one form's verdict, obligations and reasons; the gravest verdict given wins. */
class Advice {
  verdict: FormVerdict = 'allowed';
  readonly obligations: ObligationView[] = [];
  readonly reasons: ReasonView[] = [];
  constructor(
    readonly form: CooperationForm,
    private readonly thresholds: readonly DatedValue[],
    private readonly date: string,
  ) {}

  oblige(code: string, requirement: string, text: string, textEn: string): void {
    this.obligations.push({ code, text, textEn, requirement });
  }
  reason(requirement: string, text: string, textEn: string): void {
    this.reasons.push({ text, textEn, requirement });
  }
  refuse(requirement: string, text: string, textEn: string): void {
    this.raise('not_allowed');
    this.reason(requirement, text, textEn);
  }
  unsure(requirement: string, text: string, textEn: string): void {
    this.raise('needs_assessment');
    this.reason(requirement, text, textEn);
  }
  /** The amount in force on the date; when none is, the form needs assessment and says why. */
  threshold(code: ThresholdCode, requirement: string): number | null {
    const entry = entryOn(this.thresholds, code, this.date);
    if (entry) return entry.amountSek;
    const label = THRESHOLD_LABELS[code];
    this.unsure(
      requirement,
      `Värdet för ${label.sv} saknas för ${this.date}; en administratör behöver lägga in det innan formen kan bedömas`,
      `No value of ${label.en} is in force on ${this.date}; an administrator needs to add it before the form can be judged`,
    );
    return null;
  }
  view(): FormAdviceView {
    return { form: this.form, verdict: this.verdict, obligations: this.obligations, reasons: this.reasons };
  }
  private raise(verdict: FormVerdict): void {
    if (RANK[verdict] > RANK[this.verdict]) this.verdict = verdict;
  }
}

type Facts = FormGuidanceFacts;

/** The value LOU thresholds are compared with: the estimate, else the expected compensation. */
function contractValue(f: Facts): number | null {
  return f.estimatedValueSek ?? f.compensationSek ?? null;
}

function everyForm(a: Advice): void {
  a.oblige('frm2.competence', 'FRM-2', 'Samverkan ska rymmas inom den kommunala kompetensen', 'The cooperation must be within municipal competence');
  a.oblige('frm2.mission', 'FRM-2', 'Samverkan ska rymmas inom nämndens uppdrag', "The cooperation must be within the committee's mission");
  a.oblige(
    'dem3.democracy',
    'DEM-3',
    'Ansvarig chef ska bedöma och signera att demokrativillkoren är uppfyllda innan samverkan inleds',
    'The responsible manager must assess and sign that the democracy conditions are met before the cooperation starts',
  );
}

function informal(a: Advice, f: Facts): void {
  if (f.compensationSek == null) {
    a.unsure('FRM-3', 'Ange om ersättning ska betalas: informell samverkan får inte innebära ersättning', 'State whether compensation is paid: informal cooperation allows none');
  } else if (f.compensationSek > 0) {
    a.refuse(
      'FRM-3',
      `Informell samverkan får inte innebära ersättning (förväntad ersättning ${formatSek(f.compensationSek)})`,
      `Informal cooperation allows no compensation (expected ${formatSekEn(f.compensationSek)})`,
    );
  }
  if (f.singlesOutOneOrganisation == null) {
    a.unsure('INI-5', 'Ange om valet av en enskild organisation missgynnar andra', 'State whether choosing a single organisation disadvantages others');
  } else if (f.singlesOutOneOrganisation) {
    a.refuse('INI-5', 'En enskild organisation skulle pekas ut till andras nackdel', 'A single organisation would be singled out to the disadvantage of others');
  }
  a.oblige('frm3.no-compensation', 'FRM-3', 'Ingen ersättning betalas till organisationen', 'No compensation is paid to the organisation');
  a.oblige('frm3.manager-motivates', 'FRM-3', 'Ansvarig chef motiverar samverkan', 'The responsible manager justifies the cooperation');
  a.oblige('ini3.inform-review-group', 'INI-3', 'Samverkan anmäls till beredningsgruppen för kännedom', 'The cooperation is reported to the review group');
  a.oblige('ini5.open-to-all', 'INI-5', 'Låt om möjligt alla intresserade organisationer anmäla intresse', 'Where possible, let every interested organisation show interest');
}

function iop(a: Advice, f: Facts): void {
  if (f.civicOrientationTeaching) {
    a.refuse(
      'IOP-11',
      'Undervisning i samhällsorientering kan inte vara IOP eftersom det finns en marknad; den upphandlas. Studiebesök och uppsökande information via föreningar kan vara IOP.',
      'Civic-orientation teaching cannot be an IOP because a market exists; it is procured. Study visits and outreach information via associations can be.',
    );
  }
  if (f.marketExists === true) {
    a.refuse('IOP-2', 'Det finns en marknad eller konkurrens att skydda: verksamheten ska upphandlas enligt LOU', 'A market or competition exists: the activity must be procured under LOU');
  }
  if (a.verdict !== 'not_allowed') a.unsure('IOP-2', 'En IOP förutsätter alltid en rättslig bedömning före avtal', 'An IOP always needs a legal assessment before signing');
  if (f.marketExists === false) a.reason('IOP-2', 'Det finns ingen marknad eller konkurrens att skydda', 'There is no market or competition to protect');
  if (f.initiatedBy === 'organisation') a.reason('IOP-2', 'Initiativet kommer från organisationen, vilket talar för IOP', 'The initiative comes from the organisation, which speaks for an IOP');
  if (f.initiatedBy === 'administration') {
    a.reason('IOP-2', 'Initiativet kommer från förvaltningen, vilket talar emot IOP', 'The initiative comes from the administration, which speaks against an IOP');
  }
  if (f.coFinancedByBothParties === true) a.reason('IOP-2', 'Båda parter bidrar med finansiering', 'Both parties contribute financing');
  if (f.coFinancedByBothParties === false) a.reason('IOP-2', 'Endast staden finansierar, vilket talar emot IOP', 'Only the city finances it, which speaks against an IOP');
  if (f.detailRegulatedByCity === true) {
    a.reason('IOP-2', 'Staden detaljreglerar verksamheten, vilket pekar mot upphandling', 'The city detail-regulates the activity, which points to procurement');
  }
  if (f.singlesOutOneOrganisation === true) {
    a.reason('INI-5', 'Valet av en enskild organisation kan missgynna andra: pröva om fler kan visa intresse', 'Choosing one organisation may disadvantage others: consider letting more show interest');
  }
  for (const test of IOP_LEGAL_TESTS) {
    const label = IOP_LEGAL_TEST_LABELS[test];
    a.oblige(`iop2.test.${test}`, 'IOP-2', `Rättslig bedömning: ${label.sv}`, `Legal assessment: ${label.en}`);
  }
  for (const criterion of IOP_GUIDING_CRITERIA) {
    const label = IOP_GUIDING_CRITERION_LABELS[criterion];
    a.oblige(`iop2.criterion.${criterion}`, 'IOP-2', `Besvara med motivering: ${label.sv}`, `Answer with a justification: ${label.en}`);
  }
  a.oblige('iop1.parties', 'IOP-1', 'Minst en idéburen och en offentlig part kring en gemensamt identifierad samhällsutmaning', 'At least one civil-society and one public party around a jointly identified societal challenge');
  a.oblige('iop3.partner-control', 'IOP-3', 'Partnerkontroll av varje idéburen part före avtal', 'Partner control of every civil-society party before signing');
  a.oblige('iop4.pre-study', 'IOP-4', 'En förstudie i dialog före avtal: omfattning, mål, struktur och roller', 'A pre-study in dialogue before signing: scope, goals, structure and roles');
}

function procurement(a: Advice, f: Facts, value: number | null, socialThreshold: number | null): void {
  if (f.civicOrientationTeaching) {
    a.reason('IOP-11', 'Undervisning i samhällsorientering har en marknad och upphandlas', 'Civic-orientation teaching has a market and is procured');
  }
  if (f.marketExists === true) a.reason('IOP-2', 'En marknad finns: upphandling enligt LOU är vägen', 'A market exists: procurement under LOU is the way');
  if (f.welfareService === true && value != null && socialThreshold != null && value >= socialThreshold) {
    a.oblige(
      'frm7.regular-procedures',
      'FRM-7',
      `Använd LOU:s ordinarie förfaranden: värdet ${formatSek(value)} når tröskelvärdet ${formatSek(socialThreshold)}`,
      `Use the regular LOU procedures: the value ${formatSekEn(value)} reaches the threshold ${formatSekEn(socialThreshold)}`,
    );
  }
  a.oblige('lou.procedure', 'FRM-1', 'Upphandla enligt lagen om offentlig upphandling (LOU)', 'Procure under the Public Procurement Act (LOU)');
  a.oblige(
    'frm8.civil-society-position',
    'FRM-8',
    'Rikta upphandlingen mot avgränsad verksamhet där civilsamhället har en särskild ställning; använd förenklat förfarande och dialog där det går',
    'Aim the procurement at defined activity where civil society has a special position; use a simplified procedure and dialogue where possible',
  );
}

function welfareProcurement(a: Advice, f: Facts, value: number | null): void {
  if (f.welfareService === false) {
    a.refuse('FRM-7', 'Reglerna för välfärdstjänster gäller bara välfärdstjänster', 'The welfare-service rules apply to welfare services only');
    return;
  }
  if (f.welfareService == null) a.unsure('FRM-7', 'Ange om tjänsten är en välfärdstjänst', 'State whether the service is a welfare service');
  const advertising = a.threshold('welfare_advertising_limit', 'FRM-7');
  const social = a.threshold('social_services_threshold', 'FRM-7');
  if (value == null) {
    a.unsure('FRM-7', 'Ange uppskattat värde: det avgör vilka regler som gäller', 'State the estimated value: it decides which rules apply');
    return;
  }
  if (advertising == null || social == null) return;
  const v = formatSek(value);
  const vEn = formatSekEn(value);
  // "Below" a threshold means strictly less: a value equal to it falls in the higher band.
  if (value >= social) {
    a.refuse(
      'FRM-7',
      `Värdet ${v} når tröskelvärdet ${formatSek(social)}: de förenklade reglerna gäller inte, LOU:s ordinarie förfaranden ska användas`,
      `The value ${vEn} reaches the threshold ${formatSekEn(social)}: the simplified rules do not apply, use the regular LOU procedures`,
    );
    return;
  }
  if (value < advertising) {
    a.reason(
      'FRM-7',
      `Värdet ${v} understiger ${formatSek(advertising)}: ingen annonseringsskyldighet`,
      `The value ${vEn} is below ${formatSekEn(advertising)}: no obligation to advertise`,
    );
  } else {
    a.reason(
      'FRM-7',
      `Värdet ${v} ligger mellan ${formatSek(advertising)} och tröskelvärdet ${formatSek(social)}: upphandlingen ska annonseras`,
      `The value ${vEn} lies between ${formatSekEn(advertising)} and the threshold ${formatSekEn(social)}: the procurement must be advertised`,
    );
    a.oblige(
      'frm7.advertise',
      'FRM-7',
      'Annonsera upphandlingen i en allmänt tillgänglig elektronisk databas',
      'Advertise the procurement in a public electronic database',
    );
  }
  a.oblige(
    'frm7.bounded-by-value',
    'FRM-7',
    `Avtalet får löpa utan fast avtalstid men begränsas av det totala värdet (under ${formatSek(social)})`,
    `The agreement may run without a fixed term but is bounded by its total value (below ${formatSekEn(social)})`,
  );
}

function directAward(a: Advice, value: number | null): void {
  const limit = a.threshold('direct_award_limit', 'FRM-1');
  if (value == null) {
    a.unsure('FRM-1', 'Ange uppskattat värde: direktupphandling är bara tillåten under direktupphandlingsgränsen', 'State the estimated value: direct award is allowed only below the direct-award limit');
  } else if (limit != null && value >= limit) {
    a.refuse(
      'FRM-1',
      `Värdet ${formatSek(value)} når direktupphandlingsgränsen ${formatSek(limit)}: direktupphandling är inte tillåten`,
      `The value ${formatSekEn(value)} reaches the direct-award limit ${formatSekEn(limit)}: direct award is not allowed`,
    );
  } else if (limit != null) {
    a.reason(
      'FRM-1',
      `Värdet ${formatSek(value)} understiger direktupphandlingsgränsen ${formatSek(limit)}`,
      `The value ${formatSekEn(value)} is below the direct-award limit ${formatSekEn(limit)}`,
    );
  }
  a.oblige('lou.direct-award', 'FRM-1', 'Dokumentera direktupphandlingen och skälen för valet av leverantör', 'Document the direct award and the reasons for the choice of supplier');
}

function reservedContract(a: Advice, f: Facts): void {
  const max = RESERVED_CONTRACT_MAX_MONTHS;
  if (f.targetGroupFarFromLabourMarketOrDisabilities === false) {
    a.refuse(
      'FRM-6',
      'Reserverade kontrakt gäller bara leverantörer som integrerar personer med funktionsnedsättning eller långt från arbetsmarknaden',
      'Reserved contracts are only for suppliers integrating people with disabilities or far from the labour market',
    );
  } else if (f.targetGroupFarFromLabourMarketOrDisabilities == null) {
    a.unsure('FRM-6', 'Ange om målgruppen är personer med funktionsnedsättning eller långt från arbetsmarknaden', 'State whether the target group is people with disabilities or far from the labour market');
  }
  if (f.intendedDurationMonths != null && f.intendedDurationMonths > max) {
    a.refuse(
      'FRM-6',
      `Ett reserverat kontrakt får löpa högst ${max} månader (avsedd tid ${f.intendedDurationMonths} månader)`,
      `A reserved contract runs at most ${max} months (intended ${f.intendedDurationMonths} months)`,
    );
  }
  a.oblige('frm6.max-term', 'FRM-6', `Avtalstiden är högst ${max} månader`, `The term is at most ${max} months`);
  a.oblige('frm6.holder-excluded', 'FRM-6', 'Leverantören får inte lämna anbud i nästa reserverade upphandling av samma slag', 'The holder may not bid in the next such reserved procurement');
  a.oblige('lou.procedure', 'FRM-1', 'Upphandla enligt lagen om offentlig upphandling (LOU)', 'Procure under the Public Procurement Act (LOU)');
}

function vida(a: Advice, f: Facts): void {
  const { min, max } = VIDA_OCCASIONS;
  const rate = a.threshold('vida_rate_per_participant', 'FRM-5');
  if (f.vidaOccasions != null && (f.vidaOccasions < min || f.vidaOccasions > max)) {
    a.refuse('FRM-5', `VIDA omfattar ${min}–${max} tillfällen per deltagare (angivet ${f.vidaOccasions})`, `VIDA covers ${min}–${max} occasions per participant (given ${f.vidaOccasions})`);
  }
  a.oblige('frm5.occasions', 'FRM-5', `Varje deltagare erbjuds ${min}–${max} tillfällen`, `Each participant is offered ${min}–${max} occasions`);
  if (rate != null) {
    a.oblige('frm5.rate', 'FRM-5', `Ersättningen till föreningen är ${formatSek(rate)} per deltagare`, `The association is paid ${formatSekEn(rate)} per participant`);
  }
  a.oblige(
    'frm5.own-choice',
    'FRM-5',
    'Den nyanlända väljer själv föreningsaktivitet som en del av sin handlingsplan; föreningen utformar aktiviteten inom VIDA-ramen',
    'The newly arrived person chooses the association activity as part of their action plan; the association designs it within the VIDA frame',
  );
}

function externalFunding(a: Advice, f: Facts): void {
  if (f.externalFunding === false) {
    a.refuse('FRM-4', 'Samverkan finansieras inte med externa medel', 'The cooperation is not externally funded');
  } else if (f.externalFunding == null) {
    a.unsure('FRM-4', 'Ange om projektet finansieras med externa medel (t.ex. ESF)', 'State whether the project is externally funded (e.g. ESF)');
  }
  if (f.organisationActsAsContractorInExternalProject === true) {
    a.refuse('FRM-4', 'Organisationen skulle bli utförare av förvaltningens verksamhet, vilket inte är tillåtet', "The organisation would act as contractor of the administration's activity, which is not allowed");
  } else if (f.organisationActsAsContractorInExternalProject == null) {
    a.unsure('FRM-4', 'Ange om organisationen skulle bli utförare av förvaltningens verksamhet', "State whether the organisation would act as contractor of the administration's activity");
  }
  a.oblige('frm4.joint-application', 'FRM-4', 'Ansökan görs gemensamt av förvaltningen och organisationen', 'The application is made jointly by the administration and the organisation');
  a.oblige('frm4.not-contractor', 'FRM-4', 'Organisationen får inte vara utförare av förvaltningens verksamhet', "The organisation may not act as contractor of the administration's activity");
}

function integrationPact(a: Advice, f: Facts): void {
  if (f.compensationSek == null) {
    a.unsure('FRM-1', 'Ange om ersättning ska betalas: partnerskap inom Integrationspakten sker utan ersättning', 'State whether compensation is paid: Integration Pact partnerships carry none');
  } else if (f.compensationSek > 0) {
    a.refuse('FRM-1', 'Partnerskap inom Integrationspakten sker utan ersättning', 'Partnerships within the Integration Pact carry no compensation');
  }
  a.oblige('emp1.commitment', 'EMP-1', 'Arbetsgivaren åtar sig Integrationspaktens mål och stadens värdegrund', "The employer commits to the Integration Pact's goals and the city's values");
}

function jobPartnership(a: Advice): void {
  a.unsure(
    'EMP-2',
    'Jobbpartnerskap gäller bara arbetsgivare som staden redan känner väl och kräver kontroller som för upphandlade leverantörer',
    'Job partnerships are only for employers the city knows well and need controls like those of procured suppliers',
  );
  a.oblige('emp2.controls', 'EMP-2', 'Kontrollera lön, arbetstid, semester, arbetsmiljö samt att skatter och avgifter betalas', 'Check pay, working hours, holidays, work environment and that taxes and fees are paid');
  a.oblige('emp2.collective-agreement', 'EMP-2', 'Registrera om kollektivavtal eller motsvarande villkor finns', 'Record whether a collective agreement or equivalent terms exist');
}

function publicAgreement(a: Advice): void {
  a.unsure('FRM-1', 'Avtal med offentliga parter förutsätter att motparten är en offentlig aktör, t.ex. Arbetsförmedlingen', 'Agreements with public bodies need a public counterpart, e.g. the employment agency');
  a.oblige('agr1.parties-purpose', 'AGR-1', 'Avtalet anger parter med organisationsnummer, syfte och målgrupper', 'The agreement names the parties with organisation numbers, its purpose and target groups');
}

type Adviser = (a: Advice, f: Facts, value: number | null, socialThreshold: number | null) => void;

const ADVISERS: Record<CooperationForm, Adviser> = {
  iop: (a, f) => iop(a, f),
  procurement: procurement,
  reserved_contract: (a, f) => reservedContract(a, f),
  welfare_procurement: (a, f, value) => welfareProcurement(a, f, value),
  direct_award: (a, _f, value) => directAward(a, value),
  vida: (a, f) => vida(a, f),
  informal: (a, f) => informal(a, f),
  external_funding: (a, f) => externalFunding(a, f),
  integration_pact_membership: (a, f) => integrationPact(a, f),
  job_partnership: (a) => jobPartnership(a),
  public_agreement: (a) => publicAgreement(a),
};

/**
 * Which forms of cooperation fit the facts on a date, with each form's obligations and the
 * reasons for its verdict, citing requirement ids (FRM-1–8, IOP-1–4, IOP-11, INI-3–5, DEM-3).
 * Every amount comes from `thresholds` (dated values); a value missing on the date makes the
 * forms that need it `needs_assessment`. "Below" a threshold means strictly less than it.
 */
export function formGuidance(facts: FormGuidanceFacts, thresholds: readonly DatedValue[], date: string): FormGuidanceView {
  const value = contractValue(facts);
  const socialThreshold = entryOn(thresholds, 'social_services_threshold', date)?.amountSek ?? null;
  const forms = COOPERATION_FORMS.map((form) => {
    const a = new Advice(form, thresholds, date);
    everyForm(a);
    if (facts.associationGrantRequested) {
      a.refuse(
        'INI-4',
        'Föreningsbidrag ingår inte i nämndens uppdrag: hänvisa till stadsdelsnämnden, socialnämnden, kulturnämnden eller idrottsnämnden',
        "Association grants are not the committee's mandate: refer to the district, social services, culture or sports committee",
      );
      return a.view();
    }
    ADVISERS[form](a, facts, value, socialThreshold);
    return a.view();
  });
  return {
    date,
    forms,
    ...(facts.associationGrantRequested ? { referral: { committees: [...ASSOCIATION_GRANT_COMMITTEES], requirement: 'INI-4' as const } } : {}),
  };
}
