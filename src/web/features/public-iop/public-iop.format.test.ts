import { describe, expect, it } from 'vitest';
import { hasContact, publisherNames, targetGroupNames, telHref } from './public-iop.format';

const groups = [
  { code: 'newly_arrived', nameSv: 'Nyanlända vuxna', nameEn: 'Newly arrived adults' },
  { code: 'youth_16_29', nameSv: 'Unga 16–29 år', nameEn: 'Young people aged 16–29' },
];
const contact = { name: '', email: '', phone: '', web: '', address: '', text: '', proposalPath: '/foresla-samverkan' as const };

describe('public IOP page formatting (IOP-10)', () => {
  it('IOP-10: names target groups in the UI language, keeping their order', () => {
    expect(targetGroupNames(groups, 'sv')).toEqual(['Nyanlända vuxna', 'Unga 16–29 år']);
    expect(targetGroupNames(groups, 'en')).toEqual(['Newly arrived adults', 'Young people aged 16–29']);
  });

  it('IOP-10: dials the contact phone without spaces or dashes', () => {
    expect(telHref('08-508 000 00')).toBe('tel:0850800000');
    expect(telHref('+46 8 508 000 00')).toBe('tel:+46850800000');
  });

  it('IOP-10: the contact function counts as published when any part of it is set', () => {
    expect(hasContact(contact)).toBe(false);
    expect(hasContact({ ...contact, address: '   ' })).toBe(false);
    expect(hasContact({ ...contact, phone: '08-508 000 00' })).toBe(true);
    expect(hasContact({ ...contact, web: 'https://kommun.example/iop' })).toBe(true);
  });

  it('IOP-10: a name or a text alone is no way to reach anyone, so it does not count as a contact', () => {
    expect(hasContact({ ...contact, name: 'IOP-funktionen', text: 'Vi svarar inom en vecka.' })).toBe(false);
  });

  it('IOP-10: names the publisher in the UI language; an English name left empty falls back to the Swedish one', () => {
    const view = { committeeNameSv: 'Arbetsmarknadsnämnden', committeeNameEn: 'Labour Market Committee', municipalityNameSv: 'Exempelby kommun', municipalityNameEn: '' };
    expect(publisherNames(view, 'sv')).toEqual({ committee: 'Arbetsmarknadsnämnden', municipality: 'Exempelby kommun' });
    expect(publisherNames(view, 'en')).toEqual({ committee: 'Labour Market Committee', municipality: 'Exempelby kommun' });
    expect(publisherNames(undefined, 'sv')).toEqual({ committee: '', municipality: '' });
  });
});
