import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { type Journey, startJourney } from './support/journey';

const DEMO_PASSWORD = 'Samverkan-demo-2026';
const ADMIN = { email: 'admin@demo.samverkan.local', name: 'Demo Administratör' };
const OFFICER = { email: 'officer@demo.samverkan.local', name: 'Demo Handläggare' };

describe('Administrator journey in the browser (Chromium, WCAG 2.1 AA)', () => {
  let journey: Journey;
  let page: Page;

  beforeAll(async () => {
    journey = await startJourney(/401/);
    page = journey.page;
  });
  afterAll(() => journey?.close());

  async function heading(): Promise<string> {
    return (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  }

  async function focused(): Promise<string> {
    return page.evaluate(() => {
      const el = document.activeElement;
      return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}: ${el.textContent?.trim().slice(0, 40) ?? ''}` : '';
    });
  }

  async function logIn(email: string) {
    await page.getByRole('textbox', { name: 'E-postadress' }).fill(email);
    await page.getByRole('textbox', { name: 'Lösenord' }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
  }

  it('sends a visitor to a Swedish, accessible login page', async () => {
    await page.goto('/');
    await page.waitForURL('**/login');
    await expect.poll(heading).toBe('Logga in');
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.title()).toBe('Logga in – Samverkan');
    // The skip link is the first Tab stop and moves focus to the main content.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('a: Hoppa till huvudinnehåll');
    await page.keyboard.press('Enter');
    expect(await focused()).toMatch(/^main#main-content/);
    expect(await axeViolations(page, 'login')).toEqual([]);
  });

  it('shows the server message inline when the password is wrong', async () => {
    await page.getByRole('textbox', { name: 'E-postadress' }).fill(ADMIN.email);
    await page.getByRole('textbox', { name: 'Lösenord' }).fill('not-the-password');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByText('Fel e-postadress eller lösenord').waitFor();
    expect(await page.getByRole('textbox', { name: 'Lösenord' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('logs the administrator in to a start page with name, roles and areas', async () => {
    await logIn(ADMIN.email);
    await expect.poll(heading).toBe(`Välkommen, ${ADMIN.name}`);
    const main = page.getByRole('main');
    await main.getByText('Administratör', { exact: true }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    for (const area of ['Organisationer', 'Initiativ', 'Samverkan', 'Arbetsgivare', 'Jobbspår', 'Styrgrupper', 'Årlig översyn', 'Administration', 'Inställningar']) {
      expect(await nav.getByRole('link', { name: area, exact: true }).count()).toBe(1);
    }
    // Areas this version does not have are in no menu.
    for (const area of ['Uppföljning', 'Rapporter']) {
      expect(await nav.getByRole('link', { name: area, exact: true }).count()).toBe(0);
    }
    expect(await axeViolations(page, 'start')).toEqual([]);
  });

  it('switches the language to English and back, remembering it in <html lang>', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(heading).toBe(`Welcome, ${ADMIN.name}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Users' }).waitFor();
    // The choice survives a reload (kept in localStorage).
    await page.reload();
    await expect.poll(heading).toBe(`Welcome, ${ADMIN.name}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.getByRole('button', { name: 'Svenska' }).click();
    await expect.poll(heading).toBe(`Välkommen, ${ADMIN.name}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
  });

  it('creates a user, shows the temporary password once and lists the user', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Användare' }).click();
    await expect.poll(heading).toBe('Användare');
    // After client-side navigation the new page's heading has focus, so it is announced.
    await expect.poll(focused).toBe('h1: Användare');
    expect(await page.title()).toBe('Användare – Samverkan');
    await page.getByRole('table', { name: 'Användare' }).waitFor();
    expect(await axeViolations(page, 'users')).toEqual([]);

    await page.getByRole('button', { name: 'Ny användare' }).click();
    const form = page.getByRole('dialog', { name: 'Ny användare' });
    await form.getByRole('textbox', { name: 'Namn' }).fill('Åsa Öberg');
    await form.getByRole('textbox', { name: 'E-postadress' }).fill('asa.oberg@example.se');
    await form.getByRole('checkbox', { name: 'Handläggare' }).check();
    await form.getByRole('checkbox', { name: 'Ansvarig chef' }).check();
    expect(await axeViolations(page, 'create-user dialog')).toEqual([]);
    await form.getByRole('button', { name: 'Skapa användare' }).click();

    const secretDialog = page.getByRole('dialog', { name: 'Tillfälligt lösenord' });
    const secret = await secretDialog.getByRole('textbox', { name: 'Tillfälligt lösenord' }).inputValue();
    expect(secret.length).toBeGreaterThanOrEqual(12);
    await secretDialog.getByRole('button', { name: 'Klar' }).click();
    await secretDialog.waitFor({ state: 'hidden' });

    const row = page.getByRole('row').filter({ hasText: 'asa.oberg@example.se' });
    await row.getByRole('rowheader', { name: 'Åsa Öberg' }).waitFor();
    await row.getByText('Måste byta lösenord').waitFor();
    await page.getByRole('status').getByText('Användaren Åsa Öberg har skapats.').waitFor();
    // Issue 15: how the account signs in, in words; no second factor, so none to reset.
    await row.getByText('Tvåfaktor av', { exact: true }).waitFor();
    await row.getByText('Lösenord', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Åtgärder för Åsa Öberg' }).click();
    const menu = page.getByRole('menu');
    await menu.getByRole('menuitem', { name: 'Återställ lösenord' }).waitFor();
    expect(await menu.getByRole('menuitem', { name: 'Återställ tvåfaktor' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
  });

  it('shows the creation in the audit log in readable Swedish', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Granskningslogg' }).click();
    await expect.poll(heading).toBe('Granskningslogg');
    const table = page.getByRole('table', { name: 'Händelser i granskningsloggen' });
    const created = table.getByRole('row').filter({ hasText: 'asa.oberg@example.se' }).filter({ hasText: 'Användare skapad' });
    await created.waitFor();
    await created.getByText('Handläggare, Ansvarig chef').waitFor();
    await table.getByText('Misslyckad inloggning').first().waitFor();
    expect(await axeViolations(page, 'audit log')).toEqual([]);
  });

  it('creates an API token, shows its secret once and revokes it', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'API-nycklar' }).click();
    await expect.poll(heading).toBe('API-nycklar');
    await page.getByRole('button', { name: 'Ny API-nyckel' }).click();
    const form = page.getByRole('dialog', { name: 'Ny API-nyckel' });
    await form.getByRole('textbox', { name: 'Namn' }).fill('Ekonomisystemet');
    await form.getByRole('checkbox', { name: 'Ekonom (Ekonomistaben)' }).check();
    await form.getByRole('button', { name: 'Skapa nyckel' }).click();

    const secretDialog = page.getByRole('dialog', { name: 'Din nya API-nyckel' });
    const secret = await secretDialog.getByRole('textbox', { name: 'API-nyckel' }).inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await secretDialog.getByRole('button', { name: 'Klar' }).click();
    await secretDialog.waitFor({ state: 'hidden' });
    expect(await axeViolations(page, 'api tokens')).toEqual([]);

    await page.getByRole('button', { name: 'Återkalla Ekonomisystemet' }).click();
    await page.getByRole('dialog', { name: 'Återkalla API-nyckel?' }).getByRole('button', { name: 'Återkalla' }).click();
    await page.getByRole('status').getByText('API-nyckeln Ekonomisystemet är återkallad.').waitFor();
    // The secret is never shown again: it appears nowhere on the page.
    expect(await page.content()).not.toContain(secret);
  });

  it('names the background jobs in words, with their schedules, on the outbox page (issue 16)', async () => {
    await page.goto('/admin/outbox');
    await page.getByRole('tab', { name: 'Bakgrundsjobb' }).click();
    const jobs = page.getByRole('table').filter({ hasText: 'Schema' });
    await jobs.getByText('Granskningsloggens huvud publiceras').waitFor();
    await jobs.getByText('Filinnehåll som ingen fil använder tas bort').waitFor();
    // The job's own name stays beside the words, for the operator who reads the logs.
    await jobs.getByText('audit.publish-head', { exact: true }).waitFor();
    expect(await axeViolations(page, 'outbox jobs')).toEqual([]);
  });

  it('shows a 404 page for an unknown address', async () => {
    await page.goto('/finns-inte');
    await expect.poll(heading).toBe('Sidan finns inte');
    expect(await axeViolations(page, '404')).toEqual([]);
  });

  it('logs out from the user menu back to the login page', async () => {
    await page.getByRole('button', { name: `Användarmeny för ${ADMIN.name}` }).click();
    await page.getByRole('menuitem', { name: 'Logga ut' }).click();
    await page.waitForURL('**/login?reason=logged-out');
    await expect.poll(heading).toBe('Logga in');
    await page.getByText('Du är utloggad.').waitFor();
  });

  it('hides administration from an officer and refuses its pages', async () => {
    await logIn(OFFICER.email);
    await expect.poll(heading).toBe(`Välkommen, ${OFFICER.name}`);
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await nav.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    await page.goto('/admin/users');
    await expect.poll(heading).toBe('Du saknar behörighet');
    expect(await axeViolations(page, 'forbidden')).toEqual([]);
  });

  it('raised no script errors or CSP violations', () => {
    expect(journey.pageErrors).toEqual([]);
  });
});
