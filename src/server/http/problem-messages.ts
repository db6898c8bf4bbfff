import type { Language } from './language';

/** Titles of every problem code and texts of custom validation keys, in Swedish and English. */
export const problemMessages: Record<string, Record<Language, string>> = {
  validation_failed: { sv: 'Uppgifterna är inte giltiga', en: 'The input is not valid' },
  not_found: { sv: 'Hittades inte', en: 'Not found' },
  route_not_found: { sv: 'Adressen finns inte', en: 'No such address' },
  unauthenticated: { sv: 'Du behöver logga in', en: 'You need to log in' },
  invalid_credentials: { sv: 'Fel e-postadress eller lösenord', en: 'Wrong e-mail address or password' },
  forbidden: { sv: 'Du har inte behörighet till detta', en: 'You are not allowed to do this' },
  csrf_missing: {
    sv: 'Begäran saknar giltig CSRF-token (x-csrf-token)',
    en: 'The request lacks a valid CSRF token (x-csrf-token)',
  },
  password_change_required: {
    sv: 'Du behöver byta ditt tillfälliga lösenord innan du fortsätter',
    en: 'You need to change your temporary password before you continue',
  },
  too_many_attempts: {
    sv: 'För många misslyckade inloggningsförsök. Försök igen senare.',
    en: 'Too many failed login attempts. Try again later.',
  },
  version_conflict: {
    sv: 'Posten har ändrats av någon annan. Ladda om och försök igen.',
    en: 'The record was changed by someone else. Reload and try again.',
  },
  email_taken: { sv: 'E-postadressen används redan', en: 'The e-mail address is already in use' },
  wrong_password: { sv: 'Nuvarande lösenord stämmer inte', en: 'The current password is wrong' },
  cannot_disable_self: {
    sv: 'Du kan inte inaktivera ditt eget konto',
    en: 'You cannot disable your own account',
  },
  cannot_remove_own_admin: {
    sv: 'Du kan inte ta bort din egen administratörsroll',
    en: 'You cannot remove your own administrator role',
  },
  already_revoked: { sv: 'Token är redan återkallad', en: 'The token is already revoked' },
  invalid_cursor: { sv: 'Ogiltig sidmarkör', en: 'Invalid page cursor' },
  payload_too_large: { sv: 'Begäran är för stor', en: 'The request is too large' },
  unsupported_media_type: { sv: 'Innehållstypen stöds inte', en: 'Unsupported content type' },
  bad_request: { sv: 'Felaktig begäran', en: 'Bad request' },
  request_timeout: { sv: 'Begäran tog för lång tid', en: 'The request took too long' },
  internal_error: {
    sv: 'Ett oväntat fel inträffade. Försök igen eller kontakta support.',
    en: 'An unexpected error occurred. Try again or contact support.',
  },
  'validation.required': { sv: 'Fältet är obligatoriskt', en: 'This field is required' },
  'validation.email': { sv: 'Ange en giltig e-postadress', en: 'Enter a valid e-mail address' },
  'validation.roles.min': { sv: 'Välj minst en roll', en: 'Choose at least one role' },
  'validation.password.short': {
    sv: 'Lösenordet måste ha minst 12 tecken',
    en: 'The password must have at least 12 characters',
  },
  'validation.date': { sv: 'Ange ett datum (ÅÅÅÅ-MM-DD)', en: 'Enter a date (YYYY-MM-DD)' },
  'validation.datetime': { sv: 'Ange en tidpunkt i ISO 8601-format', en: 'Enter a time in ISO 8601 format' },
  'validation.unknown_property': { sv: 'Okänt fält', en: 'Unknown field' },
  'validation.invalid_json': { sv: 'Ogiltig JSON', en: 'Invalid JSON' },
};

/** The text of a message key in a language; unknown keys are returned unchanged. */
export function translate(key: string, language: Language): string {
  return problemMessages[key]?.[language] ?? key;
}
