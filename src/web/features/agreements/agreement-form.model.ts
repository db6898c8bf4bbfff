import type { AgreementVersionView, UpdateAgreementInput } from '../../../shared/agreements/agreement.schemas';
import { IOP_TERMS, type IopTerm, missingTerms } from '../../../shared/agreements/terms.rules';

/** A party row of the form: the organisation as picked (with its number for display) and the signatory. */
export type PartyRow = { organisationId: string | null; name: string; orgNumber: string | null; signatory: string };
/** An economy row of the form: amounts as typed, so a half-written number is not lost. */
export type EconomyFormRow = { year: string; organisationId: string | null; moneySek: string; inKindSek: string; note: string };

/** What the agreement editor holds while the user writes. */
export type AgreementForm = {
  title: string;
  terms: Record<IopTerm, { text: string; complete: boolean }>;
  startDate: string;
  endDate: string;
  noticeMonths: string;
  parties: PartyRow[];
  economy: EconomyFormRow[];
};

/** The editor's starting point: the version's content, every IOP-5 section present. */
export function agreementFormFrom(title: string, v: AgreementVersionView): AgreementForm {
  return {
    title,
    terms: Object.fromEntries(IOP_TERMS.map((t) => [t, { text: v.terms[t]?.text ?? '', complete: v.terms[t]?.complete ?? false }])) as AgreementForm['terms'],
    startDate: v.startDate ?? '',
    endDate: v.endDate ?? '',
    noticeMonths: v.noticeMonths === null ? '' : String(v.noticeMonths),
    parties: v.parties.map((p) => ({ organisationId: p.organisationId, name: p.name, orgNumber: p.orgNumber, signatory: p.signatory })),
    economy: v.economy.map((e) => ({ year: String(e.year), organisationId: e.organisationId, moneySek: String(e.moneySek), inKindSek: String(e.inKindSek), note: e.note ?? '' })),
  };
}

/** The IOP-5 sections the form does not yet have written and marked complete. */
export function formMissingTerms(form: AgreementForm): IopTerm[] {
  return missingTerms(form.terms);
}

const WHOLE = /^\d+$/;
// Swedish users type "500 000" or "500 000"; spaces are thousands separators, not errors.
const amount = (text: string) => text.replace(/[\s\u00a0]/g, '');

/**
 * The form's mistakes keyed like the server's field paths (e.g. `parties.0.signatory`), with the
 * message keys the server uses, so that one display serves both.
 */
export function validateAgreementForm(form: AgreementForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (form.title.trim() === '') errors.title = 'validation.required';
  if (form.startDate && form.endDate && form.startDate > form.endDate) errors.endDate = 'validation.dateRange';
  if (form.noticeMonths.trim() !== '' && (!WHOLE.test(form.noticeMonths.trim()) || Number(form.noticeMonths) > 120)) errors.noticeMonths = 'validation.duration';
  const ids = form.parties.map((p) => p.organisationId);
  form.parties.forEach((p, i) => {
    if (!p.organisationId) errors[`parties.${i}.organisationId`] = 'validation.required';
    else if (ids.indexOf(p.organisationId) !== i) errors[`parties.${i}.organisationId`] = 'validation.agreement.duplicateParty';
    if (p.signatory.trim() === '') errors[`parties.${i}.signatory`] = 'validation.required';
  });
  form.economy.forEach((e, i) => {
    const year = Number(e.year);
    if (!WHOLE.test(e.year.trim()) || year < 1900 || year > 2200) errors[`economy.${i}.year`] = 'validation.year';
    if (!e.organisationId || !ids.includes(e.organisationId)) errors[`economy.${i}.organisationId`] = 'validation.agreement.economyParty';
    if (!WHOLE.test(amount(e.moneySek))) errors[`economy.${i}.moneySek`] = 'validation.money';
    if (!WHOLE.test(amount(e.inKindSek))) errors[`economy.${i}.inKindSek`] = 'validation.money';
  });
  return errors;
}

/** The PATCH body of a valid form at the agreement version the user saw. */
export function toUpdateInput(form: AgreementForm, version: number): UpdateAgreementInput {
  return {
    version,
    title: form.title.trim(),
    terms: form.terms,
    startDate: form.startDate || null,
    endDate: form.endDate || null,
    noticeMonths: form.noticeMonths.trim() === '' ? null : Number(form.noticeMonths),
    parties: form.parties.map((p) => ({ organisationId: p.organisationId ?? '', signatory: p.signatory.trim() })),
    economy: form.economy.map((e) => ({
      year: Number(e.year),
      organisationId: e.organisationId ?? '',
      moneySek: Number(amount(e.moneySek)),
      inKindSek: Number(amount(e.inKindSek)),
      note: e.note.trim() === '' ? null : e.note.trim(),
    })),
  };
}

/** One year's sums over every party: money, in kind and both together. */
export type YearTotal = { year: number; moneySek: number; inKindSek: number; totalSek: number };

/** The economy's totals per year, earliest first; rows with unreadable numbers are left out. */
export function economyTotals(rows: { year: number | string; moneySek: number | string; inKindSek: number | string }[]): YearTotal[] {
  const byYear = new Map<number, YearTotal>();
  for (const row of rows) {
    const year = Number(row.year);
    const money = Number(amount(String(row.moneySek)));
    const inKind = Number(amount(String(row.inKindSek)));
    if (!Number.isInteger(year) || !Number.isFinite(money) || !Number.isFinite(inKind)) continue;
    const total = byYear.get(year) ?? { year, moneySek: 0, inKindSek: 0, totalSek: 0 };
    total.moneySek += money;
    total.inKindSek += inKind;
    total.totalSek += money + inKind;
    byYear.set(year, total);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** Kronor in the UI language's style, e.g. "500 000 kr". */
export function formatSek(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(value);
}
