import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IOP_TERMS } from '../../src/shared/agreements/terms.rules';
import { axeViolations } from './support/axe';
import { tinyPdf } from './support/files';
import { dialogGone, type Journey, startJourney } from './support/journey';
import { DEMO_USERS, heading, logIn, logOut } from './support/session';

const PROPOSAL_TITLE = 'Svenska med baby i Skärholmen';
const JUSTIFICATION = 'Bedömt av förvaltningen utifrån förstudien och organisationens underlag.';

describe('From a public proposal to an active IOP (IOP-10, INI-1, INI-2, IOP-2–6, FRM-2, DEM-3)', () => {
  let journey: Journey;
  let page: Page;
  let cooperationPath = '';

  beforeAll(async () => {
    journey = await startJourney();
    page = journey.page;
  });
  afterAll(() => journey?.close());

  const main = () => page.getByRole('main');

  it('OVR-3, IOP-10: the public IOP page lists the published partnerships and leads to the proposal form', async () => {
    await page.goto('/offentligt/iop');
    await expect.poll(() => heading(page)).toBe('Idéburet offentligt partnerskap (IOP)');
    await page.getByRole('heading', { name: 'IOP Duo Stockholm' }).waitFor();
    expect(await page.getByText('Stockholmsmentor').count()).toBe(0);
    expect(await axeViolations(page, 'public IOP page')).toEqual([]);
    await page.getByRole('link', { name: 'Föreslå samverkan' }).first().click();
    await page.waitForURL('**/foresla-samverkan');
  });

  it('IOP-10: an organisation proposes cooperation through the public form without logging in', async () => {
    await expect.poll(() => heading(page)).not.toBe('');
    expect(await axeViolations(page, 'public proposal form')).toEqual([]);
    await page.getByRole('textbox', { name: 'Organisationens namn' }).fill('Svenska med baby');
    await page.getByRole('textbox', { name: 'Kontaktperson' }).fill('Kontakt Exempelsson');
    await page.getByRole('textbox', { name: 'E-postadress' }).fill('kontakt@example.org');
    await page.getByRole('textbox', { name: 'Rubrik' }).fill(PROPOSAL_TITLE);
    await page.getByRole('textbox', { name: 'Behov och syfte' }).fill('Vi vill starta språkgrupper för föräldralediga i Skärholmen tillsammans med förvaltningen.');
    await page.getByRole('button', { name: 'Skicka förslaget' }).click();
    await page.getByText('Tack för ert förslag!').waitFor();
    expect(await axeViolations(page, 'public proposal receipt')).toEqual([]);
  });

  it('INI-2, INI-7: the review group recommends IOP, follows up a running cooperation with an economist present, and holds the meeting', async () => {
    await page.goto('/login');
    await logIn(page, DEMO_USERS.reviewGroup.email);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${DEMO_USERS.reviewGroup.name}`);
    await page.goto('/beredningsgrupp');
    await main().getByText(PROPOSAL_TITLE).first().waitFor();
    expect(await axeViolations(page, 'review group')).toEqual([]);

    await main().getByRole('button', { name: 'Nytt möte' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Plats' }).fill('Förvaltningshuset, rum 4');
    await dialog.getByRole('checkbox', { name: 'Bygg dagordning från kön' }).check();
    await dialog.getByRole('button', { name: 'Skapa möte' }).click();
    await page.waitForURL(/\/beredningsgrupp\/moten\/[0-9a-f-]{36}$/);
    await dialogGone(page);
    const consultation = page.getByRole('table', { name: 'Samrådsärenden' });
    await consultation.getByText(PROPOSAL_TITLE).waitFor();
    expect(await axeViolations(page, 'review meeting')).toEqual([]);

    await consultation.getByRole('button', { name: `Registrera rekommendation för ${PROPOSAL_TITLE}` }).click();
    const record = page.getByRole('dialog');
    await record.getByRole('radio', { name: 'Samverkansform' }).check();
    await record.getByRole('combobox', { name: 'Samverkansform' }).selectOption({ label: 'IOP (idéburet offentligt partnerskap)' });
    await record.getByRole('textbox', { name: 'Motivering', exact: true }).fill('Organisationen har tagit initiativet och båda parter vill finansiera verksamheten långsiktigt.');
    // FRM-2: a recommended form carries the group's motivated judgement of its added value.
    await record.getByRole('checkbox', { name: 'Samverkan tillför ett mervärde och kompletterar förvaltningens grunduppdrag' }).check();
    await record.getByRole('textbox', { name: 'Motivering av mervärdet' }).fill('Språkgrupper för föräldralediga skulle annars inte erbjudas i Skärholmen.');
    expect(await axeViolations(page, 'recommendation dialog')).toEqual([]);
    await record.getByRole('button', { name: 'Spara rekommendation' }).click();
    await dialogGone(page);
    await consultation.getByText('Organisationen har tagit initiativet', { exact: false }).waitFor();

    // INI-7: with an economist present, the meeting follows up a running cooperation.
    const attendees = main().getByRole('form', { name: 'Vilka deltar i mötet?' });
    await attendees.getByRole('checkbox', { name: DEMO_USERS.reviewGroup.name }).check();
    await attendees.getByRole('checkbox', { name: 'Demo Ekonom (ekonom)' }).check();
    await attendees.getByRole('button', { name: 'Spara närvaro' }).click();
    await page.getByText('Närvaron har sparats.').waitFor();
    const followUp = main().getByRole('form', { name: 'Registrera uppföljning' });
    const duo = await followUp.locator('option', { hasText: 'IOP Duo Stockholm' }).getAttribute('value');
    await followUp.getByRole('combobox', { name: 'Samverkan att följa upp' }).selectOption(duo ?? '');
    await followUp.getByRole('textbox', { name: 'Bedömning' }).fill('Verksamheten når målgruppen och ekonomin följer budget.');
    await followUp.getByRole('button', { name: 'Registrera uppföljning' }).click();
    await main().getByRole('table', { name: 'Uppföljning av pågående samverkan' }).getByText('IOP Duo Stockholm').waitFor();
    expect(await axeViolations(page, 'review meeting with follow-up')).toEqual([]);

    await main().getByRole('button', { name: 'Markera som genomfört' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Markera som genomfört' }).click();
    await dialogGone(page);
    expect(await main().getByRole('link', { name: 'Ladda ner protokoll (PDF)' }).getAttribute('href')).toMatch(/minutes\.pdf$/);

    await page.goto('/beredningsgrupp');
    const due = main().getByRole('table', { name: 'Uppföljning på tur' });
    await due.getByText('IOP Medprat').waitFor();
    expect(await due.getByText('IOP Duo Stockholm').count()).toBe(0);
    await logOut(page, DEMO_USERS.reviewGroup.name);
  });

  it('OVR-1: an officer turns the recommended initiative into a cooperation with a case number', async () => {
    await logIn(page, DEMO_USERS.officer.email);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${DEMO_USERS.officer.name}`);
    await page.goto('/initiativ');
    await main().getByRole('link', { name: PROPOSAL_TITLE }).click();
    await expect.poll(() => heading(page)).toBe(PROPOSAL_TITLE);
    expect(await axeViolations(page, 'initiative page')).toEqual([]);
    await main().getByRole('link', { name: 'Skapa samverkan' }).click();
    await page.waitForURL(/\/samverkan\/ny\?initiativ=/);
    const title = main().getByRole('textbox', { name: 'Titel' });
    await expect.poll(() => title.inputValue()).toBe(PROPOSAL_TITLE);

    const parties = main().getByRole('combobox', { name: 'Parter' });
    await parties.fill('Svenska med baby');
    await page.getByRole('option', { name: 'Svenska med baby' }).first().click();
    // The picker's list stays open for more choices; it is closed before the page is checked.
    await parties.press('Escape');
    await main().getByRole('combobox', { name: 'Ansvarig chef' }).selectOption({ label: DEMO_USERS.manager.name });
    expect(await axeViolations(page, 'new cooperation form')).toEqual([]);
    await main().getByRole('button', { name: 'Registrera samverkan' }).click();
    await page.waitForURL(/\/samverkan\/[0-9a-f-]{36}/);
    cooperationPath = new URL(page.url()).pathname;
    await expect.poll(() => heading(page)).toContain(PROPOSAL_TITLE);
    await main().getByText(/AMN \d{4}-\d{4}/).first().waitFor();
    await logOut(page, DEMO_USERS.officer.name);
  });

  let apiPath = '';
  let bodyId = '';

  /** IOP-6: a steering group made through the governance pages, linked to the cooperation, with the city and the organisation. */
  async function createSteeringGroup() {
    const cooperation = await (await page.request.get(apiPath)).json();
    const partner = cooperation.parties[0].name as string;
    await page.goto('/styrgrupper');
    await main().getByRole('button', { name: 'Nytt organ' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Namn' }).fill(`Styrgrupp ${PROPOSAL_TITLE}`);
    await dialog.getByRole('textbox', { name: 'Mandat' }).fill('Leder partnerskapet gemensamt och följer upp mål och ekonomi.');
    const picker = dialog.getByRole('combobox', { name: 'Samverkan som organet styr' });
    await picker.fill(cooperation.caseNumber);
    await page.getByRole('option', { name: new RegExp(cooperation.caseNumber) }).click();
    await picker.press('Escape');
    expect(await axeViolations(page, 'new steering group')).toEqual([]);
    await dialog.getByRole('button', { name: 'Skapa organ' }).click();
    await page.waitForURL(/\/styrgrupper\/[0-9a-f-]{36}$/);
    await dialogGone(page);
    bodyId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await expect.poll(() => heading(page)).toBe(`Styrgrupp ${PROPOSAL_TITLE}`);

    const members: [string, string, string][] = [
      ['Stadens representant', 'Stockholms stad', 'Ansvarig chef'],
      ['Organisationens representant', partner, 'Verksamhetsansvarig'],
    ];
    for (const [name, organisation, role] of members) {
      await main().getByRole('button', { name: 'Lägg till ledamot' }).click();
      const form = page.getByRole('dialog').getByRole('form', { name: 'Lägg till ledamot' });
      await form.getByRole('textbox', { name: 'Ledamotens namn' }).fill(name);
      // Opened first, so that typing searches with the option list showing.
      await form.getByRole('combobox', { name: 'Organisation' }).click();
      await form.getByRole('combobox', { name: 'Organisation' }).fill(organisation);
      await page.getByRole('option', { name: organisation, exact: true }).first().click();
      await form.getByRole('textbox', { name: 'Roll i organet' }).fill(role);
      await form.getByRole('button', { name: 'Lägg till ledamot' }).click();
      await dialogGone(page);
      await main().getByRole('table', { name: 'Ledamöter' }).getByText(name).waitFor();
    }
    expect(await axeViolations(page, 'steering group with both parties')).toEqual([]);
  }

  /**
   * IOP-5: an agreement with every term complete and the signed PDF, through the API in the
   * browser's own session (cookie and CSRF token), between the members' organisations.
   */
  async function createSignedAgreement() {
    const { csrfToken } = await (await page.request.get('/api/auth/session')).json();
    const headers = { 'x-csrf-token': csrfToken as string };
    const body = await (await page.request.get(`/api/governance-bodies/${bodyId}`)).json();
    const organisationIds = (body.members as { organisation: { id: string } }[]).map((m) => m.organisation.id);
    const cooperationId = apiPath.split('/').pop();
    const created = await page.request.post('/api/agreements', {
      headers,
      data: {
        cooperationId,
        title: `Överenskommelse om IOP – ${PROPOSAL_TITLE}`,
        terms: Object.fromEntries(IOP_TERMS.map((term) => [term, { text: 'Enligt parternas överenskommelse.', complete: true }])),
        parties: organisationIds.map((organisationId, i) => ({ organisationId, signatory: i === 0 ? 'Förvaltningschef' : 'Ordförande' })),
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const agreement = await created.json();
    const signed = await page.request.post(`/api/agreements/${agreement.id}/signed-document?version=${agreement.version}&signedOn=2026-11-01`, {
      headers,
      multipart: { file: { name: 'overenskommelse-undertecknad.pdf', mimeType: 'application/pdf', buffer: tinyPdf('Undertecknad') } },
    });
    expect(signed.status(), await signed.text()).toBe(200);
  }
  it('IOP-2–6, FRM-2: activation is refused with the unmet gates named, then allowed once they are met', async () => {
    await logIn(page, DEMO_USERS.manager.email);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${DEMO_USERS.manager.name}`);
    await page.goto(cooperationPath);
    await page.getByRole('tab', { name: /^Checklista/ }).click();
    const checklist = main().getByRole('list', { name: 'Villkor för nästa steg' });
    await checklist.waitFor();
    expect(await axeViolations(page, 'checklist')).toEqual([]);

    // A row's rule is a small tag, named by the rule, that opens the rule's text on the rules page
    // in a new tab (the checklist stays where it was).
    const tag = checklist.getByRole('listitem').getByRole('link', { name: /^Regel IOP-2: Rättslig bedömning/ }).first();
    expect(await tag.textContent()).toBe('IOP-2');
    expect(await tag.getAttribute('href')).toBe('/regler#IOP-2');
    const [rules] = await Promise.all([page.context().waitForEvent('page'), tag.click()]);
    await rules.waitForURL('**/regler#IOP-2');
    await rules.getByRole('heading', { level: 1, name: 'Regler' }).waitFor();
    const rule = rules.locator('[id="IOP-2"]');
    await rule.getByRole('heading', { name: 'Rättslig bedömning' }).waitFor();
    expect(await rule.textContent()).toContain('Före avtal ska en rättslig bedömning bejaka att verksamheten inte måste upphandlas');
    // The cited rule is marked, has focus (a screen reader starts there) and is in view below the fixed header.
    expect(await rule.getAttribute('data-cited')).toBe('true');
    await expect.poll(() => rules.evaluate(() => document.activeElement?.id)).toBe('IOP-2');
    await expect
      .poll(() => rules.evaluate(() => document.getElementById('IOP-2')?.getBoundingClientRect().top ?? -1))
      .toBeGreaterThanOrEqual(68);
    expect(await rules.evaluate(() => (document.getElementById('IOP-2')?.getBoundingClientRect().top ?? 9999) < window.innerHeight / 2)).toBe(true);
    expect(await axeViolations(rules, 'rules page')).toEqual([]);
    await rules.close();
    expect(page.url()).toMatch(/\/samverkan\//);

    await main().getByRole('button', { name: 'Gör aktiv' }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByRole('button', { name: 'Gör aktiv' }).click();
    const unmet = confirm.getByRole('list', { name: 'Villkor som inte är uppfyllda' });
    await unmet.waitFor();
    const unmetText = await unmet.textContent();
    for (const requirement of ['FRM-2', 'IOP-2', 'IOP-4', 'IOP-5', 'IOP-6']) expect(unmetText).toContain(requirement);
    // IOP-5, IOP-6: the agreement, the signed document and the steering group are each named.
    for (const missing of ['Saknas: avtal.', 'Saknas: undertecknat avtal.', 'Saknas: styrgrupp kopplad till samverkan.']) expect(unmetText).toContain(missing);
    expect(unmetText).not.toContain('DEM-3');
    expect(await axeViolations(page, 'refused activation')).toEqual([]);
    await confirm.getByRole('button', { name: 'Avbryt' }).click();
    await dialogGone(page);
    apiPath = cooperationPath.replace('/samverkan/', '/api/cooperations/');
    expect((await (await page.request.get(apiPath)).json()).status).toBe('preparing');

    // Each fact form opens in a drawer from its checklist row and closes once saved.
    const openFrom = async (row: string) => {
      await main().getByRole('button', { name: row }).first().click();
      return page.getByRole('dialog');
    };
    const drawerGone = () => page.waitForFunction(() => document.querySelector('.mantine-Drawer-content') === null);
    const competence = (await openFrom('Fyll i Kompetens, uppdrag och mervärde')).getByRole('form', { name: 'Kompetens, uppdrag och mervärde' });
    await competence.getByRole('checkbox', { name: 'Samverkan ligger inom den kommunala kompetensen' }).check();
    await competence.getByRole('checkbox', { name: 'Samverkan ligger inom nämndens uppdrag' }).check();
    // FRM-2: an IOP adds value with activity that otherwise might not be offered.
    await competence.getByRole('checkbox', { name: /^Partnerskapet medför ett mervärde och kompletterar förvaltningens grunduppdrag/ }).check();
    expect(await axeViolations(page, 'competence form')).toEqual([]);
    for (const box of await competence.getByRole('textbox').all()) await box.fill(JUSTIFICATION);
    await competence.getByRole('button', { name: 'Spara Kompetens, uppdrag och mervärde' }).click();
    await page.getByText('Kompetens, uppdrag och mervärde har sparats.').waitFor();
    await drawerGone();

    const legal = (await openFrom('Fyll i Rättslig bedömning av IOP')).getByRole('form', { name: 'Rättslig bedömning av IOP' });
    for (const box of await legal.getByRole('checkbox').all()) await box.check();
    for (const yes of await legal.getByRole('radio', { name: 'Ja' }).all()) await yes.check();
    for (const box of await legal.getByRole('textbox').all()) await box.fill(JUSTIFICATION);
    await legal.getByRole('button', { name: 'Spara Rättslig bedömning av IOP' }).click();
    await page.getByText('Rättslig bedömning av IOP har sparats.').waitFor();
    await drawerGone();

    const preStudy = (await openFrom('Fyll i Förstudie')).getByRole('form', { name: 'Förstudie' });
    await preStudy.getByLabel('Datum').fill('2026-10-15');
    for (const field of ['Omfattning', 'Mål', 'Struktur och organisering', 'Roller och ansvar', 'Deltagare']) {
      await preStudy.getByRole('textbox', { name: field, exact: true }).fill(`${field}: beskrivet i förstudien.`);
    }
    await preStudy.getByRole('button', { name: 'Spara Förstudie' }).click();
    await page.getByText('Förstudie har sparats.').waitFor();
    await drawerGone();
    // Once met, a row leads back to its facts.
    await main().getByRole('button', { name: 'Visa Förstudie' }).waitFor();

    await createSteeringGroup();
    await createSignedAgreement();
    // Read afresh until every condition is met (a loaded machine may answer the last writes late);
    // while one is not, the poll's message carries the checklist's text to say which.
    await expect
      .poll(
        async () => {
          await page.goto(cooperationPath);
          await page.getByRole('tab', { name: /^Checklista/ }).click();
          const list = main().getByRole('list', { name: 'Villkor för nästa steg' });
          await list.waitFor();
          const status = (await main().getByRole('status').filter({ hasText: /av \d+/ }).first().textContent()) ?? '';
          return /^(\d+) av \1\b/.test(status) ? status : `${status} — ${(await list.innerText()).replace(/\s+/g, ' ')}`;
        },
        { timeout: 30_000, interval: 2_000 },
      )
      .toMatch(/^(\d+) av \1\b/);

    await main().getByRole('button', { name: 'Gör aktiv' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Gör aktiv' }).click();
    await dialogGone(page);
    await main().getByText('Aktiv', { exact: true }).first().waitFor();
    expect((await (await page.request.get(apiPath)).json()).status).toBe('active');
    expect(await axeViolations(page, 'active cooperation')).toEqual([]);

    await page.getByRole('tab', { name: 'Historik' }).click();
    const history = main().getByRole('table', { name: 'Historik' });
    // The refused attempt is not a change; the successful one lists its gates, all met.
    await history.getByText(/^(\d+) av \1 villkor uppfyllda$/).first().waitFor();
    expect(await axeViolations(page, 'cooperation history')).toEqual([]);
  });

  it('left no errors in the browser console', () => {
    expect(journey.pageErrors).toEqual([]);
  });
});
