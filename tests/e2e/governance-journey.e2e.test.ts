import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { tinyPdf } from './support/files';
import { dialogGone, type Journey, startJourney } from './support/journey';
import { DEMO_USERS, heading, logIn, logOut } from './support/session';

const DECISION = 'Styrgruppen fastställer verksamhetsplanen för nästa år.';

describe('Joint steering of an IOP: a meeting and a decision both parties approve (IOP-6)', () => {
  let journey: Journey;
  let page: Page;
  let meetingPath = '';

  beforeAll(async () => {
    journey = await startJourney();
    page = journey.page;
  });
  afterAll(() => journey?.close());

  const main = () => page.getByRole('main');

  it('the manager opens the IOP, goes to its steering group and records a meeting', async () => {
    await page.goto('/login');
    await logIn(page, DEMO_USERS.manager.email);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${DEMO_USERS.manager.name}`);
    // The IOPs only: the register holds the employers' memberships and partnerships too.
    await page.goto('/samverkan?form=iop');
    await main().getByRole('link', { name: 'AMN 2026-0001' }).or(main().getByRole('link', { name: /AMN \d{4}-0001/ })).first().click();
    await expect.poll(() => heading(page)).toBe('IOP Duo Stockholm');
    await main().getByRole('heading', { name: 'Styrning' }).waitFor();
    expect(await axeViolations(page, 'cooperation with its steering group')).toEqual([]);
    await main().getByRole('link', { name: 'Styrgrupp Duo Stockholm' }).first().click();
    await expect.poll(() => heading(page)).toBe('Styrgrupp Duo Stockholm');
    expect(await axeViolations(page, 'steering group')).toEqual([]);

    await main().getByRole('button', { name: 'Nytt möte' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Dagordning' }).fill('1. Verksamhetsplan och budget\n2. Uppföljning av mål');
    await dialog.getByRole('checkbox', { name: /Demo Ansvarig chef/ }).check();
    await dialog.getByRole('checkbox', { name: /Demo Styrgruppsledamot/ }).check();
    await dialog.getByRole('button', { name: 'Registrera möte' }).click();
    await page.waitForURL('**/styrgrupper/moten/**');
    await dialogGone(page);
    meetingPath = new URL(page.url()).pathname;
    await page.getByText('Mötet har registrerats.').waitFor();
    await main().getByRole('button', { name: 'Redigera protokoll' }).click();
    await main().getByRole('textbox', { name: 'Protokoll' }).fill('Styrgruppen gick igenom verksamhetsplanen och budgeten.');
    await main().getByRole('button', { name: 'Spara protokoll' }).click();
    await page.getByText('Protokollet har sparats.').waitFor();
    expect(await axeViolations(page, 'steering-group meeting')).toEqual([]);
  });

  it('a budget draft is attached to the meeting and listed for download', async () => {
    const attachments = main().getByRole('region', { name: 'Bilagor' });
    await attachments.getByText('Inga bilagor har lagts till mötet.').waitFor();
    // Attendance is shown once: as the list of those present, not beside a form of checkboxes.
    const attendance = main().getByRole('region', { name: 'Närvarande ledamöter' });
    await attendance.getByRole('list', { name: 'Närvarande ledamöter' }).waitFor();
    expect(await attendance.getByRole('checkbox').count()).toBe(0);
    // Nothing is added from forms open among the read-only content: each add form opens from a button.
    expect(await main().getByRole('textbox', { name: 'Rubrik' }).count()).toBe(0);
    await attachments.getByRole('button', { name: 'Lägg till bilaga' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Rubrik' }).fill('Förslag till budget');
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'budget.pdf', mimeType: 'application/pdf', buffer: tinyPdf('Budget') });
    expect(await axeViolations(page, 'add attachment dialog')).toEqual([]);
    await dialog.getByRole('button', { name: 'Lägg till bilaga' }).click();
    await page.getByText('Bilagan ”Förslag till budget” har lagts till.').waitFor();
    await dialogGone(page);
    const link = attachments.getByRole('link', { name: 'Ladda ned Förslag till budget (budget.pdf)' });
    expect(await link.getAttribute('href')).toMatch(/^\/api\/meetings\/[0-9a-f-]{36}\/attachments\/[0-9a-f-]{36}\/content$/);
    expect(await axeViolations(page, 'meeting with an attachment')).toEqual([]);
  });

  it('IOP-7: the steering group’s annual cycle shows this year’s tasks, and the follow-up is completed', async () => {
    await main().getByRole('link', { name: /Till Styrgrupp Duo Stockholm/ }).click();
    await expect.poll(() => heading(page)).toBe('Styrgrupp Duo Stockholm');
    const year = new Date().getFullYear();
    const cycle = main().getByRole('region', { name: 'Årshjul' });
    const table = cycle.getByRole('table', { name: `Årshjul ${year}` });
    await table.waitFor();
    const followUp = `Uppföljning av ${year - 1}: måluppfyllelse och ekonomiskt utfall`;
    await table.getByRole('rowheader', { name: followUp }).waitFor();
    await cycle.getByRole('table', { name: `Årshjul ${year + 1}` }).waitFor();
    expect(await axeViolations(page, 'steering group with its annual cycle')).toEqual([]);
    await table.getByRole('button', { name: `Markera som klar: ${followUp}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Markera som klar' }).click();
    await dialog.getByText('Fältet är obligatoriskt').waitFor();
    expect(await axeViolations(page, 'follow-up dialog with a validation message')).toEqual([]);
    await dialog.getByRole('textbox', { name: 'Uppföljning' }).fill('Målen nåddes till största delen; budgeten hölls.');
    await dialog.getByRole('button', { name: 'Markera som klar' }).click();
    await page.getByText('Uppgiften är markerad som klar.').waitFor();
    await dialogGone(page);
    await table.getByText(`Klar`, { exact: true }).first().waitFor();
    await table.getByText('Målen nåddes till största delen; budgeten hölls.').waitFor();
    await page.goto(meetingPath);
    await main().getByRole('heading', { name: 'Bilagor' }).waitFor();
  });

  it('IOP-6: a decision approved by the city alone stays proposed', async () => {
    await main().getByRole('button', { name: 'Föreslå beslut' }).click();
    const proposal = page.getByRole('dialog');
    await proposal.getByRole('textbox', { name: 'Beslutstext' }).fill(DECISION);
    await proposal.getByRole('button', { name: 'Föreslå beslut' }).click();
    await page.getByText('Beslutet har föreslagits.').waitFor();
    await dialogGone(page);
    await main().getByRole('button', { name: 'Godkänn' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Godkänn' }).click();
    await page.getByText('Du har godkänt beslutet.').waitFor();
    await dialogGone(page);
    await main().getByText('Föreslaget').first().waitFor();
    expect(await main().getByText('Beslutat', { exact: true }).count()).toBe(0);
    await logOut(page, DEMO_USERS.manager.name);
  });

  it('IOP-6: the partner’s representative approves too, and the decision is taken', async () => {
    await logIn(page, DEMO_USERS.steeringMember.email);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${DEMO_USERS.steeringMember.name}`);
    await page.goto(meetingPath);
    await main().getByText(DECISION).waitFor();
    await main().getByRole('button', { name: 'Godkänn' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Godkänn' }).click();
    await page.getByText('Du har godkänt beslutet.').waitFor();
    await dialogGone(page);
    await main().getByText('Beslutat', { exact: true }).first().waitFor();
    expect(await axeViolations(page, 'decision taken')).toEqual([]);
  });

  it('AGR-3: the organisation diagram of the agreement with Arbetsförmedlingen is drawn from its bodies, each with its representation', async () => {
    await logOut(page, DEMO_USERS.steeringMember.name);
    await logIn(page, DEMO_USERS.manager.email);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${DEMO_USERS.manager.name}`);
    await page.goto('/styrgrupper/organisation');
    await main().getByRole('heading', { name: 'Strategisk styrgrupp' }).waitFor();
    // Reporting lines: the operative group reports to the strategic one, the clusters to the operative one.
    const strategic = main().getByRole('list', { name: /Strategisk styrgrupp/ });
    await strategic.getByRole('heading', { name: 'Operativ styrgrupp' }).waitFor();
    const operative = main().getByRole('list', { name: /Operativ styrgrupp/ });
    for (const cluster of ['Kluster Järva', 'Kluster Vällingby–City', 'Kluster Söderort – Gröna linjen', 'Kluster Söderort – Röda linjen', 'Kluster nyanlända']) {
      await operative.getByRole('heading', { name: cluster }).waitFor();
    }
    await main().getByText('Enskede-Årsta-Vantör', { exact: true }).waitFor();
    expect(await axeViolations(page, 'organisation diagram')).toEqual([]);
    await main().getByRole('link', { name: 'Kluster Järva' }).click();
    await expect.poll(() => heading(page)).toBe('Kluster Järva');
    await main().getByText('Rinkeby-Kista', { exact: true }).waitFor();
    expect(await axeViolations(page, 'cluster with its representation')).toEqual([]);
  });

  it('IOP-6: the strategic steering group’s parties are the city and Arbetsförmedlingen; a member from Samordningsförbundet takes part without a vote', async () => {
    await page.goto('/styrgrupper?withoutMeeting=true');
    const list = main().getByRole('table', { name: 'Styrgrupper och andra organ' });
    await list.getByRole('link', { name: 'Strategisk styrgrupp' }).waitFor();
    // The IOP steering group met this semester, so the filter leaves it out; each body names its cooperation.
    expect(await list.getByRole('link', { name: 'Styrgrupp Duo Stockholm' }).count()).toBe(0);
    await list.getByRole('link', { name: /Samverkansöverenskommelse med Arbetsförmedlingen/ }).first().waitFor();
    expect(await axeViolations(page, 'bodies without a meeting this semester')).toEqual([]);
    await list.getByRole('link', { name: 'Strategisk styrgrupp' }).click();
    await expect.poll(() => heading(page)).toBe('Strategisk styrgrupp');
    const parties = main().getByRole('region', { name: 'Parter i beslut' });
    const listed = parties.getByRole('list', { name: 'Parter i beslut' });
    await listed.getByText('Arbetsförmedlingen', { exact: true }).waitFor();
    await listed.getByText('Stockholms stad', { exact: true }).waitFor();
    expect(await listed.getByRole('listitem').count()).toBe(2);

    await main().getByRole('button', { name: 'Lägg till ledamot' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Ledamotens namn' }).fill('Förbundets företrädare');
    await dialog.getByRole('combobox', { name: 'Organisation' }).click();
    await dialog.getByRole('combobox', { name: 'Organisation' }).fill('Samordningsförbundet');
    await page.getByRole('option', { name: 'Samordningsförbundet Stockholms stad', exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Roll i organet' }).fill('Adjungerad');
    expect(await axeViolations(page, 'add member dialog')).toEqual([]);
    await dialog.getByRole('button', { name: 'Lägg till ledamot' }).click();
    await page.getByText('Ledamoten har lagts till.').waitFor();
    await dialogGone(page);
    await parties.getByText('Organisationer med ledamöter som deltar utan rösträtt: Samordningsförbundet Stockholms stad.').waitFor();
    expect(await listed.getByRole('listitem').count()).toBe(2);
    // Closing the body is apart from its edit actions and asks first.
    await main().getByRole('region', { name: 'Avsluta organet' }).getByRole('button', { name: 'Avsluta organet' }).click();
    await page.getByRole('dialog', { name: 'Avsluta Strategisk styrgrupp?' }).getByRole('button', { name: 'Avbryt' }).click();
    await dialogGone(page);
    expect(await axeViolations(page, 'steering group with a member without a vote')).toEqual([]);
  });

  it('left no errors in the browser console', () => {
    expect(journey.pageErrors).toEqual([]);
  });
});
