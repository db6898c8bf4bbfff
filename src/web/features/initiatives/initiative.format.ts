import type { TFunction } from 'i18next';
import type { FormAdviceView, FormVerdict } from '../../../shared/cooperations/form-guidance.schemas';
import type { InitiativeStatus } from '../../../shared/cooperations/forms';
import { isCooperationForm } from '../../../shared/initiatives/review.rules';

/** Badge colour per initiative status; the theme's shades keep light badges at AA contrast. */
export const INITIATIVE_STATUS_COLORS: Record<InitiativeStatus, string> = {
  submitted: 'brand',
  in_review: 'yellow',
  recommended: 'green',
  not_recommended: 'red',
  referred: 'orange',
  more_information: 'yellow',
  converted: 'green',
  withdrawn: 'gray',
};

/** Badge colour per verdict of the form guidance. */
export const VERDICT_COLORS: Record<FormVerdict, string> = {
  allowed: 'green',
  needs_assessment: 'yellow',
  not_allowed: 'red',
};

/** While the review group has not taken it up, or has asked for more, the initiative may be edited. */
export function isEditableStatus(status: InitiativeStatus): boolean {
  return status === 'submitted' || status === 'more_information';
}

/** A converted initiative lives on as its cooperation; a withdrawn one is already closed. */
export function isWithdrawable(status: InitiativeStatus): boolean {
  return status !== 'converted' && status !== 'withdrawn';
}

/** An amount in whole kronor for people: "1 500 000 kr". */
export function formatSek(amount: number | null | undefined, locale: string): string {
  if (amount === null || amount === undefined) return '';
  return `${amount.toLocaleString(locale, { maximumFractionDigits: 2 })} kr`;
}

/** How many forms got each verdict, for the panel's spoken summary. */
export function verdictCounts(forms: readonly Pick<FormAdviceView, 'verdict'>[]): Record<FormVerdict, number> {
  const counts: Record<FormVerdict, number> = { allowed: 0, needs_assessment: 0, not_allowed: 0 };
  for (const f of forms) counts[f.verdict] += 1;
  return counts;
}

/** The name of a cooperation form in the UI language; the code itself if it is not one we know. */
export function formLabel(t: TFunction, form: string | null | undefined): string {
  if (form === null || form === undefined) return '';
  return isCooperationForm(form) ? t(`initiatives.form_${form}`) : form;
}
