import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { type Journey, startJourney } from './support/journey';
import { DEMO_USERS, heading, logIn } from './support/session';

// Swedish numbers group thousands with a (no-break) space.
const figure = (text: string | null) => Number((text ?? '').replace(/[\s\u00a0]/g, ''));

describe('The committee’s annual report: open it, filter it, follow a figure to its list, download it (OVR-2)', () => {
  let journey: Journey;
  let page: Page;
  const year = new Date().getFullYear();
  const defaultYear = new Date().getMonth() < 2 ? year - 1 : year;

  beforeAll(async () => {
    journey = await startJourney();
    page = journey.page;
  });
  afterAll(() => journey?.close());

  const main = () => page.getByRole('main');
  const headingIs = (text: string) => expect.poll(() => heading(page), { timeout: 30_000 }).toBe(text);
  const formsSection = () => main().getByRole('region', { name: 'Samverkan per form', exact: true });
  const runningLink = (row: string) => formsSection().getByRole('link', { name: `– ${row}, Pågående under perioden: visa samverkan`, exact: false });
  const totalRunning = async () => figure(await runningLink('Totalt').textContent());

  async function formRows(): Promise<{ name: string; running: number }[]> {
    const table = formsSection().getByRole('table');
    const names = (await table.locator('tbody th[scope="row"]').allTextContents()).filter((n) => n !== 'Totalt');
    return Promise.all(names.map(async (name) => ({ name, running: figure(await runningLink(name).textContent()) })));
  }

  it('OVR-2: an officer opens the report from the menu and sees the forms section with its chart and figures', async () => {
    await page.goto('/login');
    await logIn(page, DEMO_USERS.officer.email);
    await headingIs(`Välkommen, ${DEMO_USERS.officer.name}`);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Årsrapport' }).click();
    await headingIs(`Årsrapport om samverkan ${defaultYear}`);
    // The demo data's cooperations became active on the day the server started: in January and
    // February, when the page opens with the year just ended, the journey asks for this year.
    if (defaultYear !== year) {
      await main().getByRole('combobox', { name: 'År' }).selectOption(String(year));
      await headingIs(`Årsrapport om samverkan ${year}`);
    }
    await formsSection().getByRole('table').waitFor({ timeout: 30_000 });
    await formsSection().locator('.recharts-surface').first().waitFor();
    await main().getByRole('navigation', { name: 'Innehåll' }).getByRole('link', { name: 'Samverkan per form' }).click();
    await expect.poll(() => formsSection().evaluate((el) => el.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    const rows = await formRows();
    expect(rows.length).toBeGreaterThan(1);
    expect(await totalRunning()).toBe(rows.reduce((sum, r) => sum + r.running, 0));
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: path.join(process.env.SCREENSHOT_DIR, 'committee-report.png'), fullPage: true });
    expect(await axeViolations(page, 'committee report')).toEqual([]);
  });

  let chosen: { name: string; running: number };

  it('OVR-2: choosing a form narrows the figures to that form, and the address keeps the filter', async () => {
    const before = await totalRunning();
    const rows = await formRows();
    chosen = rows.find((r) => r.running > 0 && r.running < before) ?? rows[0]!;
    await main().getByRole('combobox', { name: 'Samverkansform' }).click();
    await page.getByRole('option', { name: chosen.name, exact: true }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => totalRunning(), { timeout: 30_000 }).toBe(chosen.running);
    expect(chosen.running).not.toBe(before);
    expect(await formRows()).toEqual([chosen]);
    expect(new URL(page.url()).searchParams.get('form')).not.toBeNull();
  });

  it('OVR-2: a figure leads to the list of exactly the cooperations behind it, with the period shown as a filter', async () => {
    await runningLink('Totalt').click();
    await headingIs('Samverkan');
    const count = main().getByRole('status').filter({ hasText: 'samverkan' });
    await expect.poll(async () => figure((await count.textContent())?.replace('samverkan', '') ?? ''), { timeout: 30_000 }).toBe(chosen.running);
    await main().getByRole('table').waitFor();
    expect(await main().getByRole('table').locator('tbody tr').count()).toBe(Math.min(chosen.running, 25));
    const chip = main().getByRole('group', { name: 'Urval från årsrapporten' });
    await chip.getByText(`Pågående ${year}-01-01 – ${year}-12-31`).waitFor();
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: path.join(process.env.SCREENSHOT_DIR, 'cooperation-list-period.png') });
    expect(await axeViolations(page, 'cooperation list from a figure')).toEqual([]);
  });

  it('OVR-2: back on the report, the filter is still chosen', async () => {
    await page.goBack();
    await headingIs(`Årsrapport om samverkan ${year}`);
    await expect.poll(() => totalRunning(), { timeout: 30_000 }).toBe(chosen.running);
  });

  it('OVR-2: a period that ends before it begins is refused with the reason, not an empty report', async () => {
    await page.goto(`/rapport?year=${year}&from=${year}-06-30&to=${year}-01-01`);
    const alert = main().getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    await main().getByText('Periodens slut kan inte ligga före dess början').waitFor();
    expect(await formsSection().count()).toBe(0);
    expect(await axeViolations(page, 'committee report refused')).toEqual([]);
    await page.goBack();
    await headingIs(`Årsrapport om samverkan ${year}`);
  });

  it('OVR-2: the report downloads as Excel with the same filters', async () => {
    const excel = main().getByRole('link', { name: 'Ladda ner Excel' });
    const href = (await excel.getAttribute('href')) ?? '';
    const url = new URL(href, page.url());
    expect(url.pathname).toBe('/api/reports/committee/export');
    expect(url.searchParams.get('format')).toBe('xlsx');
    expect(url.searchParams.get('lang')).toBe('sv');
    expect(url.searchParams.get('year')).toBe(String(year));
    expect(url.searchParams.get('form')).toBe(new URL(page.url()).searchParams.get('form'));
    // The same request the button makes, with the session's cookie: a workbook, not an error page.
    const response = await page.request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const [download] = await Promise.all([page.waitForEvent('download'), excel.click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(journey.pageErrors).toEqual([]);
  });
});
