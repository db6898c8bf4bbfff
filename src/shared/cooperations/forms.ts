/** Every form a cooperation can take (FRM-1; DESIGN.md "Central model"). */
export const COOPERATION_FORMS = [
  'iop',
  'procurement',
  'reserved_contract',
  'welfare_procurement',
  'direct_award',
  'vida',
  'informal',
  'external_funding',
  'integration_pact_membership',
  'job_partnership',
  'public_agreement',
] as const;

export type CooperationForm = (typeof COOPERATION_FORMS)[number];

/**
 * Informal cooperation is reported to the review group; every other form is formal and needs
 * its consultation (INI-2, INI-3).
 */
export function isFormalForm(form: CooperationForm): boolean {
  return form !== 'informal';
}

/** Lifecycle of a cooperation once an initiative has been recommended (DESIGN.md "Lifecycle"). */
export const COOPERATION_STATUSES = ['preparing', 'active', 'under_review', 'ended'] as const;
export type CooperationStatus = (typeof COOPERATION_STATUSES)[number];

/** Lifecycle of an initiative up to its recommendation and conversion into a cooperation. */
export const INITIATIVE_STATUSES = [
  'submitted',
  'in_review',
  'recommended',
  'not_recommended',
  'referred',
  'more_information',
  'converted',
  'withdrawn',
] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** The forms' names in the documents the server writes (exports, minutes); the web app has its own texts. */
export const FORM_NAMES: Record<'sv' | 'en', Record<CooperationForm, string>> = {
  sv: {
    iop: 'Idéburet offentligt partnerskap (IOP)',
    procurement: 'Offentlig upphandling (LOU)',
    reserved_contract: 'Reserverat kontrakt',
    welfare_procurement: 'Upphandling av välfärdstjänster',
    direct_award: 'Direktupphandling',
    vida: 'VIDA-modellen',
    informal: 'Informell samverkan',
    external_funding: 'Externa medel (t.ex. ESF)',
    integration_pact_membership: 'Medlemskap i Integrationspakten',
    job_partnership: 'Jobbpartnerskap',
    public_agreement: 'Överenskommelse med offentlig aktör',
  },
  en: {
    iop: 'Idea-based public partnership (IOP)',
    procurement: 'Public procurement (LOU)',
    reserved_contract: 'Reserved contract',
    welfare_procurement: 'Procurement of welfare services',
    direct_award: 'Direct award',
    vida: 'The VIDA model',
    informal: 'Informal cooperation',
    external_funding: 'External funding (e.g. ESF)',
    integration_pact_membership: 'Integration Pact membership',
    job_partnership: 'Job partnership',
    public_agreement: 'Agreement with a public body',
  },
};
