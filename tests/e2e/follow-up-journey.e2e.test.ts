import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { dialogGone, dialogShown, type Journey, startJourney } from './support/journey';
import { DEMO_USERS, heading, logIn, logOut } from './support/session';

const INDICATOR = 'Antal deltagare som fått arbete';

describe('Follow-up: adopt a plan, report a semester’s measurements as the partner, approve as staff, see the chart (AGR-2, AGR-6, IOP-7, IOP-9)', () => {
  let journey: Journey;
  let page: Page;
  const year = new Date().getFullYear() + 1;
  const period = `${year}-H1`;
  let cooperationPath = '';
  let planPath = '';
  let bodyPath = '';

  beforeAll(async () => {
    journey = await startJourney();
    page = journey.page;
  });
  afterAll(() => journey?.close());

  const main = () => page.getByRole('main');
  /** The grid's input for one breakdown of the indicator in the reported period. */
  const cell = (breakdown: string) => main().getByRole('textbox', { name: `${INDICATOR}, ${breakdown}, ${period}`, exact: true });
  const decision = () => main().getByRole('article', { name: new RegExp(`Antagande av verksamhetsplan ${year} `) });

  async function logInAs(user: { email: string; name: string }): Promise<void> {
    if (!page.url().includes('/login')) await page.goto('/login');
    await logIn(page, user.email);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  }

  it('IOP-6: the manager drafts next year’s plan with a quantitative indicator and proposes it for adoption', async () => {
    await page.goto('/login');
    await logInAs(DEMO_USERS.manager);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${DEMO_USERS.manager.name}`);
    // The IOPs only: the register holds the employers' memberships and partnerships too.
    await page.goto('/samverkan?form=iop');
    await main().getByRole('link', { name: /AMN \d{4}-0001/ }).first().click();
    await expect.poll(() => heading(page)).toBe('IOP Duo Stockholm');
    cooperationPath = new URL(page.url()).pathname;
    await main().getByRole('region', { name: 'Verksamhetsplaner' }).getByText('Antagen', { exact: true }).waitFor();
    expect(await axeViolations(page, 'cooperation with its plans')).toEqual([]);

    await main().getByRole('button', { name: 'Ny verksamhetsplan' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'År' }).fill(String(year));
    await dialog.getByRole('button', { name: 'Skapa plan' }).click();
    await expect.poll(() => heading(page)).toBe(`Verksamhetsplan ${year}`);
    await dialogGone(page);
    planPath = new URL(page.url()).pathname;
    await main().getByRole('button', { name: 'Lägg till mål' }).click();
    await main().getByRole('textbox', { name: 'Mål', exact: true }).fill('Fler deltagare får arbete');
    await main().getByRole('button', { name: 'Lägg till kvantitativ indikator' }).click();
    await main().getByRole('textbox', { name: 'Indikator', exact: true }).fill(INDICATOR);
    await main().getByRole('textbox', { name: 'Enhet' }).fill('personer');
    await main().getByRole('textbox', { name: 'Målvärde' }).fill('40');
    await main().getByRole('button', { name: 'Spara planen' }).click();
    await page.getByText('Planen har sparats.').waitFor();
    expect(await axeViolations(page, 'draft plan')).toEqual([]);

    await main().getByRole('button', { name: 'Föreslå för antagande' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Föreslå för antagande' }).click();
    await page.getByText('Planen är föreslagen för antagande.').waitFor();
    await dialogGone(page);
    await main().getByText('Beslutet väntar på alla parters godkännande.').waitFor();
    expect(await axeViolations(page, 'proposed plan')).toEqual([]);
  });

  it('IOP-7/AGR-2: the city’s representative approves the plan decision, and the plan stays proposed', async () => {
    await main().getByRole('link', { name: 'Beslutet i Styrgrupp Duo Stockholm' }).click();
    await expect.poll(() => heading(page)).toBe('Styrgrupp Duo Stockholm');
    bodyPath = new URL(page.url()).pathname;
    await decision().waitFor();
    expect(await axeViolations(page, 'steering group with the proposed plan decision')).toEqual([]);
    await decision().getByRole('button', { name: 'Godkänn' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Godkänn' }).click();
    await page.getByText('Du har godkänt beslutet.').waitFor();
    await dialogGone(page);
    await decision().getByText('Föreslaget', { exact: true }).waitFor();
    await page.goto(planPath);
    await expect.poll(() => heading(page)).toBe(`Verksamhetsplan ${year}`);
    await main().getByText('Föreslagen för antagande', { exact: true }).waitFor();
    await logOut(page, DEMO_USERS.manager.name);
  });

  it('IOP-7/AGR-2: the partner’s representative approves too, and the plan is adopted', async () => {
    await logInAs(DEMO_USERS.steeringMember);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${DEMO_USERS.steeringMember.name}`);
    await page.goto(bodyPath);
    await decision().waitFor();
    await decision().getByRole('button', { name: 'Godkänn' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Godkänn' }).click();
    await page.getByText('Du har godkänt beslutet.').waitFor();
    await dialogGone(page);
    await decision().getByText('Beslutat', { exact: true }).waitFor();
    expect(await axeViolations(page, 'plan decision taken')).toEqual([]);
    await page.goto(planPath);
    await expect.poll(() => heading(page)).toBe(`Verksamhetsplan ${year}`);
    await main().getByText('Planen är antagen och kan inte längre ändras.', { exact: false }).waitFor();
    await main().getByText('Beslutet är fattat gemensamt.').waitFor();
    expect(await axeViolations(page, 'adopted plan')).toEqual([]);
    await logOut(page, DEMO_USERS.steeringMember.name);
  });

  it('AGR-6: the partner fills the first half-year’s grid, which checks totals while typing, and saves it', async () => {
    await logInAs(DEMO_USERS.partner);
    await page.goto('/rapportering');
    await expect.poll(() => heading(page)).toBe('Att rapportera');
    await main().getByText('Individuell Människohjälp (IM)').waitFor();
    const yearField = main().getByRole('textbox', { name: 'År' });
    await yearField.fill(String(year));
    const open = main().getByRole('link', { name: `Öppna rapporten Första halvåret ${year} för IOP Duo Stockholm` });
    await open.waitFor();
    expect(await axeViolations(page, 'partner reporting')).toEqual([]);
    await open.click();
    await expect.poll(() => heading(page)).toBe(`Rapport Första halvåret ${year}`);
    await cell('Totalt').waitFor();
    expect(await axeViolations(page, 'empty partner report')).toEqual([]);

    await cell('Totalt').fill('20');
    await cell('Kön: Kvinnor').fill('25');
    await main().getByText('Större än totalen (20)').waitFor();
    await main().getByText('Rätta de markerade värdena innan du sparar.').waitFor();
    expect(await main().getByRole('button', { name: `Spara ${period}` }).isDisabled()).toBe(true);
    expect(await axeViolations(page, 'grid with a breakdown above its total')).toEqual([]);

    await cell('Kön: Kvinnor').fill('12');
    await cell('Kön: Män').fill('7');
    await cell('Kön: Annat eller ej angivet').fill('1');
    await cell('Målgrupp: Unga 16–29 år').fill('9');
    await main().getByRole('checkbox', { name: `${INDICATOR}, Målgrupp: Övriga nyanlända: värdet är okänt` }).check();
    expect(await main().getByText('Större än totalen', { exact: false }).count()).toBe(0);
    await main().getByRole('button', { name: `Spara ${period}` }).click();
    await page.getByText(`Mätvärdena för ${period} har sparats.`).waitFor();
    await main().getByText(/Senast sparad .* av Demo Partner/).waitFor();
    expect(await cell('Totalt').inputValue()).toBe('20');
    expect(await cell('Kön: Kvinnor').inputValue()).toBe('12');
    expect(await main().getByRole('checkbox', { name: `${INDICATOR}, Målgrupp: Övriga nyanlända: värdet är okänt` }).isChecked()).toBe(true);
  });

  it('IOP-9: the partner writes the follow-up and submits the report after confirming', async () => {
    await main().getByRole('textbox', { name: 'Uppföljning' }).fill('Tjugo deltagare fick arbete under våren, de flesta inom vård och omsorg.');
    await main().getByRole('button', { name: 'Lämna in …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lämna in rapporten?' });
    await dialogShown(page);
    expect(await axeViolations(page, 'submit confirmation')).toEqual([]);
    await dialog.getByRole('button', { name: 'Lämna in' }).click();
    await page.getByText('Rapporten är inlämnad. Förvaltningen granskar den.').first().waitFor();
    await dialogGone(page);
    await main().getByText('Rapporten är inlämnad och granskas av förvaltningen.').waitFor();
    expect(await main().getByRole('button', { name: 'Spara utkast' }).count()).toBe(0);
    expect(await axeViolations(page, 'submitted report')).toEqual([]);
    await logOut(page, DEMO_USERS.partner.name);
  });

  it('IOP-9: the officer approves the submitted report after confirming', async () => {
    await logInAs(DEMO_USERS.officer);
    await page.goto('/partnerrapporter');
    await expect.poll(() => heading(page)).toBe('Partnerrapporter');
    const queue = main().getByRole('table', { name: 'Partnerrapporter' });
    const row = queue.getByRole('row').filter({ hasText: `Första halvåret ${year}` });
    await row.getByText('Individuell Människohjälp (IM)').waitFor();
    expect(await axeViolations(page, 'partner reports to review')).toEqual([]);
    await row.getByRole('link', { name: /IOP Duo Stockholm/ }).click();
    await expect.poll(() => heading(page)).toBe(`Rapport Första halvåret ${year}`);
    await main().getByText('Tjugo deltagare fick arbete under våren', { exact: false }).waitFor();
    expect(await axeViolations(page, 'report under review')).toEqual([]);
    await main().getByRole('button', { name: 'Godkänn …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Godkänn rapporten?' });
    await dialogShown(page);
    expect(await axeViolations(page, 'approve confirmation')).toEqual([]);
    await dialog.getByRole('button', { name: 'Godkänn' }).click();
    await page.getByText('Rapporten är godkänd.').waitFor();
    await dialogGone(page);
    await main().getByText('Godkänd', { exact: true }).waitFor();
    expect(await main().getByRole('button', { name: 'Godkänn …' }).count()).toBe(0);
    expect(await axeViolations(page, 'approved report')).toEqual([]);
  });

  it('AGR-6: the cooperation’s measurements show the indicator’s chart and its table with the partner’s values', async () => {
    await page.goto(`${cooperationPath}/matningar?year=${year}`);
    await expect.poll(() => heading(page)).toBe(`Mätningar ${year}`);
    const charts = main().getByRole('region', { name: 'Utveckling över perioderna' });
    await charts.getByRole('img', { name: `Diagram över ${INDICATOR}: totalt och per kön jämfört med målet` }).waitFor();
    const table = charts.getByRole('table', { name: `${INDICATOR} som tabell` });
    const row = table.getByRole('row', { name: new RegExp(`^${period}`) });
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual(['20', '12', '7', '1', '40']);
    expect(await axeViolations(page, 'measurements with the chart')).toEqual([]);
    await logOut(page, DEMO_USERS.officer.name);
  });

  it('partner: the approved report shows “Godkänd” and is read-only', async () => {
    await logInAs(DEMO_USERS.partner);
    await page.goto('/rapportering');
    await main().getByRole('textbox', { name: 'År' }).fill(String(year));
    await main().getByRole('link', { name: `Öppna rapporten Första halvåret ${year} för IOP Duo Stockholm` }).click();
    await expect.poll(() => heading(page)).toBe(`Rapport Första halvåret ${year}`);
    await main().getByText('Godkänd', { exact: true }).waitFor();
    await main().getByText('Rapporten är godkänd och kan inte längre ändras.').waitFor();
    await main().getByText('Tjugo deltagare fick arbete under våren', { exact: false }).waitFor();
    await main().getByRole('region', { name: /Mätvärden/ }).getByText('20', { exact: true }).waitFor();
    expect(await main().getByRole('button', { name: /^Spara/ }).count()).toBe(0);
    expect(await main().getByRole('button', { name: 'Lämna in …' }).count()).toBe(0);
    expect(await main().getByRole('textbox').count()).toBe(0);
    expect(await main().getByRole('checkbox', { name: `${INDICATOR}, Totalt: värdet är okänt` }).isDisabled()).toBe(true);
    expect(await axeViolations(page, 'approved report, read-only')).toEqual([]);
    expect(journey.pageErrors).toEqual([]);
  });
});
