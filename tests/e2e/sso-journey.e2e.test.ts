import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcTestProvider, type OidcTestProvider } from '../support/oidc-test-provider';
import { axeViolations } from './support/axe';
import { dialogGone, dialogShown, type Journey, startJourney } from './support/journey';
import { DEMO_USERS, heading, logIn, logOut } from './support/session';

// Issue 15: staff sign in through the city's identity service (a real OpenID Connect provider on
// the loopback address), get the role the administrator mapped their group to, and sign out at both.
describe('Single sign-on: the administrator maps a group, a member of staff signs in at the provider and out again', () => {
  let provider: OidcTestProvider;
  let journey: Journey & { url: string };
  let page: Page;
  // The provider's own pages fetch a web font and a favicon it lacks; only the app's errors count.
  const appErrors: string[] = [];

  beforeAll(async () => {
    provider = await startOidcTestProvider({ redirectUris: [], postLogoutRedirectUris: [] });
    provider.accounts.set('anna', { email: 'anna.andersson@stockholm.example', name: 'Anna Andersson', groups: ['sg-arbetsmarknad-handlaggare'] });
    provider.accounts.set('bertil', { email: 'bertil.berg@stockholm.example', name: 'Bertil Berg', groups: ['sg-annan-forvaltning'] });
    journey = await startJourney(/status of (400|401|404|409)|ERR_NAME_NOT_RESOLVED/, (url) => {
      provider.setClientUris({ redirectUris: [`${url}/api/auth/oidc/callback`], postLogoutRedirectUris: [`${url}/login?reason=logged-out`] });
      return {
        PUBLIC_URL: url,
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: provider.clientId,
        OIDC_CLIENT_SECRET: provider.clientSecret,
      };
    });
    page = journey.page;
    page.on('console', (message) => {
      const from = message.location().url;
      if (message.type() === 'error' && from.startsWith(journey.url) && !/status of (400|401|409)/.test(message.text())) {
        appErrors.push(`${from}: ${message.text()}`);
      }
    });
  });
  afterAll(async () => {
    await journey?.close();
    await provider?.close();
  });

  const main = () => page.getByRole('main');
  const ssoButton = () => page.getByRole('link', { name: 'Logga in med kommunens inloggning' });

  it('the administrator maps the group to a role on the sign-in page, in Swedish and English', async () => {
    await page.goto('/login');
    await ssoButton().waitFor();
    expect(await axeViolations(page, 'login page with single sign-on')).toEqual([]);
    await logIn(page, DEMO_USERS.admin.email);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${DEMO_USERS.admin.name}`);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inloggning och grupper' }).click();
    await expect.poll(() => heading(page)).toBe('Inloggning med kommunens inloggning');
    await main().getByText('Inga grupper är kopplade till roller än.', { exact: false }).waitFor();
    expect(await axeViolations(page, 'mapping page, empty')).toEqual([]);

    // Sending the form empty names what is missing, in Swedish.
    await main().getByRole('button', { name: 'Lägg till' }).click();
    await main().getByText('Obligatoriskt', { exact: false }).first().waitFor();

    for (const [group, role] of [
      ['sg-arbetsmarknad-handlaggare', 'Handläggare'],
      ['sg-tillfallig', 'Ekonom (Ekonomistaben)'],
    ] as const) {
      await main().getByRole('textbox', { name: 'Grupp' }).fill(group);
      await main().getByRole('combobox', { name: 'Roll' }).click();
      await page.getByRole('option', { name: role }).click();
      await main().getByRole('button', { name: 'Lägg till' }).click();
      await main().getByRole('table').getByRole('rowheader', { name: group }).waitFor();
    }
    expect(await axeViolations(page, 'mapping page with mappings')).toEqual([]);

    await main().getByRole('button', { name: 'Ta bort kopplingen sg-tillfallig – Ekonom (Ekonomistaben)' }).click();
    await dialogShown(page);
    expect(await axeViolations(page, 'confirm removal')).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: 'Ta bort' }).click();
    await dialogGone(page);
    await main().getByText('Kopplingen sg-tillfallig – Ekonom (Ekonomistaben) är borttagen.').waitFor();
    expect(await main().getByRole('rowheader', { name: 'sg-tillfallig' }).count()).toBe(0);

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => heading(page)).toBe("Sign-in with the city's sign-in");
    expect(await axeViolations(page, 'mapping page in English')).toEqual([]);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await expect.poll(() => heading(page)).toBe('Inloggning med kommunens inloggning');
    await logOut(page, DEMO_USERS.admin.name);
  });

  it('a member of staff signs in at the provider’s login page and lands signed in with the mapped role', async () => {
    await ssoButton().click();
    // The provider's own page (not the app's: axe does not judge it).
    await page.waitForURL(`${provider.issuer}/**`);
    await page.locator('input[name="login"]').fill('anna');
    await page.locator('input[name="password"]').fill('any-password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.waitForURL(`${journey.url}/`);
    await expect.poll(() => heading(page)).toBe('Välkommen, Anna Andersson');
    await main().getByText('Handläggare').first().waitFor();
    expect(await axeViolations(page, 'start page after single sign-on')).toEqual([]);
  });

  it('signing out ends the session at the provider too and returns to the login page', async () => {
    await page.getByRole('button', { name: 'Användarmeny för Anna Andersson' }).click();
    await page.getByRole('menuitem', { name: 'Logga ut' }).click();
    await page.waitForURL(`${provider.issuer}/session/end**`);
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL('**/login?reason=logged-out');
    await page.getByText('Du är utloggad.').waitFor();
    const session = await page.evaluate(async () => (await fetch('/api/auth/session')).status);
    expect(session).toBe(401);
  });

  it('a person whose groups give no role is refused with a message in Swedish and English', async () => {
    await ssoButton().click();
    await page.waitForURL(`${provider.issuer}/**`);
    await page.locator('input[name="login"]').fill('bertil');
    await page.locator('input[name="password"]').fill('any-password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.waitForURL('**/login?sso_error=no_role');
    const alert = main().getByRole('alert');
    await alert.getByText('Ditt konto hos kommunen ger ingen behörighet till Samverkan.', { exact: false }).waitFor();
    expect(await axeViolations(page, 'login page with a refusal')).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await alert.getByText('Your account at the city gives no access to Samverkan.', { exact: false }).waitFor();
    expect(await axeViolations(page, 'login page with a refusal in English')).toEqual([]);
    await page.getByRole('button', { name: 'Svenska' }).click();
    expect(journey.pageErrors).toEqual([]);
    expect(appErrors).toEqual([]);
  });
});
