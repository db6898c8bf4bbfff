import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { dialogGone, type Journey, startJourney } from './support/journey';
import { DEMO_USERS, heading, logIn } from './support/session';

describe('A cooperation’s economy: budget against outcome with chart and table, an outcome recorded (IOP-9)', () => {
  let journey: Journey;
  let page: Page;

  beforeAll(async () => {
    journey = await startJourney();
    page = journey.page;
  });
  afterAll(() => journey?.close());

  const main = () => page.getByRole('main');
  const headingIs = (text: string) => expect.poll(() => heading(page), { timeout: 20_000 }).toBe(text);

  it('IOP-9: the officer opens the economy of the IOP from its page and sees the budget as a chart and a table', async () => {
    await page.goto('/login');
    await logIn(page, DEMO_USERS.officer.email);
    await headingIs(`Välkommen, ${DEMO_USERS.officer.name}`);
    // The IOPs only: the register holds the employers' memberships and partnerships too.
    await page.goto('/samverkan?form=iop');
    await main().getByRole('link', { name: /AMN \d{4}-0001/ }).first().click();
    await headingIs('IOP Duo Stockholm');
    await main().getByRole('region', { name: 'Ekonomi och uppföljning av värde' }).getByRole('link', { name: 'Öppna ekonomin' }).click();
    await headingIs('Ekonomi: IOP Duo Stockholm');
    const budget = main().getByRole('region', { name: 'Budget mot utfall' });
    await budget.getByRole('table').waitFor();
    await budget.locator('.recharts-surface').first().waitFor();
    expect(await axeViolations(page, 'economy page')).toEqual([]);
  });

  it('IOP-9: an outcome entry is recorded and counted in the outcome of its year and party', async () => {
    await main().getByRole('button', { name: 'Registrera utfall' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Belopp i hela kronor' }).fill('12 500');
    await dialog.getByRole('textbox', { name: 'Referens' }).fill('Faktura 4711');
    expect(await axeViolations(page, 'outcome form')).toEqual([]);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Utfallet har sparats.').waitFor();
    await dialogGone(page);
    const outcomes = main().getByRole('region', { name: 'Utfall' });
    await outcomes.getByRole('cell', { name: 'Faktura 4711' }).waitFor();
    expect(journey.pageErrors).toEqual([]);
  });
});
