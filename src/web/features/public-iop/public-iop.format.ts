import type { PublicIopContactView, PublicIopView, PublicPublisherView } from '../../../shared/public/public-iop.schemas';

type Language = 'sv' | 'en';

/** The target groups' names in the UI language, in the order given. */
export function targetGroupNames(groups: PublicIopView['targetGroups'], language: Language): string[] {
  return groups.map((g) => (language === 'en' ? g.nameEn : g.nameSv));
}

/** A telephone link target: digits and a leading +, without spaces or dashes. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** Whether the administrator has published a way to reach the contact function (a name or text alone is not one). */
export function hasContact(contact: PublicIopContactView): boolean {
  return [contact.email, contact.phone, contact.web, contact.address].some((v) => v.trim().length > 0);
}

export type PublisherNames = { committee: string; municipality: string };

/** The committee's and municipality's names in the UI language; an English name left empty falls back to the Swedish one. */
export function publisherNames(view: PublicPublisherView | undefined, language: Language): PublisherNames {
  if (!view) return { committee: '', municipality: '' };
  const pick = (sv: string, en: string) => (language === 'en' && en.trim() !== '' ? en : sv).trim();
  return { committee: pick(view.committeeNameSv, view.committeeNameEn), municipality: pick(view.municipalityNameSv, view.municipalityNameEn) };
}
