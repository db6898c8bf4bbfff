import type { Language } from './language';

/** Messages of staff single sign-on and of passwords for staff (issue 15, decision 014). */
export const ssoProblemMessages: Record<string, Record<Language, string>> = {
  sso_not_configured: {
    sv: 'Inloggning med kommunens inloggningstjänst är inte påslagen',
    en: "Sign-in with the city's identity service is not switched on",
  },
  sso_mapping_exists: {
    sv: 'Gruppen ger redan den rollen',
    en: 'The group already gives that role',
  },
  staff_passwords_off: {
    sv: 'Medarbetare loggar in med kommunens inloggning. Inloggning med lösenord är avstängd för medarbetarkonton.',
    en: "Staff sign in with the city's sign-in. Signing in with a password is turned off for staff accounts.",
  },
  'validation.sso.claimValueTooLong': { sv: 'Gruppens värde får vara högst 500 tecken', en: "The group's value may be at most 500 characters" },
  'validation.sso.role': { sv: 'Välj en roll', en: 'Choose a role' },
};
