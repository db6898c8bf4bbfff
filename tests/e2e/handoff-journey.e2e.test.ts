import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { type Journey, startJourney } from './support/journey';
import { DEMO_USERS, heading, logIn, logOut } from './support/session';

const PROPOSAL_TITLE = 'Läxhjälp på lördagar i Husby';

/** The bell's unread count as its accessible name says it ("Aviseringar, 3 olästa"; none is 0). */
async function unreadInBell(page: Page): Promise<number> {
  const name = (await page.getByRole('button', { name: /^Aviseringar,/ }).getAttribute('aria-label')) ?? '';
  const match = /(\d+)/.exec(name);
  return match ? Number(match[1]) : 0;
}

describe('A public proposal reaches the review group: on the start page and in the bell (INI-2, IOP-10)', () => {
  let journey: Journey;
  let page: Page;
  let unreadBefore = 0;

  beforeAll(async () => {
    journey = await startJourney();
    page = journey.page;
  });
  afterAll(() => journey?.close());

  const main = () => page.getByRole('main');

  it('the review-group member notes how many unread notifications there are before the proposal', async () => {
    await page.goto('/login');
    await logIn(page, DEMO_USERS.reviewGroup.email);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${DEMO_USERS.reviewGroup.name}`);
    await page.getByRole('button', { name: /^Aviseringar,/ }).waitFor();
    unreadBefore = await unreadInBell(page);
    expect(await main().getByText(PROPOSAL_TITLE).count()).toBe(0);
    await logOut(page, DEMO_USERS.reviewGroup.name);
  });

  it('IOP-10: an organisation sends a proposal through the public form without logging in', async () => {
    await page.goto('/offentligt/iop');
    await page.getByRole('link', { name: 'Föreslå samverkan' }).first().click();
    await page.waitForURL('**/foresla-samverkan');
    await page.getByRole('textbox', { name: 'Organisationens namn' }).fill('Husby läxhjälp');
    await page.getByRole('textbox', { name: 'Kontaktperson' }).fill('Kontakt Exempelsson');
    await page.getByRole('textbox', { name: 'E-postadress' }).fill('kontakt@example.org');
    await page.getByRole('textbox', { name: 'Rubrik' }).fill(PROPOSAL_TITLE);
    await page.getByRole('textbox', { name: 'Behov och syfte' }).fill('Vi vill erbjuda läxhjälp på lördagar för unga i Husby tillsammans med förvaltningen.');
    await page.getByRole('button', { name: 'Skicka förslaget' }).click();
    await page.getByText('Tack för ert förslag!').waitFor();
  });

  it('INI-2: the review-group member sees the proposal on the start page and in the bell, and opening it marks it read', async () => {
    await page.goto('/login');
    await logIn(page, DEMO_USERS.reviewGroup.email);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${DEMO_USERS.reviewGroup.name}`);

    // The start page: "Att göra" lists the initiative waiting for the review group, linked to it.
    const waiting = main().getByRole('region', { name: 'Initiativ som väntar på beredningsgruppen' });
    await waiting.getByRole('link', { name: new RegExp(PROPOSAL_TITLE) }).waitFor();
    expect(await axeViolations(page, 'start page with the work queue')).toEqual([]);

    // The bell: one more unread notification, naming the proposal.
    await expect.poll(() => unreadInBell(page)).toBe(unreadBefore + 1);
    await page.getByRole('button', { name: /^Aviseringar,/ }).click();
    const bell = page.getByRole('dialog');
    const notification = bell.getByRole('link', { name: new RegExp(PROPOSAL_TITLE) });
    await notification.waitFor();
    expect(await axeViolations(page, 'bell opened')).toEqual([]);
    await notification.click();
    await expect.poll(() => heading(page)).toBe(PROPOSAL_TITLE);
    await expect.poll(() => unreadInBell(page)).toBe(unreadBefore);
    await logOut(page, DEMO_USERS.reviewGroup.name);
  });

  it('another role is not told: the officer has no notification of the proposal', async () => {
    await logIn(page, DEMO_USERS.officer.email);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${DEMO_USERS.officer.name}`);
    await page.getByRole('button', { name: /^Aviseringar,/ }).click();
    const bell = page.getByRole('dialog');
    await bell.getByRole('heading').first().waitFor();
    // The list has loaded (nothing more in flight) before its absence of the proposal counts.
    await page.waitForLoadState('networkidle');
    expect(await bell.getByText(PROPOSAL_TITLE).count()).toBe(0);
    await page.keyboard.press('Escape');
    await logOut(page, DEMO_USERS.officer.name);
  });
});
