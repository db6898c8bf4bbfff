import type { Language } from './language';

/** Messages of job partnerships' offers and of job tracks (EMP-2, EMP-4). */
export const employerOfferProblemMessages: Record<string, Record<Language, string>> = {
  offer_not_job_partnership: { sv: 'Erbjudanden kan bara läggas till ett jobbpartnerskap', en: 'Offers can only be added to a job partnership' },
  offer_closed: { sv: 'Erbjudandet är redan stängt', en: 'The offer is already closed' },
  job_track_ended: { sv: 'Jobbspåret är avslutat och kan inte ändras', en: 'The job track has ended and can no longer be changed' },
  job_track_employer_exists: { sv: 'Arbetsgivaren finns redan i jobbspåret', en: 'The employer is already in the job track' },
  employer_controls_unmet: {
    sv: 'Alla arbetsgivare i jobbspåret måste klara kontrollerna, som i ett jobbpartnerskap. Se vilka arbetsgivare och kontroller som saknas.',
    en: 'Every employer of the job track must pass the controls, as in a job partnership. See which employers and controls are missing.',
  },
  'validation.offer.places': { sv: 'Ange antalet platser som ett heltal från 1', en: 'Enter the number of places as a whole number from 1' },
  'validation.offer.jobTrack': { sv: 'Det finns inget sådant jobbspår', en: 'There is no such job track' },
  'validation.offer.jobTrackOnlyForTrack': { sv: 'Bara ett erbjudande av typen jobbspår anger ett jobbspår', en: 'Only an offer of the kind job track names a job track' },
  'validation.offerOutcome.period': { sv: 'Ange ett halvår som 2026-H1 eller 2026-H2', en: 'Enter a half-year such as 2026-H1 or 2026-H2' },
  'validation.offerOutcome.count': { sv: 'Ange antalet personer som ett heltal, 0 eller mer', en: 'Enter the number of persons as a whole number, 0 or more' },
  'validation.offerOutcome.employedExceedsStarted': {
    sv: 'Fler kan inte ha fått arbete än som började',
    en: 'More people cannot have got a job than started',
  },
  'validation.jobTrack.employers': { sv: 'Välj minst en arbetsgivare', en: 'Choose at least one employer' },
  'validation.jobTrack.employer': { sv: 'Välj en aktiv organisation av typen arbetsgivare', en: 'Choose an active organisation of the kind employer' },
  'validation.jobTrack.agreement': {
    sv: 'Välj en samverkansöverenskommelse med Arbetsförmedlingen',
    en: 'Choose a cooperation agreement with Arbetsförmedlingen',
  },
  'validation.jobTrack.workingGroup': { sv: 'Arbetsgruppen hör inte till överenskommelsen', en: 'The working group does not belong to the agreement' },
  'validation.jobTrack.workingGroupNeedsAgreement': {
    sv: 'En arbetsgrupp kan bara anges när jobbspåret drivs tillsammans med Arbetsförmedlingen',
    en: 'A working group can only be given when the track is run jointly with Arbetsförmedlingen',
  },
};
