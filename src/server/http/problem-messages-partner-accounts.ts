import type { Language } from './language';

/** Messages of invited partner accounts (issue 15). */
export const partnerAccountProblemMessages: Record<string, Record<Language, string>> = {
  not_partner_contact: {
    sv: 'Bara organisationens kontaktperson hanterar organisationens användare',
    en: "Only the organisation's contact manages its users",
  },
  organisation_not_active: {
    sv: 'Organisationen är arkiverad. Bara en aktiv organisation i registret kan få partnerkonton.',
    en: 'The organisation is archived. Only an active organisation in the register can have partner accounts.',
  },
  invitation_email_taken: {
    sv: 'Det finns redan ett aktivt konto med den här e-postadressen',
    en: 'An active account with this e-mail address already exists',
  },
  invitation_email_ended: {
    sv: 'E-postadressen hör till ett avslutat konto. En administratör kan aktivera det igen under Användare.',
    en: 'The e-mail address belongs to an ended account. An administrator can enable it again under Users.',
  },
  invitation_pending: {
    sv: 'Den här e-postadressen har redan en inbjudan som väntar. Återkalla den först om du vill skicka en ny.',
    en: 'This e-mail address already has a pending invitation. Revoke it first to send a new one.',
  },
  contact_may_not_invite: {
    sv: 'Handläggarna har inte gett organisationens kontaktperson rätt att bjuda in användare',
    en: "The staff have not allowed the organisation's contact to invite users",
  },
  contact_may_not_grant_contact: {
    sv: 'Bara stadens handläggare kan utse en kontaktperson',
    en: 'Only the city staff can appoint a contact',
  },
  partner_account_limit_reached: {
    sv: 'Organisationen har redan så många konton och väntande inbjudningar som handläggarna tillåter',
    en: 'The organisation already has as many accounts and pending invitations as the staff allow',
  },
  invitation_not_pending: {
    sv: 'Inbjudan väntar inte längre: den är redan använd, återkallad eller har gått ut',
    en: 'The invitation is no longer pending: it has been used, revoked or has expired',
  },
  partner_account_ended: { sv: 'Kontot är redan avslutat', en: 'The account has already been ended' },
  contact_may_not_end_contact: {
    sv: 'En kontaktpersons konto avslutas av stadens handläggare',
    en: "A contact's account is ended by the city staff",
  },
  invitation_not_found: {
    sv: 'Länken till inbjudan är inte giltig. Kontrollera att du har kopierat hela länken.',
    en: 'The invitation link is not valid. Check that you copied the whole link.',
  },
  invitation_used: {
    sv: 'Inbjudan har redan använts. Logga in med den e-postadress och det lösenord du valde.',
    en: 'The invitation has already been used. Sign in with the e-mail address and password you chose.',
  },
  invitation_revoked: {
    sv: 'Inbjudan har återkallats. Kontakta den som bjöd in dig om du behöver en ny.',
    en: 'The invitation has been revoked. Contact the person who invited you if you need a new one.',
  },
  invitation_expired: {
    sv: 'Inbjudan har gått ut. Be den som bjöd in dig om en ny inbjudan.',
    en: 'The invitation has expired. Ask the person who invited you for a new one.',
  },
  invitation_organisation_inactive: {
    sv: 'Organisationen som inbjudan gäller är inte längre aktiv i registret',
    en: 'The organisation the invitation is for is no longer active in the register',
  },
  'validation.password.mismatch': { sv: 'Lösenorden är inte lika', en: 'The passwords do not match' },
  'validation.invitation.token': { sv: 'Länken till inbjudan är inte giltig', en: 'The invitation link is not valid' },
  'validation.partnerAccounts.maxAccounts': {
    sv: 'Ange ett heltal mellan 1 och 100',
    en: 'Enter a whole number between 1 and 100',
  },
};
