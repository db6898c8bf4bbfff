import { Secret, TOTP } from 'otpauth';
import type { APIRequestContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { dialogGone, dialogShown, type Journey, startJourney } from './support/journey';
import { DEMO_PASSWORD, DEMO_USERS, heading, logIn, logOut } from './support/session';

const ADMIN = DEMO_USERS.admin;

/** The code an authenticator app would show `steps` 30-second steps from now. */
function codeAt(secret: string, steps = 0): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + steps * 30_000 });
}

describe('Two-factor sign-in and one’s own sessions (issue 15)', () => {
  let journey: Journey;
  let page: Page;
  let elsewhere: APIRequestContext;
  let secret = '';
  let recoveryCodes: string[] = [];

  beforeAll(async () => {
    journey = await startJourney(/status of (400|401|403|409)/);
    page = journey.page;
  });
  afterAll(() => journey?.close());

  const main = () => page.getByRole('main');

  async function axeInBothLanguages(label: string, englishHeading: string, swedishHeading: string): Promise<void> {
    expect(await axeViolations(page, `${label} (sv)`)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => heading(page)).toBe(englishHeading);
    expect(await axeViolations(page, `${label} (en)`)).toEqual([]);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await expect.poll(() => heading(page)).toBe(swedishHeading);
  }

  it('issue 15: an administrator adds two-factor sign-in with the QR code’s key and sees the recovery codes once', async () => {
    await page.goto('/login');
    // A second browser of the same administrator, with cookies of its own.
    const browser = page.context().browser();
    if (!browser) throw new Error('no browser');
    elsewhere = (await browser.newContext({ baseURL: new URL(page.url()).origin })).request;
    await expect.poll(() => heading(page)).toBe('Logga in');
    await axeInBothLanguages('login page', 'Log in', 'Logga in');
    await logIn(page, ADMIN.email);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${ADMIN.name}`);

    await page.getByRole('button', { name: `Användarmeny för ${ADMIN.name}` }).click();
    await page.getByRole('menuitem', { name: 'Säkerhet och inloggningar' }).click();
    await expect.poll(() => heading(page)).toBe('Säkerhet och inloggningar');
    expect(await page.getByTestId('two-factor-status').textContent()).toBe('Av');
    await axeInBothLanguages('security page', 'Security and sign-ins', 'Säkerhet och inloggningar');

    await main().getByRole('link', { name: 'Lägg till tvåfaktorsinloggning' }).click();
    await expect.poll(() => heading(page)).toBe('Lägg till tvåfaktorsinloggning');
    await axeInBothLanguages('enrolment page', 'Set up two-factor sign-in', 'Lägg till tvåfaktorsinloggning');

    await page.getByRole('button', { name: 'Visa QR-kod' }).click();
    await page.getByRole('img', { name: 'QR-kod för att lägga till Samverkan i autentiseringsappen' }).waitFor();
    secret = ((await page.getByTestId('manual-key').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await axeViolations(page, 'enrolment with QR code (sv)')).toEqual([]);

    const codeField = page.getByRole('textbox', { name: 'Kod från appen' });
    expect(await codeField.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await codeField.getAttribute('inputmode')).toBe('numeric');
    // A wrong code is refused at the field.
    await codeField.fill('000000');
    await page.getByRole('button', { name: 'Bekräfta' }).click();
    await page.getByText('Koden stämmer inte eller har redan använts. Vänta på nästa kod i appen.').waitFor();

    await codeField.fill(codeAt(secret));
    await page.getByRole('button', { name: 'Bekräfta' }).click();
    await page.getByRole('heading', { name: 'Spara dina återställningskoder' }).waitFor();
    recoveryCodes = (await page.getByTestId('recovery-codes').getByRole('listitem').allTextContents()).map((c) => c.trim());
    expect(recoveryCodes).toHaveLength(10);
    expect(await axeViolations(page, 'recovery codes (sv)')).toEqual([]);
    const proceed = page.getByRole('button', { name: 'Fortsätt' });
    expect(await proceed.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: 'Jag har sparat koderna' }).check();
    await proceed.click();
    await expect.poll(() => heading(page)).toBe('Säkerhet och inloggningar');
    await expect.poll(() => page.getByTestId('two-factor-status').textContent()).toBe('På');
    await page.getByText('10 oanvända återställningskoder kvar.').waitFor();
  });

  it('issue 15: signing in again takes the password and then a code from the app', async () => {
    // Another browser of the same administrator: password, then the code of the next step.
    const other = await elsewhere.post('/api/auth/login', { data: { email: ADMIN.email, password: DEMO_PASSWORD } });
    expect(other.status()).toBe(200);
    const { challenge } = (await other.json()) as { challenge: string };
    expect(challenge).toBeTruthy();

    await logOut(page, ADMIN.name);
    await logIn(page, ADMIN.email);
    await expect.poll(() => heading(page)).toBe('Ange kod');
    const codeField = page.getByRole('textbox', { name: 'Kod från appen' });
    expect(await codeField.getAttribute('autocomplete')).toBe('one-time-code');
    await page.getByRole('button', { name: 'Använd en återställningskod' }).waitFor();
    await axeInBothLanguages('login code step', 'Enter code', 'Ange kod');

    await codeField.fill('000000');
    await page.getByRole('button', { name: 'Verifiera' }).click();
    await page.getByText('Koden stämmer inte eller har redan använts', { exact: true }).waitFor();
    await codeField.fill(codeAt(secret, 1));
    await page.getByRole('button', { name: 'Verifiera' }).click();
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${ADMIN.name}`);

    // The other browser finishes its sign-in with a recovery code.
    const otherSession = await elsewhere.post('/api/auth/login/second-factor', { data: { challenge, recoveryCode: recoveryCodes[0] } });
    expect(otherSession.status()).toBe(200);
  });

  it('issue 15: lists the sessions and signs out everywhere else after a confirmation', async () => {
    await page.goto('/security');
    await expect.poll(() => heading(page)).toBe('Säkerhet och inloggningar');
    const rows = page.getByTestId('session-list').getByRole('row');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(3);
    await page.getByText('Den här enheten').waitFor();

    await page.getByRole('button', { name: 'Logga ut överallt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Logga ut överallt?' });
    await dialog.waitFor();
    await dialogShown(page);
    expect(await axeViolations(page, 'sign out everywhere dialog (sv)')).toEqual([]);
    await dialog.getByRole('button', { name: 'Logga ut överallt' }).click();
    await dialogGone(page);
    await page.getByText(/inloggninga?r? avslutades\./).waitFor();
    await expect.poll(() => rows.count()).toBe(2);
    expect(await page.getByText('Inga andra inloggningar.').count()).toBe(1);
    expect(journey.pageErrors).toEqual([]);
  });

  it('issue 15: an administrator’s "Återställ tvåfaktor" is offered only where there is a second factor, and asks first', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Användare' }).click();
    await expect.poll(() => heading(page)).toBe('Användare');
    const rowOf = (name: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await rowOf(DEMO_USERS.officer.name).getByText('Tvåfaktor av', { exact: true }).waitFor();
    await page.getByRole('button', { name: `Åtgärder för ${DEMO_USERS.officer.name}` }).click();
    await page.getByRole('menuitem', { name: 'Återställ lösenord' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Återställ tvåfaktor' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'hidden' });

    // The administrator enrolled above: their row says so and offers the reset, which asks first.
    await rowOf(ADMIN.name).getByText('Tvåfaktor på', { exact: true }).waitFor();
    await page.getByRole('button', { name: `Åtgärder för ${ADMIN.name}` }).click();
    await page.getByRole('menuitem', { name: 'Återställ tvåfaktor' }).click();
    const dialog = page.getByRole('dialog', { name: 'Återställ tvåfaktorsinloggning?' });
    await dialog.waitFor();
    await dialogShown(page);
    expect(await axeViolations(page, 'reset two-factor dialog (sv)')).toEqual([]);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialogGone(page);
    expect(journey.pageErrors).toEqual([]);
  });

  it('issue 15: signs in with a recovery code instead of the app’s code, and the code is spent', async () => {
    await logOut(page, ADMIN.name);
    await logIn(page, ADMIN.email);
    await expect.poll(() => heading(page)).toBe('Ange kod');
    await page.getByRole('button', { name: 'Använd en återställningskod' }).click();
    const field = page.getByRole('textbox', { name: 'Återställningskod' });
    await field.fill(recoveryCodes[1] ?? '');
    expect(await axeViolations(page, 'login recovery code step (sv)')).toEqual([]);
    await page.getByRole('button', { name: 'Verifiera' }).click();
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${ADMIN.name}`);
    await page.goto('/security');
    await page.getByText('8 oanvända återställningskoder kvar.').waitFor();
    expect(journey.pageErrors).toEqual([]);
  });
});
