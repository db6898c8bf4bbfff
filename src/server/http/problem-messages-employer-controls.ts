import type { Language } from './language';

/** Messages of the employer controls, the job partnership and its immediate termination (EMP-2, EMP-3, issue 14). */
export const employerControlProblemMessages: Record<string, Record<Language, string>> = {
  'validation.employerControl.unknown': {
    sv: 'Välj en kontroll i det inköpsprogram som gäller i dag',
    en: 'Choose a control of the procurement programme in force today',
  },
  'validation.employerControl.result': { sv: 'Välj resultat: godkänd, underkänd eller ej tillämplig', en: 'Choose a result: pass, fail or not applicable' },
  'validation.employerControl.notApplicable': {
    sv: 'Den här kontrollen kan inte vara ej tillämplig: ange godkänd eller underkänd',
    en: 'This control cannot be not applicable: record pass or fail',
  },
  'validation.employerControl.collectiveAgreement': {
    sv: 'Ange om arbetsgivaren har kollektivavtal: ja, nej eller motsvarande villkor',
    en: 'State whether the employer has a collective agreement: yes, no or equivalent terms',
  },
  'validation.employerControl.collectiveAgreementOnly': {
    sv: 'Svaret om kollektivavtal hör bara till kontrollen av kollektivavtal',
    en: 'The collective-agreement answer belongs only to the collective-agreement control',
  },
  'validation.employerControl.evidence': {
    sv: 'Ange underlag: ladda upp ett dokument eller skriv en hänvisning, till exempel "Utdrag ur skattekonto 2026-11-30"',
    en: 'Give evidence: upload a document or write a reference, e.g. "Extract of the tax account 2026-11-30"',
  },
  'validation.employerControl.code': {
    sv: 'Kontrollens kod ska bestå av 1–60 små bokstäver a–z, siffror eller understreck',
    en: "The control's code must be 1–60 lower-case letters a–z, digits or underscores",
  },
  'validation.employerControl.codeTaken': { sv: 'Två kontroller i programmet har samma kod', en: 'Two controls of the programme have the same code' },
  'validation.employerControl.programmeCode': {
    sv: 'Programmets kod ska bestå av 1–60 små bokstäver a–z, siffror, bindestreck eller understreck',
    en: "The programme's code must be 1–60 lower-case letters a–z, digits, hyphens or underscores",
  },
  'validation.employerControl.programmeTaken': { sv: 'Det finns redan ett program med den koden', en: 'A programme with that code already exists' },
  'validation.employerControl.programmeValidFrom': {
    sv: 'Ett nytt program ska gälla från ett datum efter det senaste programmets startdatum',
    en: "A new programme must be in force from a date after the latest programme's start",
  },
  'validation.employerControl.recheckMonths': {
    sv: 'Ange intervallet för ny kontroll som ett heltal från 1 till 60 månader, eller lämna tomt för standard (12)',
    en: 'Give the re-check interval as a whole number from 1 to 60 months, or leave it empty for the default (12)',
  },
  'validation.employerControl.noControls': { sv: 'Programmet ska ha minst en kontroll', en: 'The programme must have at least one control' },
  'validation.setting.controlGraceDays': {
    sv: 'Ange respittiden som ett heltal från 0 till 365 dagar',
    en: 'Give the grace period as a whole number from 0 to 365 days',
  },
  'validation.jobPartnership.notMember': {
    sv: 'Ett jobbpartnerskap är bara för medlemmar i Integrationspakten: arbetsgivaren är inte medlem',
    en: 'A job partnership is only for members of Integrationspakten: the employer is not a member',
  },
};
