import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { tinyPdf } from './support/files';
import { type Journey, startJourney } from './support/journey';
import { DEMO_USERS, heading, logIn, logOut } from './support/session';

// Issue 15: the demo partner speaks for Individuell Människohjälp (IM), the partner of the IOP Duo Stockholm.
describe('The partner portal: a partner sees its own organisation and submits a document staff accept (issue 15, ORG-4)', () => {
  let journey: Journey;
  let page: Page;

  beforeAll(async () => {
    journey = await startJourney();
    page = journey.page;
  });
  afterAll(() => journey?.close());

  const main = () => page.getByRole('main');
  const menu = () => page.getByRole('navigation', { name: 'Huvudmeny' });

  /** Runs axe on the page in Swedish, then in English, and back to Swedish. */
  async function axeInBothLanguages(label: string, englishHeading: string | RegExp): Promise<void> {
    expect(await axeViolations(page, `${label} (sv)`)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    try {
      await expect.poll(() => heading(page)).toMatch(englishHeading);
      expect(await axeViolations(page, `${label} (en)`)).toEqual([]);
    } finally {
      await page.getByRole('button', { name: 'Svenska' }).click();
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('sv');
    }
  }

  it('the start page leads with what the organisation needs to do, and the menu shows only the portal', async () => {
    await page.goto('/login');
    await logIn(page, DEMO_USERS.partner.email);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${DEMO_USERS.partner.name}`);
    await main().getByRole('heading', { name: 'Att göra för er organisation' }).waitFor();
    for (const area of ['Vår organisation', 'Våra samverkan', 'Styrgrupper', 'Att rapportera', 'Avvikelser']) {
      await menu().getByRole('link', { name: area, exact: true }).waitFor();
    }
    for (const area of ['Organisationer', 'Samverkan', 'Initiativ', 'Regler']) {
      expect(await menu().getByRole('link', { name: area, exact: true }).count(), area).toBe(0);
    }
    await axeInBothLanguages('portal start', `Welcome, ${DEMO_USERS.partner.name}`);
  });

  it('Vår organisation shows the register data and the ORG-4 checklist; the partner submits a document', async () => {
    await menu().getByRole('link', { name: 'Vår organisation', exact: true }).click();
    await expect.poll(() => heading(page)).toBe('Vår organisation');
    await main().getByRole('heading', { name: 'Individuell Människohjälp (IM)' }).waitFor();
    // The legal form is named in words from the reference data, never as its code.
    await main().getByText('Ideell förening', { exact: true }).waitFor();
    expect(await main().getByText('non_profit_association').count()).toBe(0);
    await main().getByRole('table', { name: 'Dokument till partnerkontrollen' }).waitFor();
    await axeInBothLanguages('our organisation', 'Our organisation');

    const form = main().getByRole('form', { name: 'Skicka in ett dokument' });
    await form.getByRole('combobox', { name: 'Dokument' }).selectOption({ label: 'Verksamhetsberättelse' });
    await form.getByRole('textbox', { name: 'År som dokumentet gäller' }).fill('2026');
    await form.locator('input[type="file"]').setInputFiles({ name: 'verksamhetsberattelse-2026.pdf', mimeType: 'application/pdf', buffer: tinyPdf('Verksamhetsberattelse') });
    await form.getByRole('button', { name: 'Skicka in' }).click();
    await page.getByText('Verksamhetsberättelse är inskickat och väntar på handläggaren.').waitFor();
    await main().getByRole('table', { name: 'Inskickade dokument' }).getByText('Inskickat – väntar').waitFor();
    expect(await axeViolations(page, 'our organisation after submitting')).toEqual([]);
  });

  it('Våra samverkan lists the IOP, whose agreement is shown read-only with its signed document', async () => {
    await menu().getByRole('link', { name: 'Våra samverkan', exact: true }).click();
    await expect.poll(() => heading(page)).toBe('Våra samverkan');
    await axeInBothLanguages('our cooperations', 'Our cooperations');
    await main().getByRole('link', { name: /Duo Stockholm/ }).first().click();
    await expect.poll(() => heading(page)).toMatch(/Duo Stockholm/);
    await main().getByRole('heading', { name: 'Avtal' }).waitFor();
    await main().getByRole('link', { name: /Undertecknat avtal/ }).first().waitFor();
    expect(await main().getByRole('button', { name: /Redigera|Spara/ }).count()).toBe(0);
    await axeInBothLanguages('cooperation with agreement', /Duo Stockholm/);
  });

  it('Styrgrupper leads to the IOP steering group with its meetings and decisions', async () => {
    await menu().getByRole('link', { name: 'Styrgrupper', exact: true }).click();
    await expect.poll(() => heading(page)).toBe('Styrgrupper');
    await axeInBothLanguages('our steering groups', 'Steering groups');
    await main().getByRole('link', { name: 'Styrgrupp Duo Stockholm' }).click();
    await expect.poll(() => heading(page)).toBe('Styrgrupp Duo Stockholm');
    await main().getByRole('heading', { name: 'Möten' }).waitFor();
    await axeInBothLanguages('steering group', 'Styrgrupp Duo Stockholm');
    const meeting = main().getByRole('link', { name: /^Möte / }).first();
    if ((await meeting.count()) > 0) {
      await meeting.click();
      await main().getByRole('heading', { name: 'Protokoll' }).waitFor();
      await axeInBothLanguages('steering-group meeting', /Styrgrupp Duo Stockholm/);
    }
    await logOut(page, DEMO_USERS.partner.name);
  });

  it("an officer accepts the submission on the organisation's page, and it is received", async () => {
    await logIn(page, DEMO_USERS.officer.email);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${DEMO_USERS.officer.name}`);
    await page.goto('/organisationer?q=Individuell');
    await main().getByRole('link', { name: 'Individuell Människohjälp (IM)' }).first().click();
    await expect.poll(() => heading(page)).toBe('Individuell Människohjälp (IM)');
    await main().getByRole('tab', { name: /Dokument/ }).click();
    const panel = main().getByRole('table', { name: 'Inskickat av partnern' });
    await panel.getByText('Verksamhetsberättelse').waitFor();
    expect(await axeViolations(page, 'waiting submissions')).toEqual([]);
    await panel.getByRole('button', { name: 'Godkänn: Verksamhetsberättelse' }).click();
    await page.getByText('Verksamhetsberättelse är godkänt och registrerat som mottaget.').waitFor();
    // The panel is shown only while something waits; it goes once the list is read again.
    await expect.poll(() => main().getByRole('table', { name: 'Inskickat av partnern' }).count()).toBe(0);
    expect(journey.pageErrors).toEqual([]);
  });
});
