import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { dialogGone, type Journey, startJourney } from './support/journey';
import { DEMO_USERS, heading, logIn, logOut } from './support/session';

const KOMPIS = 'Kompismatchning för nyanlända';

/** How far the page and the overview's table reach past their boxes sideways (0 when nothing scrolls). */
async function sidewaysOverflow(page: Page): Promise<{ page: number; table: number }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const container = document.querySelector('.mantine-TableScrollContainer-scrollContainer');
    return {
      page: root.scrollWidth - root.clientWidth,
      table: container ? container.scrollWidth - container.clientWidth : -1,
    };
  });
}

describe('The overview fits a 1366 px screen; the review group works from readable numbers (OVR-1, INI-1, INI-2)', () => {
  let journey: Journey;
  let page: Page;

  beforeAll(async () => {
    journey = await startJourney();
    page = journey.page;
  });
  afterAll(() => journey?.close());

  const main = () => page.getByRole('main');

  it('OVR-1: at 1366 × 900 the overview scrolls sideways in neither language, and an open end reads "Tills vidare"', async () => {
    await page.goto('/login');
    await logIn(page, DEMO_USERS.manager.email);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${DEMO_USERS.manager.name}`);
    // The cooperations of the sources' forms (the register holds the employers' memberships and partnerships too).
    await page.goto('/samverkan?form=iop,procurement,vida,public_agreement');
    // The table's name follows the language, so it is found by its role alone (the page has one).
    const table = main().getByRole('table');
    await table.getByRole('link', { name: /AMN \d{4}-0001/ }).waitFor();
    expect(await sidewaysOverflow(page)).toEqual({ page: 0, table: 0 });
    expect(await table.getByRole('columnheader', { name: 'Status' }).isVisible()).toBe(true);
    expect(await table.getByRole('columnheader', { name: 'Ärendenummer' }).isVisible()).toBe(true);
    expect(await table.getByText('Tills vidare').count()).toBeGreaterThan(0);
    expect(await table.textContent()).not.toContain('…');
    expect(await axeViolations(page, 'cooperation overview')).toEqual([]);

    await page.getByRole('button', { name: 'English' }).click();
    await table.getByRole('columnheader', { name: 'Case number' }).waitFor();
    expect(await sidewaysOverflow(page)).toEqual({ page: 0, table: 0 });
    expect(await table.getByText('Until further notice').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await table.getByRole('columnheader', { name: 'Ärendenummer' }).waitFor();
    await logOut(page, DEMO_USERS.manager.name);
  });

  it('INI-2: a new meeting does not take the whole queue unless asked; an initiative is put on it from its own page, by its number', async () => {
    await logIn(page, DEMO_USERS.reviewGroup.email);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${DEMO_USERS.reviewGroup.name}`);
    await page.goto('/beredningsgrupp');
    await main().getByRole('button', { name: 'Nytt möte' }).click();
    const create = page.getByRole('dialog');
    const buildAgenda = create.getByRole('checkbox', { name: 'Bygg dagordning från kön' });
    expect(await buildAgenda.isChecked()).toBe(false);
    await create.getByRole('textbox', { name: 'Plats' }).fill('Förvaltningshuset, rum 2');
    await create.getByRole('button', { name: 'Skapa möte' }).click();
    await page.waitForURL(/\/beredningsgrupp\/moten\/[0-9a-f-]{36}$/);
    await dialogGone(page);
    await main().getByText('Inga samrådsärenden på dagordningen.').waitFor();

    await page.goto('/initiativ');
    await main().getByRole('link', { name: KOMPIS }).click();
    await expect.poll(() => heading(page)).toBe(KOMPIS);
    // INI-1: the initiative is named by its readable number, never by a code from its id.
    await main().getByText(/^INI \d{4}-\d{4}$/).first().waitFor();
    expect(await main().getByText(/^[0-9A-F]{8}$/).count()).toBe(0);
    await main().getByRole('button', { name: 'Lägg på dagordning' }).click();
    const add = page.getByRole('dialog');
    const meeting = add.getByRole('combobox', { name: 'Möte' });
    const option = await add.locator('option', { hasText: 'Förvaltningshuset, rum 2' }).getAttribute('value');
    await meeting.selectOption(option ?? '');
    expect(await axeViolations(page, 'add to agenda dialog')).toEqual([]);
    await add.getByRole('button', { name: 'Lägg på dagordningen' }).click();
    await dialogGone(page);
    await main().getByText(/På dagordningen för beredningsgruppens möte/).waitFor();
    expect(await main().getByRole('button', { name: 'Lägg på dagordning' }).count()).toBe(0);
    expect(await axeViolations(page, 'initiative on an agenda')).toEqual([]);
  });

  it('INI-2, FRM-2: the recommendation dialog shows the form guidance for the initiative beside the choice', async () => {
    await main().getByRole('link', { name: 'Till mötet' }).click();
    const consultation = page.getByRole('table', { name: 'Samrådsärenden' });
    await consultation.getByText(KOMPIS).waitFor();
    await consultation.getByText(/^INI \d{4}-\d{4}$/).first().waitFor();
    await consultation.getByRole('button', { name: `Registrera rekommendation för ${KOMPIS}` }).click();
    const record = page.getByRole('dialog');
    await record.getByRole('heading', { name: 'Vägledning om samverkansform' }).waitFor();
    await record.getByText(/Tillåtna: \d+ · Kräver bedömning: \d+ · Ej tillåtna: \d+/).waitFor();
    await record.getByRole('radio', { name: 'Samverkansform' }).check();
    await record.getByRole('group', { name: 'Mervärde' }).waitFor();
    expect(await axeViolations(page, 'recommendation dialog with guidance')).toEqual([]);
    await record.getByRole('button', { name: 'Avbryt' }).click();
    await dialogGone(page);
    await logOut(page, DEMO_USERS.reviewGroup.name);
    expect(journey.pageErrors).toEqual([]);
  });
});
