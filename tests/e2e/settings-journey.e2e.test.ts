import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { type Journey, startJourney } from './support/journey';
import { DEMO_PASSWORD, DEMO_USERS, heading, logIn, logOut } from './support/session';

const PARTNER = { email: 'partner@demo.samverkan.local', name: 'Demo Partner' };
const NOT_FOUND = 'Sidan finns inte';
const UNBUILT = ['Uppföljning', 'Arbetsgivare', 'Rapporter', 'Under uppbyggnad'];

describe('The shell: settings, menus per role, the audit log in words, dates and focus', () => {
  let journey: Journey;
  let page: Page;

  beforeAll(async () => {
    journey = await startJourney();
    page = journey.page;
  });
  afterAll(() => journey?.close());

  const main = () => page.getByRole('main');
  const nav = () => page.getByRole('navigation', { name: 'Huvudmeny' });

  it('IOP-10: the public IOP page shows the demo’s contact function and who publishes the page, and no longer promises it “soon”', async () => {
    await page.goto('/offentligt/iop');
    await main().getByRole('heading', { name: 'Kontakt om IOP' }).waitFor();
    const contact = main().getByRole('region', { name: 'Kontakt om IOP' });
    await contact.getByRole('link', { name: 'iop.arbetsmarknad@demo.samverkan.local' }).waitFor();
    expect(await contact.textContent()).toContain('IOP-funktionen, Arbetsmarknadsförvaltningen');
    expect(await main().textContent()).not.toMatch(/inom kort|snart/);
    const header = page.getByRole('banner');
    await header.getByText('Stockholms stad').waitFor();
    await header.getByText('Arbetsmarknadsnämnden').waitFor();
    expect(await axeViolations(page, 'public IOP page with contact')).toEqual([]);
  });

  it('a partner’s menu holds only what a partner can use: its portal (issue 15) and deviations, also on the start page', async () => {
    await page.goto('/login');
    await logIn(page, PARTNER.email);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${PARTNER.name}`);
    // The start link carries the number of the partner's items to do beside its name.
    const links = (await nav().getByRole('link').allTextContents()).map((l) => l.trim().replace(/\d+\+?$/, ''));
    expect(links).toEqual(['Start', 'Vår organisation', 'Våra samverkan', 'Styrgrupper', 'Att rapportera', 'Vår organisations användare', 'Avvikelser']);
    for (const text of UNBUILT) expect(await page.getByText(text, { exact: true }).count()).toBe(0);
    await main().getByRole('heading', { name: 'Att rapportera', level: 3 }).waitFor();
    expect(await main().getByRole('heading', { name: 'Organisationer' }).count()).toBe(0);
    expect(await axeViolations(page, 'partner start page')).toEqual([]);
    // An unbuilt area's old address is an ordinary unknown address, not a teaser.
    await page.goto('/follow-up');
    await main().getByRole('heading', { name: NOT_FOUND }).waitFor();
    expect(await page.getByText('Under uppbyggnad').count()).toBe(0);
    await logOut(page, PARTNER.name);
  });

  it('a steering member’s menu holds the steering groups, the rules and nothing unbuilt', async () => {
    await logIn(page, DEMO_USERS.steeringMember.email);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${DEMO_USERS.steeringMember.name}`);
    // The start link carries the number of the member's items to do beside its name.
    const links = (await nav().getByRole('link').allTextContents()).map((l) => l.trim().replace(/\d+\+?$/, ''));
    expect(links).toEqual(['Start', 'Styrgrupper', 'Avvikelser', 'Regler']);
    for (const text of UNBUILT) expect(await page.getByText(text, { exact: true }).count()).toBe(0);
    expect(await axeViolations(page, 'steering member start page')).toEqual([]);
    // AGR-4: a steering member handles deviations routed to the bodies.
    await nav().getByRole('link', { name: 'Avvikelser' }).click();
    await expect.poll(() => heading(page)).toBe('Avvikelser');
    expect(await axeViolations(page, 'deviation list')).toEqual([]);
    await logOut(page, DEMO_USERS.steeringMember.name);
  });

  it('IOP-10: the administrator sets the contact function on the settings page: checked, saved and shown publicly', async () => {
    await logIn(page, DEMO_USERS.admin.email);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${DEMO_USERS.admin.name}`);
    await nav().getByRole('link', { name: 'Inställningar' }).click();
    await expect.poll(() => heading(page)).toBe('Inställningar');
    await main().getByText('Gäller bara nya diarienummer').waitFor();
    expect(await axeViolations(page, 'settings page')).toEqual([]);

    const form = main().getByRole('form', { name: 'Kontaktfunktion för IOP' });
    await form.getByRole('textbox', { name: 'E-post (funktionsbrevlåda)' }).fill('iop på kommunen');
    await form.getByRole('textbox', { name: 'Webbadress' }).fill('kommun.example/iop');
    await form.getByRole('button', { name: 'Spara' }).click();
    await form.getByRole('alert').getByText('Uppgifterna kunde inte sparas').waitFor();
    await form.getByText('Ange en giltig e-postadress, till exempel iop@kommun.se, eller lämna fältet tomt').first().waitFor();
    await form.getByText('Ange en webbadress som börjar med https://, eller lämna fältet tomt').first().waitFor();
    expect(await axeViolations(page, 'settings with errors')).toEqual([]);

    await form.getByRole('textbox', { name: 'E-post (funktionsbrevlåda)' }).fill('iop@kommun.example');
    await form.getByRole('textbox', { name: 'Webbadress' }).fill('https://kommun.example/iop');
    await form.getByRole('button', { name: 'Spara' }).click();
    await main().getByRole('status').getByText('Kontaktfunktion för IOP: ändringarna är sparade.').waitFor();

    // The public page may be cached for five minutes (the page says so); a new visitor sees the change.
    await main().getByText('i upp till fem minuter', { exact: false }).first().waitFor();
    const visitor = await page.context().browser()?.newContext({ baseURL: new URL(page.url()).origin });
    try {
      const publicPage = await visitor!.newPage();
      await publicPage.goto('/offentligt/iop');
      const contact = publicPage.getByRole('main').getByRole('region', { name: 'Kontakt om IOP' });
      await contact.getByRole('link', { name: 'iop@kommun.example' }).waitFor();
      await contact.getByRole('link', { name: 'https://kommun.example/iop' }).waitFor();
    } finally {
      await visitor?.close();
    }
  });

  it('the audit log names events in words, offers them grouped, and picks people by name', async () => {
    await page.goto('/admin/audit-log');
    await expect.poll(() => heading(page)).toBe('Granskningslogg');
    const table = main().getByRole('table');
    await table.getByText('Inställning ändrad').first().waitFor();
    // Every event is named in words: no badge shows a code such as review-meeting.held.
    const events = await table.locator('.mantine-Badge-label').allTextContents();
    expect(events.length).toBeGreaterThan(0);
    expect(events.filter((e) => /^[a-z-]+(\.[a-z_-]+)+$/.test(e.trim()))).toEqual([]);
    const eventSelect = main().getByRole('combobox', { name: 'Händelse' });
    expect(await eventSelect.locator('optgroup').evaluateAll((groups) => groups.map((g) => g.getAttribute('label')))).toContain('Initiativ och beredningsgrupp');
    expect(await eventSelect.locator('option', { hasText: 'Beredningsgruppens möte genomfört' }).count()).toBe(1);

    const picker = main().getByRole('combobox', { name: 'Utförd av' });
    await picker.click();
    await picker.fill('Demo Adm');
    await page.getByRole('option', { name: /Demo Administratör \(admin@demo\.samverkan\.local\)/ }).click();
    await eventSelect.selectOption({ label: 'Inställning ändrad' });
    await main().getByRole('button', { name: 'Filtrera' }).click();
    await page.waitForURL(/actorId=[0-9a-f-]{36}.*action=setting\.updated|action=setting\.updated.*actorId=/);
    await table.getByText('admin@demo.samverkan.local').first().waitFor();
    expect(await picker.inputValue()).toContain('Demo Administratör');

    // Issue 16 (audit tail anchoring): the chain's head, to archive outside the database.
    const head = main().getByRole('region', { name: 'Kedjans huvud' });
    const hash = head.getByText(/^[0-9a-f]{64}$/);
    await hash.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), head.getByRole('button', { name: 'Ladda ner huvudet som JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^granskningslogg-huvud-\d+\.json$/);
    const saved = JSON.parse(await fs.readFile((await download.path()) ?? '', 'utf8')) as { id: string; hash: string };
    expect(saved.hash).toBe(await hash.textContent());
    expect(download.suggestedFilename()).toBe(`granskningslogg-huvud-${saved.id}.json`);
    expect(await axeViolations(page, 'audit log filtered by a person, with the chain head')).toEqual([]);
  });

  it('form fields show a visible focus ring like buttons (WCAG 2.4.7)', async () => {
    const outline = async (name: string, role: 'textbox' | 'button' | 'combobox') => {
      const field = main().getByRole(role, { name }).first();
      await field.focus();
      return field.evaluate((el) => {
        const style = getComputedStyle(el);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
    };
    await page.keyboard.press('Tab');
    const text = await outline('Postens id', 'textbox');
    expect(text.style).toBe('solid');
    expect(text.width).toBeGreaterThanOrEqual(2);
    const select = await outline('Händelse', 'combobox');
    expect(select.style).toBe('solid');
    const button = await outline('Filtrera', 'button');
    expect(text).toEqual(button);
  });

  it('date fields write Swedish dates (ÅÅÅÅ-MM-DD) even in an American browser', async () => {
    const browser = page.context().browser();
    if (!browser) throw new Error('no browser');
    const american = await browser.newContext({ baseURL: new URL(page.url()).origin, viewport: { width: 1366, height: 900 }, locale: 'en-US' });
    try {
      const us = await american.newPage();
      await us.goto('/login');
      await us.getByRole('textbox', { name: 'E-postadress' }).fill(DEMO_USERS.admin.email);
      await us.getByRole('textbox', { name: 'Lösenord' }).fill(DEMO_PASSWORD);
      await us.getByRole('button', { name: 'Logga in' }).click();
      await us.waitForURL((url) => url.pathname === '/');
      await us.goto('/admin/audit-log?from=2026-03-05');
      const from = us.getByRole('main').getByRole('textbox', { name: 'Från och med datum' });
      await from.waitFor();
      expect(await from.inputValue()).toBe('2026-03-05');
      expect(await us.getByRole('main').getByText('Skriv som ÅÅÅÅ-MM-DD.').count()).toBe(2);
      const to = us.getByRole('main').getByRole('textbox', { name: 'Till och med datum' });
      await to.fill('5 mars 2026');
      await to.press('Tab');
      expect(await to.inputValue()).toBe('2026-03-05');
      await to.fill('03/05/2026');
      await to.press('Tab');
      await us.getByText('Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-05').waitFor();
      expect(await axeViolations(us, 'date field with an American browser')).toEqual([]);
    } finally {
      await american.close();
    }
    expect(journey.pageErrors).toEqual([]);
  });
});
