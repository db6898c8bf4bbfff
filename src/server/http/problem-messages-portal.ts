import type { Language } from './language';

/** Messages of the partner portal: partner-control documents a partner submits (ORG-4, issue 15). */
export const portalProblemMessages: Record<string, Record<Language, string>> = {
  submission_waiting: {
    sv: 'Ett dokument av det här slaget väntar redan på att handläggaren tar emot det',
    en: 'A document of this kind is already waiting for staff to accept it',
  },
  submission_settled: {
    sv: 'Dokumentet är redan godkänt eller returnerat',
    en: 'The document has already been accepted or returned',
  },
  'validation.submission.returnComment': {
    sv: 'Skriv vad partnern behöver rätta eller komplettera',
    en: 'Write what the partner needs to correct or add',
  },
};

/** The rule each of these messages enforces. */
export const portalRequirements: Record<string, string> = {
  submission_waiting: 'ORG-4',
};
