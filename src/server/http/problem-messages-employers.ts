import type { Language } from './language';

/** Messages of the employers' capability: Integrationspakten membership (EMP-1, issue 14). */
export const employerMembershipProblemMessages: Record<string, Record<Language, string>> = {
  application_closed: {
    sv: 'Ansökan är redan avgjord eller återkallad och kan inte ändras',
    en: 'The application has already been decided or withdrawn and cannot be changed',
  },
  application_not_approvable: {
    sv: 'Ansökan kan inte beviljas: den förenklade kontrollen ska vara gjord och godkänd och ansökan kopplad till en arbetsgivare i registret',
    en: 'The application cannot be approved: the simpler check must have been made and passed, and the application linked to an employer in the register',
  },
  'validation.membership.statement': {
    sv: 'Åtagandet behöver bekräftas för att ansökan ska kunna tas emot',
    en: 'The commitment must be confirmed for the application to be accepted',
  },
  'validation.employer.unknown': { sv: 'Välj en arbetsgivare i registret', en: 'Choose an employer in the register' },
  'validation.membership.notMembership': { sv: 'Det är inte ett medlemskap i Integrationspakten', en: 'This is not a membership of Integrationspakten' },
};

/** The rule each of these messages enforces. */
export const employerMembershipRequirements: Record<string, string> = {
  application_not_approvable: 'EMP-1',
  'validation.membership.statement': 'EMP-1',
};
