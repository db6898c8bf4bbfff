import type { Language } from '../../http/language';

/** A mail's subject and plain text. */
export type MailText = { subject: string; text: string };

/**
 * The invitation to a partner account (issue 15), in the inviter's language. It names the
 * organisation and the expiry so the person can tell a real invitation from a stray one.
 */
export function invitationMail(facts: { name: string; organisationName: string; link: string; expiresOn: string }, language: Language): MailText {
  if (language === 'en') {
    return {
      subject: `Invitation to Samverkan for ${facts.organisationName}`,
      text: [
        `Hello ${facts.name},`,
        '',
        `You have been invited to an account in Samverkan, the City of Stockholm's system for cooperations, for ${facts.organisationName}.`,
        `Open the link, choose a password and sign in. The link can be used once and is valid until ${facts.expiresOn}:`,
        '',
        facts.link,
        '',
        'If you did not expect this invitation, you need not do anything: no account is created without the link.',
      ].join('\n'),
    };
  }
  return {
    subject: `Inbjudan till Samverkan för ${facts.organisationName}`,
    text: [
      `Hej ${facts.name}!`,
      '',
      `Du har bjudits in till ett konto i Samverkan, Stockholms stads system för samverkan, för ${facts.organisationName}.`,
      `Öppna länken, välj ett lösenord och logga in. Länken kan användas en gång och gäller till och med ${facts.expiresOn}:`,
      '',
      facts.link,
      '',
      'Om du inte väntade dig inbjudan behöver du inte göra något: inget konto skapas utan länken.',
    ].join('\n'),
  };
}

/**
 * The page a link opens, with the token in the fragment: a browser never sends the fragment to
 * any server, so the token stays out of access logs of the page and out of Referer headers.
 */
export function invitationLink(publicUrl: string, token: string): string {
  return `${publicUrl}/inbjudan#${token}`;
}
