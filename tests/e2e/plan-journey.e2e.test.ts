import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { dialogGone, type Journey, startJourney } from './support/journey';
import { DEMO_USERS, heading, logIn } from './support/session';

describe('Activity plans: read the adopted plan, assess it, draft next year’s and propose it (AGR-2, IOP-6, IOP-7)', () => {
  let journey: Journey;
  let page: Page;
  const year = new Date().getFullYear();
  let cooperationPath = '';

  beforeAll(async () => {
    journey = await startJourney();
    page = journey.page;
  });
  afterAll(() => journey?.close());

  const main = () => page.getByRole('main');

  it('AGR-2: the cooperation lists its plans; the adopted plan is read-only with its decision', async () => {
    await page.goto('/login');
    await logIn(page, DEMO_USERS.manager.email);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${DEMO_USERS.manager.name}`);
    // The IOPs only: the register holds the employers' memberships and partnerships too.
    await page.goto('/samverkan?form=iop');
    await main().getByRole('link', { name: /AMN \d{4}-0001/ }).first().click();
    await expect.poll(() => heading(page)).toBe('IOP Duo Stockholm');
    cooperationPath = new URL(page.url()).pathname;
    const plans = main().getByRole('region', { name: 'Verksamhetsplaner' });
    const table = plans.getByRole('table', { name: 'Verksamhetsplaner för IOP Duo Stockholm' });
    await table.getByText('Antagen', { exact: true }).waitFor();
    expect(await axeViolations(page, 'cooperation with its plans')).toEqual([]);
    await table.getByRole('link', { name: `Verksamhetsplan ${year}` }).click();
    await expect.poll(() => heading(page)).toBe(`Verksamhetsplan ${year}`);
    await main().getByText('Planen är antagen och kan inte längre ändras.', { exact: false }).waitFor();
    await main().getByRole('link', { name: /Beslutet i Styrgrupp Duo Stockholm/ }).waitFor();
    await main().getByRole('cell', { name: 'Antal deltagare som börjat arbeta' }).waitFor();
    expect(await axeViolations(page, 'adopted plan')).toEqual([]);
  });

  it('AGR-2: a qualitative indicator of the adopted plan is assessed with a motivation', async () => {
    await main().getByRole('button', { name: /^Bedöm Deltagarna upplever/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByText('Motivera bedömningen', { exact: true }).waitFor();
    expect(await axeViolations(page, 'assessment dialog with a validation message')).toEqual([]);
    await dialog.getByRole('radio', { name: 'Delvis uppfyllt' }).check();
    await dialog.getByRole('textbox', { name: 'Motivering' }).fill('De flesta deltagare beskriver stödet som anpassat.');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Bedömningen har sparats.').waitFor();
    await dialogGone(page);
    await main().getByText('De flesta deltagare beskriver stödet som anpassat.').waitFor();
  });

  it('IOP-6: next year’s plan is drafted with a goal and an indicator, checked, saved and proposed for adoption', async () => {
    await page.goto(cooperationPath);
    await main().getByRole('button', { name: 'Ny verksamhetsplan' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'År' }).fill(String(year + 1));
    await dialog.getByRole('button', { name: 'Skapa plan' }).click();
    await expect.poll(() => heading(page)).toBe(`Verksamhetsplan ${year + 1}`);
    await dialogGone(page);
    await main().getByText('Planen har inga mål ännu.').waitFor();
    expect(await axeViolations(page, 'empty draft plan')).toEqual([]);

    await main().getByRole('button', { name: 'Lägg till mål' }).click();
    await main().getByRole('textbox', { name: 'Mål', exact: true }).fill('Fler deltagare börjar arbeta');
    await main().getByRole('button', { name: 'Lägg till kvantitativ indikator' }).click();
    await main().getByRole('textbox', { name: 'Indikator', exact: true }).fill('Antal deltagare som börjat arbeta');
    await main().getByRole('button', { name: 'Spara planen' }).click();
    await main().getByText('En kvantitativ indikator behöver en enhet').waitFor();
    expect(await axeViolations(page, 'plan editor with a validation message')).toEqual([]);
    await main().getByRole('textbox', { name: 'Enhet' }).fill('personer');
    await main().getByRole('textbox', { name: 'Målvärde' }).fill('35');
    await main().getByRole('button', { name: 'Spara planen' }).click();
    await page.getByText('Planen har sparats.').waitFor();

    await main().getByRole('button', { name: 'Föreslå för antagande' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Föreslå för antagande' }).click();
    await page.getByText('Planen är föreslagen för antagande.').waitFor();
    await dialogGone(page);
    await main().getByText('Föreslagen för antagande', { exact: true }).waitFor();
    await main().getByText('Beslutet väntar på alla parters godkännande.').waitFor();
    expect(await axeViolations(page, 'proposed plan')).toEqual([]);
    expect(journey.pageErrors).toEqual([]);
  });
});
