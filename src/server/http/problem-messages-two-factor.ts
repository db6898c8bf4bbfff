import type { Language } from './language';

/** Messages of two-factor sign-in and sessions (issue 15, decision 015). */
export const twoFactorProblemMessages: Record<string, Record<Language, string>> = {
  two_factor_enrolment_required: {
    sv: 'Du behöver lägga till tvåfaktorsinloggning innan du fortsätter',
    en: 'You need to set up two-factor sign-in before you continue',
  },
  login_challenge_invalid: {
    sv: 'Inloggningen har gått ut. Ange e-postadress och lösenord igen.',
    en: 'The sign-in has expired. Enter your e-mail address and password again.',
  },
  invalid_second_factor: {
    sv: 'Koden stämmer inte eller har redan använts',
    en: 'The code is wrong or has already been used',
  },
  two_factor_already_enrolled: {
    sv: 'Tvåfaktorsinloggning är redan på för kontot',
    en: 'Two-factor sign-in is already on for the account',
  },
  two_factor_not_pending: {
    sv: 'Starta om tillägget av tvåfaktorsinloggning',
    en: 'Start setting up two-factor sign-in again',
  },
  two_factor_not_enrolled: {
    sv: 'Tvåfaktorsinloggning är inte på för kontot',
    en: 'Two-factor sign-in is not on for the account',
  },
  two_factor_required_by_policy: {
    sv: 'Tvåfaktorsinloggning krävs för ditt konto och kan inte stängas av',
    en: 'Two-factor sign-in is required for your account and cannot be turned off',
  },
  'validation.twoFactor.code': { sv: 'Ange koden med sex siffror', en: 'Enter the six-digit code' },
  'validation.twoFactor.wrongCode': {
    sv: 'Koden stämmer inte eller har redan använts. Vänta på nästa kod i appen.',
    en: 'The code is wrong or has already been used. Wait for the next code in the app.',
  },
  'validation.twoFactor.recoveryCode': {
    sv: 'Ange återställningskoden med tio tecken',
    en: 'Enter the ten-character recovery code',
  },
};
