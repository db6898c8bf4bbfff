import { CONFIRMATION_VALID_DAYS } from '../../../shared/newsletter/newsletter.rules';
import type { Language } from '../../http/language';

/** A mail's subject and plain text. */
export type MailText = { subject: string; text: string };

/** Who sends the newsletter, in both languages; empty names when the administrator has not set them. */
export type Sender = { committeeSv: string; committeeEn: string };

const fromSv = (s: Sender) => (s.committeeSv ? ` från ${s.committeeSv}` : '');
const fromEn = (s: Sender) => (s.committeeEn ? ` from ${s.committeeEn}` : '');

/** The confirmation mail of a new or repeated subscription (IOP-10, double opt-in), in the language of the page it came from. */
export function confirmationMail(link: string, sender: Sender, language: Language): MailText {
  if (language === 'en') {
    return {
      subject: 'Confirm your subscription to the IOP newsletter',
      text: [
        'Hello,',
        '',
        `Someone, hopefully you, asked for this address to receive the newsletter about non-profit public partnerships (IOP)${fromEn(sender)}.`,
        `Confirm the subscription by opening this link within ${CONFIRMATION_VALID_DAYS} days:`,
        '',
        link,
        '',
        'If you did not ask for it, you need not do anything: the address is deleted by itself when it is not confirmed.',
      ].join('\n'),
    };
  }
  return {
    subject: 'Bekräfta din prenumeration på nyhetsbrevet om IOP',
    text: [
      'Hej!',
      '',
      `Någon, förhoppningsvis du, har anmält den här adressen till nyhetsbrevet om idéburna offentliga partnerskap (IOP)${fromSv(sender)}.`,
      `Bekräfta prenumerationen genom att öppna länken inom ${CONFIRMATION_VALID_DAYS} dagar:`,
      '',
      link,
      '',
      'Har du inte anmält dig behöver du inte göra något: adressen raderas av sig själv om den inte bekräftas.',
    ].join('\n'),
  };
}

/**
 * The answer to a subscription of an address that is already confirmed: nothing changes, and the
 * owner learns how to leave — the way out for someone who has no newsletter mail left to click in.
 */
export function alreadySubscribedMail(unsubscribeLink: string, sender: Sender, language: Language): MailText {
  if (language === 'en') {
    return {
      subject: 'You already subscribe to the IOP newsletter',
      text: [
        'Hello,',
        '',
        `Someone asked for this address to receive the newsletter about IOP${fromEn(sender)}. The address already receives it, so nothing has changed.`,
        '',
        `To stop receiving the newsletter: ${unsubscribeLink}`,
      ].join('\n'),
    };
  }
  return {
    subject: 'Du prenumererar redan på nyhetsbrevet om IOP',
    text: [
      'Hej!',
      '',
      `Någon har anmält den här adressen till nyhetsbrevet om IOP${fromSv(sender)}. Adressen får redan nyhetsbrevet, så ingenting har ändrats.`,
      '',
      `Vill du inte längre få nyhetsbrevet: ${unsubscribeLink}`,
    ].join('\n'),
  };
}

/**
 * One newsletter mail (IOP-10): the news item as written, then why the reader gets it and the
 * subscriber's own unsubscribe link, in Swedish and English (the address is all that is stored,
 * not a language).
 */
export function newsletterMail(item: { subject: string; body: string }, unsubscribeLink: string, sender: Sender): MailText {
  return {
    subject: item.subject,
    text: [
      item.body,
      '',
      '-- ',
      `Du får det här brevet eftersom du prenumererar på nyhetsbrevet om IOP${fromSv(sender)}.`,
      `Avsluta prenumerationen: ${unsubscribeLink}`,
      '',
      `You receive this mail because you subscribe to the IOP newsletter${fromEn(sender)}.`,
      `Unsubscribe: ${unsubscribeLink}`,
      '',
      `List-Unsubscribe: <${unsubscribeLink}>`,
    ].join('\n'),
  };
}
