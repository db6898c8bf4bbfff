import { parseOrgNumber } from '../organisations/org-number.rules';

/**
 * The types of employer the membership records (EMP-1). Whether an employer is a platform or gig
 * company is the case 004 answers, so it is a type of its own and not a free-text note.
 */
export const EMPLOYER_TYPES = ['company', 'platform_company', 'social_enterprise', 'public_employer', 'other'] as const;
export type EmployerType = (typeof EMPLOYER_TYPES)[number];

/** Size bands by number of employees: 1–9, 10–49, 50–249, 250 or more. */
export const EMPLOYER_SIZE_BANDS = ['micro', 'small', 'medium', 'large'] as const;
export type EmployerSizeBand = (typeof EMPLOYER_SIZE_BANDS)[number];

/**
 * The explicit statements an applicant gives (EMP-1): commitment to the network's goals and to the
 * city's values — non-discrimination, gender equality (jämställdhet), equality (jämlikhet) and
 * human rights. Every one must be given for an application to be received.
 */
export const MEMBERSHIP_STATEMENTS = ['networkGoals', 'nonDiscrimination', 'genderEquality', 'equality', 'humanRights'] as const;
export type MembershipStatement = (typeof MEMBERSHIP_STATEMENTS)[number];
export type MembershipStatements = Record<MembershipStatement, boolean>;

/** Swedish and English wording of each statement, as the applicant confirms it. */
export const MEMBERSHIP_STATEMENT_LABELS: Record<MembershipStatement, { sv: string; en: string }> = {
  networkGoals: { sv: 'Vi ställer oss bakom Integrationspaktens mål', en: "We commit to Integrationspakten's goals" },
  nonDiscrimination: { sv: 'Vi arbetar mot all diskriminering', en: 'We work against all discrimination' },
  genderEquality: { sv: 'Vi arbetar för jämställdhet', en: 'We work for gender equality' },
  equality: { sv: 'Vi arbetar för jämlikhet', en: 'We work for equality' },
  humanRights: { sv: 'Vi respekterar de mänskliga rättigheterna', en: 'We respect human rights' },
};

/** Statuses of an application: received, checked, then approved or rejected; the applicant may withdraw it. */
export const APPLICATION_STATUSES = ['submitted', 'checked', 'approved', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** True when every statement of EMP-1 is given. */
export function allStatementsGiven(statements: MembershipStatements): boolean {
  return MEMBERSHIP_STATEMENTS.every((s) => statements[s] === true);
}

/** The statements not given, in their order (EMP-1). */
export function missingStatements(statements: MembershipStatements): MembershipStatement[] {
  return MEMBERSHIP_STATEMENTS.filter((s) => statements[s] !== true);
}

/** What the simpler check (EMP-1) reads of an application and its linked organisation. */
export type ApplicationCheckFacts = {
  orgNumber: string;
  /** The linked organisation's status in the register; null when none is linked yet. */
  organisationStatus: 'active' | 'archived' | null;
  contactName: string;
  /** The officer has confirmed that the contact is a named person who answers for the application. */
  contactConfirmed: boolean;
  statements: MembershipStatements;
};

/** The parts of the simpler check, each stored with the check (EMP-1). */
export type ApplicationCheck = {
  orgNumberValid: boolean;
  organisationActive: boolean;
  contactNamed: boolean;
  statementsGiven: boolean;
  passed: boolean;
};

/**
 * EMP-1's simpler check at application: a valid Swedish organisation number (format and Luhn check
 * digit, ORG-3), an organisation that is linked and active in the register, a named contact
 * confirmed by the officer, and every statement given. It passes only when all four hold.
 */
export function checkApplication(facts: ApplicationCheckFacts): ApplicationCheck {
  const orgNumberValid = parseOrgNumber(facts.orgNumber).ok;
  const organisationActive = facts.organisationStatus === 'active';
  const contactNamed = facts.contactConfirmed && facts.contactName.trim().length > 0;
  const statementsGiven = allStatementsGiven(facts.statements);
  return { orgNumberValid, organisationActive, contactNamed, statementsGiven, passed: orgNumberValid && organisationActive && contactNamed && statementsGiven };
}

/** Applications still open for a check or a decision. */
export function isApplicationOpen(status: ApplicationStatus): boolean {
  return status === 'submitted' || status === 'checked';
}

/** Why an application cannot be approved now, or null when it can (EMP-1: a check that does not pass blocks approval). */
export function approvalBlocker(a: { status: ApplicationStatus; checkPassed: boolean | null; organisationId: string | null }): 'not_open' | 'not_checked' | 'check_failed' | 'no_organisation' | null {
  if (!isApplicationOpen(a.status)) return 'not_open';
  if (a.status !== 'checked' || a.checkPassed === null) return 'not_checked';
  if (!a.checkPassed) return 'check_failed';
  if (a.organisationId === null) return 'no_organisation';
  return null;
}

/** The readable reference of an application, e.g. `IP 2026-0007` (the public receipt). */
export function applicationReference(numberYear: number, number: number): string {
  return `IP ${numberYear}-${String(number).padStart(4, '0')}`;
}
