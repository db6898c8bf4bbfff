import type { PublicIopContactView, PublicIopView } from '../../../shared/public/public-iop.schemas';

type Language = 'sv' | 'en';

/** The target groups' names in the UI language, in the order given. */
export function targetGroupNames(groups: PublicIopView['targetGroups'], language: Language): string[] {
  return groups.map((g) => (language === 'en' ? g.nameEn : g.nameSv));
}

/** A telephone link target: digits and a leading +, without spaces or dashes. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** Whether the administrator has published any part of the contact function. */
export function hasContact(contact: PublicIopContactView): boolean {
  return [contact.address, contact.phone, contact.email].some((v) => v.trim().length > 0);
}
