import type { EmployerSizeBand, EmployerType } from './membership.rules';

/** Names of employer types in Swedish and English, for exports and reports (EMP-1); the web app has its own texts. */
export const EMPLOYER_TYPE_NAMES: Record<'sv' | 'en', Record<EmployerType, string>> = {
  sv: {
    company: 'Företag',
    platform_company: 'Plattforms- eller gigföretag',
    social_enterprise: 'Socialt företag',
    public_employer: 'Offentlig arbetsgivare',
    other: 'Annan arbetsgivare',
  },
  en: {
    company: 'Company',
    platform_company: 'Platform or gig company',
    social_enterprise: 'Social enterprise',
    public_employer: 'Public employer',
    other: 'Other employer',
  },
};

/** Names of size bands by number of employees. */
export const EMPLOYER_SIZE_BAND_NAMES: Record<'sv' | 'en', Record<EmployerSizeBand, string>> = {
  sv: { micro: '1–9 anställda', small: '10–49 anställda', medium: '50–249 anställda', large: '250 anställda eller fler' },
  en: { micro: '1–9 employees', small: '10–49 employees', medium: '50–249 employees', large: '250 employees or more' },
};
