import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage, type UiLanguage } from '../../api/client';
import { en, type Messages } from './en.messages';
import { sv } from './sv.messages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

const STORAGE_KEY = 'samverkan.language';
export const LANGUAGES: readonly UiLanguage[] = ['sv', 'en'];

function isLanguage(value: unknown): value is UiLanguage {
  return value === 'sv' || value === 'en';
}

function storedLanguage(): UiLanguage {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'sv';
  } catch {
    // Storage can be blocked (privacy settings); Swedish is the default then.
    return 'sv';
  }
}

function applyLanguage(language: UiLanguage): void {
  document.documentElement.lang = language;
  setApiLanguage(language);
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembering the choice is acceptable; the page still switches.
  }
}

/** Starts i18next with Swedish as default, the remembered choice, and keeps `<html lang>` in step. */
export function initI18n(): typeof i18next {
  const language = storedLanguage();
  i18next.on('languageChanged', (lng) => applyLanguage(isLanguage(lng) ? lng : 'sv'));
  void i18next.use(initReactI18next).init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng: language,
    fallbackLng: 'sv',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  applyLanguage(language);
  return i18next;
}

/** The active UI language. */
export function currentLanguage(): UiLanguage {
  return isLanguage(i18next.language) ? i18next.language : 'sv';
}

/** Locale tag for dates and numbers in the active language. */
export function currentLocale(): string {
  return currentLanguage() === 'en' ? 'en-GB' : 'sv-SE';
}
