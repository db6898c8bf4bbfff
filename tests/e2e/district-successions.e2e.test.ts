import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { dialogGone, dialogShown, type Journey, startJourney } from './support/journey';
import { DEMO_USERS, heading, logIn } from './support/session';

const TITLE = 'Stadsdelsförvaltningar';

describe('District successions: the administrator records the 2023 merger of Norrmalm and Östermalm (AGR-9)', () => {
  let journey: Journey;
  let page: Page;

  beforeAll(async () => {
    journey = await startJourney();
    page = journey.page;
  });
  afterAll(() => journey?.close());

  const main = () => page.getByRole('main');
  const form = () => main().getByRole('form', { name: 'Registrera sammanslagning eller delning' });
  const list = () => main().getByRole('table', { name: 'Förvaltningar och efterträdare' });
  const rowOf = (name: string) => list().getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
  const headingIs = (text: string) => expect.poll(() => heading(page), { timeout: 20_000 }).toBe(text);

  async function choosePredecessor(name: string) {
    const field = form().getByRole('combobox', { name: 'Förvaltningar som upphör' });
    await field.click();
    await field.fill(name);
    // By its text: the combobox's listbox is not exposed to the accessibility-tree query here.
    await page.locator('[role=option]').filter({ hasText: new RegExp(`^${name}$`) }).click();
    await page.keyboard.press('Escape');
  }

  it('AGR-9: the administration menu leads to the districts, listed with their validity', async () => {
    await page.goto('/login');
    await logIn(page, DEMO_USERS.admin.email);
    await headingIs(`Välkommen, ${DEMO_USERS.admin.name}`);
    await page.goto('/admin');
    await main().getByRole('link', { name: new RegExp(TITLE) }).first().click();
    await headingIs(TITLE);
    expect(page.url()).toMatch(/\/admin\/distrikt$/);
    await rowOf('Norrmalm').getByText('Gäller', { exact: true }).waitFor();
    expect(await rowOf('Norrmalm').getByRole('cell').nth(1).textContent()).toBe('Tills vidare');
    expect(await axeViolations(page, 'districts page')).toEqual([]);
  });

  it('AGR-9: an incomplete change is refused in Swedish before anything is sent', async () => {
    await form().getByRole('button', { name: 'Registrera ändringen' }).click();
    await form().getByText('Ange datumet då ändringen gäller').waitFor();
    await form().getByText('Välj minst en förvaltning som upphör').waitFor();
    await form().getByText('Välj en förvaltning eller ange en ny').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await axeViolations(page, 'districts form with errors')).toEqual([]);
  });

  it('AGR-9: the merger is confirmed (it cannot be undone) and then shown as history', async () => {
    await form().getByRole('textbox', { name: 'Ändringen gäller från' }).fill('2023-01-01');
    await choosePredecessor('Norrmalm');
    await choosePredecessor('Östermalm');
    await form().getByText('Ny', { exact: true }).click();
    await form().getByRole('textbox', { name: 'Namn på ny efterträdare 1' }).fill('Norra innerstaden');
    await form().getByRole('button', { name: 'Registrera ändringen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Registrera ändringen?' });
    await dialogShown(page);
    expect(await dialog.textContent()).toContain('upphör Norrmalm, Östermalm och efterträds av Norra innerstaden (ny)');
    expect(await dialog.textContent()).toContain('kan inte ångras');
    expect(await axeViolations(page, 'confirmation dialog')).toEqual([]);
    await dialog.getByRole('button', { name: 'Ja, registrera' }).click();
    await dialogGone(page);
    await main().getByText(/Ändringen från .* är registrerad\./).waitFor();
    await rowOf('Norra innerstaden').waitFor();
    const norrmalm = rowOf('Norrmalm');
    await norrmalm.getByText('Upphört', { exact: true }).waitFor();
    expect(await norrmalm.getByRole('cell').nth(2).textContent()).toContain('Norra innerstaden');
    expect(await rowOf('Norra innerstaden').getByRole('cell').nth(3).textContent()).toContain('Östermalm');
  });

  it('AGR-9: a change the history forbids is refused with the API’s Swedish message on its field', async () => {
    await form().getByRole('textbox', { name: 'Ändringen gäller från' }).fill('2022-06-01');
    await choosePredecessor('Norra innerstaden');
    await form().getByRole('combobox', { name: 'Efterträdare 1' }).selectOption({ label: 'Bromma' });
    await form().getByRole('button', { name: 'Registrera ändringen' }).click();
    await dialogShown(page);
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, registrera' }).click();
    await dialogGone(page);
    await form().getByText('Ändringen måste gälla efter att stadsdelsförvaltningen började gälla').waitFor();
    await form().getByRole('alert').filter({ hasText: 'Ändringen kunde inte registreras' }).waitFor();
    expect(await axeViolations(page, 'districts form refused by the API')).toEqual([]);
    await page.screenshot({ path: process.env.SCREENSHOT_DIR ? `${process.env.SCREENSHOT_DIR}/district-successions.png` : '/tmp/district-successions.png', fullPage: true });
    expect(journey.pageErrors).toEqual([]);
  });
});
