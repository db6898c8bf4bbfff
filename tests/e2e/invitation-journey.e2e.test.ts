import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { dialogGone, dialogShown, type Journey, startJourney } from './support/journey';
import { DEMO_USERS, heading, logIn, logOut } from './support/session';

const ORGANISATION = 'Kompis Sverige';
const INVITED_EMAIL = 'ny.kontakt@kompis.example';
const INVITED_NAME = 'Kontaktperson Kompis Sverige';
const PASSWORD = 'Kompis-kontakt-2026!';

describe('Invited partner accounts in the browser (issue 15)', () => {
  let journey: Journey;
  let page: Page;
  let invited: BrowserContext | undefined;
  let link = '';

  beforeAll(async () => {
    // The invitation page refuses a used link on purpose (410) at the end.
    journey = await startJourney(/status of (400|401|409|410)/);
    page = journey.page;
  });
  afterAll(async () => {
    await invited?.close().catch(() => undefined);
    await journey?.close();
  });

  const main = () => page.getByRole('main');

  it("lets an officer invite a person on the organisation's page and shows the link to pass on (no SMTP here)", async () => {
    await page.goto('/');
    await page.waitForURL('**/login');
    await logIn(page, DEMO_USERS.officer.email);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${DEMO_USERS.officer.name}`);
    const { items } = await (await page.request.get(`/api/organisations?q=${encodeURIComponent(ORGANISATION)}&limit=5`)).json();
    const organisation = items.find((o: { name: string }) => o.name === ORGANISATION);
    await page.goto(`/organisationer/${organisation.id}`);
    await expect.poll(() => heading(page)).toBe(ORGANISATION);
    await page.getByRole('tab', { name: 'Partnerkonton' }).click();
    await main().getByRole('heading', { name: 'Bjud in' }).waitFor();
    await main().getByText('Organisationen har inga partnerkonton ännu.').waitFor();
    expect(await axeViolations(page, 'staff partner accounts')).toEqual([]);

    const form = main().getByRole('form', { name: 'Bjud in' });
    await form.getByRole('textbox', { name: 'Namn' }).fill(INVITED_NAME);
    await form.getByRole('textbox', { name: 'E-postadress' }).fill('inte-en-adress');
    await form.getByRole('button', { name: 'Bjud in' }).click();
    await form.getByText('Ange en giltig e-postadress').waitFor();
    await form.getByRole('textbox', { name: 'E-postadress' }).fill(INVITED_EMAIL);
    await form.getByRole('checkbox', { name: /Kontaktperson/ }).check();
    await form.getByRole('button', { name: 'Bjud in' }).click();

    const dialog = page.getByRole('dialog', { name: 'Länk till inbjudan' });
    await dialogShown(page);
    link = await dialog.getByTestId('secret-value').inputValue();
    expect(link).toMatch(/\/inbjudan#[A-Za-z0-9_-]{43}$/);
    expect(await axeViolations(page, 'invitation link dialog')).toEqual([]);
    await dialog.getByRole('button', { name: 'Klar' }).click();
    await dialogGone(page);
    const invitations = main().getByRole('table', { name: 'Inbjudningar' });
    await invitations.getByRole('row', { name: new RegExp(INVITED_EMAIL) }).getByText('Väntar').waitFor();
    await logOut(page, DEMO_USERS.officer.name);
  });

  it('lets the invited person open the link in a fresh browser, in Swedish and English, and set a password', async () => {
    const browser = page.context().browser() as Browser;
    invited = await browser.newContext({ baseURL: new URL(link).origin, viewport: { width: 1366, height: 900 }, locale: 'sv-SE' });
    const fresh = await invited.newPage();
    await fresh.goto(link);
    await expect.poll(() => heading(fresh)).toBe('Inbjudan till Samverkan');
    await fresh.getByText(`Du har bjudits in till ett konto för ${ORGANISATION}.`).waitFor();
    await fresh.getByText(INVITED_EMAIL, { exact: false }).waitFor();
    expect(await axeViolations(fresh, 'invitation page sv')).toEqual([]);

    await fresh.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => heading(fresh)).toBe('Invitation to Samverkan');
    expect(await axeViolations(fresh, 'invitation page en')).toEqual([]);
    await fresh.getByRole('button', { name: 'Svenska' }).click();
    await expect.poll(() => heading(fresh)).toBe('Inbjudan till Samverkan');

    await fresh.getByRole('textbox', { name: 'Ditt namn' }).fill(INVITED_NAME);
    await fresh.getByLabel('Välj lösenord').fill(PASSWORD);
    await fresh.getByLabel('Upprepa lösenordet').fill(`${PASSWORD}x`);
    await fresh.getByRole('button', { name: 'Skapa konto' }).click();
    await fresh.getByText('Lösenorden är inte lika').waitFor();
    expect(await axeViolations(fresh, 'invitation page with errors')).toEqual([]);
    await fresh.getByLabel('Upprepa lösenordet').fill(PASSWORD);
    await fresh.getByRole('button', { name: 'Skapa konto' }).click();
    await fresh.getByText('Ditt konto är skapat').waitFor();

    // The link is used up: opened again, it is refused.
    await fresh.goto('/');
    await fresh.goto(link);
    await fresh.getByText('Inbjudan har redan använts', { exact: false }).waitFor();

    await fresh.goto('/login');
    await fresh.getByRole('textbox', { name: 'E-postadress' }).fill(INVITED_EMAIL);
    await fresh.getByRole('textbox', { name: 'Lösenord' }).fill(PASSWORD);
    await fresh.getByRole('button', { name: 'Logga in' }).click();
    await expect.poll(() => heading(fresh)).toBe(`Välkommen, ${INVITED_NAME}`);
    const menu = fresh.getByRole('navigation', { name: 'Huvudmeny' });
    await menu.getByRole('link', { name: 'Att rapportera' }).waitFor();
    await menu.getByRole('link', { name: 'Vår organisations användare' }).click();
    await expect.poll(() => heading(fresh)).toBe('Vår organisations användare');
    await fresh.getByRole('table', { name: 'Konton' }).getByText(INVITED_NAME).waitFor();
    expect(await axeViolations(fresh, 'own organisation users')).toEqual([]);

    // As the contact, the person invites a colleague (never as contact) and revokes the invitation again.
    const form = fresh.getByRole('form', { name: 'Bjud in' });
    expect(await form.getByRole('checkbox').count()).toBe(0);
    await form.getByRole('textbox', { name: 'Namn' }).fill('Kollega Kompis Sverige');
    await form.getByRole('textbox', { name: 'E-postadress' }).fill('kollega@kompis.example');
    await form.getByRole('button', { name: 'Bjud in' }).click();
    await dialogShown(fresh);
    await fresh.getByRole('dialog', { name: 'Länk till inbjudan' }).getByRole('button', { name: 'Klar' }).click();
    await dialogGone(fresh);
    await fresh.getByRole('button', { name: 'Återkalla inbjudan till kollega@kompis.example' }).click();
    const confirm = fresh.getByRole('dialog', { name: 'Återkalla inbjudan?' });
    await dialogShown(fresh);
    expect(await axeViolations(fresh, 'revoke confirmation')).toEqual([]);
    await confirm.getByRole('button', { name: 'Återkalla' }).click();
    await dialogGone(fresh);
    await fresh.getByRole('table', { name: 'Inbjudningar' }).getByRole('row', { name: /kollega@kompis.example/ }).getByText('Återkallad').waitFor();
    expect(journey.pageErrors).toEqual([]);
  });
});
