import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { swedishCsv, tinyPdf } from './support/files';
import { dialogGone, type Journey, startJourney } from './support/journey';
import { DEMO_USERS, heading, logIn, logOut } from './support/session';

const NEW_ORGANISATION = 'Järva Läxhjälp';

describe('Organisation register in the browser: search, register, documents, democracy, import (ORG, DEM)', () => {
  let journey: Journey;
  let page: Page;
  let organisationPath = '';

  beforeAll(async () => {
    journey = await startJourney();
    page = journey.page;
  });
  afterAll(() => journey?.close());

  const main = () => page.getByRole('main');

  it('lets an officer search the register, forgiving a misspelt name', async () => {
    await page.goto('/');
    await page.waitForURL('**/login');
    await logIn(page, DEMO_USERS.officer.email);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${DEMO_USERS.officer.name}`);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Organisationer' }).click();
    await expect.poll(() => heading(page)).toBe('Organisationer');
    const table = page.getByRole('table', { name: 'Organisationer' });
    await table.getByRole('link', { name: 'Arbetsförmedlingen' }).waitFor();
    // The count the list shows is the register's total (the demo's organisations and employers).
    const { total } = await (await page.request.get('/api/organisations?limit=1')).json();
    expect(total).toBeGreaterThan(39);
    await main().getByRole('status').getByText(`${total} organisationer`).waitFor();
    expect(await main().getByRole('link', { name: 'Exportera till Excel' }).getAttribute('href')).toContain('format=xlsx');
    expect(await axeViolations(page, 'organisation list')).toEqual([]);

    await page.getByRole('searchbox', { name: 'Sök organisation' }).fill('Kompis Sverge');
    // The search goes into the address (debounced), so the result can be linked.
    await page.waitForURL(/q=Kompis\+Sverge/);
    await table.getByRole('link', { name: 'Kompis Sverige' }).waitFor();
    await expect.poll(async () => table.getByRole('row').count()).toBe(2);
    expect(await main().getByRole('link', { name: 'Exportera till CSV' }).getAttribute('href')).toContain('q=Kompis+Sverge');
  });

  it('shows the server’s Swedish messages on the fields of the registration form', async () => {
    await main().getByRole('link', { name: 'Ny organisation' }).click();
    await expect.poll(() => heading(page)).toBe('Ny organisation');
    const basics = page.getByRole('group', { name: 'Grunduppgifter' });
    await basics.getByRole('textbox', { name: 'Namn' }).fill(NEW_ORGANISATION);
    await basics.getByRole('combobox', { name: 'Juridisk form' }).selectOption({ label: 'Ideell förening' });
    const orgNumber = basics.getByRole('textbox', { name: 'Organisationsnummer' });
    await orgNumber.fill('212000-0143');
    await page.getByRole('checkbox', { name: 'Rinkeby-Kista' }).check();
    await page.getByRole('button', { name: 'Lägg till kontaktperson' }).click();
    const contact = page.getByRole('group', { name: 'Kontaktperson 1' });
    await contact.getByRole('textbox', { name: 'Namn' }).fill('Amina Yusuf');
    await contact.getByRole('textbox', { name: 'Roll' }).fill('Ordförande');
    await contact.getByRole('textbox', { name: 'E-postadress' }).fill('amina.yusuf@example.se');
    await page.getByRole('button', { name: 'Registrera organisation' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'Uppgifterna kunde inte sparas' });
    await summary.getByRole('link', { name: 'Organisationsnummer: Organisationsnumret har fel kontrollsiffra' }).waitFor();
    expect(await orgNumber.getAttribute('aria-invalid')).toBe('true');
    expect(await basics.getByText('Organisationsnumret har fel kontrollsiffra').count()).toBe(1);
    // The summary takes focus, so the error is announced at once.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    expect(await axeViolations(page, 'create form with errors')).toEqual([]);

    // A number already in the register links to the organisation that has it.
    await orgNumber.fill('212000-0142');
    await page.getByRole('button', { name: 'Registrera organisation' }).click();
    await basics.getByRole('link', { name: 'Stockholms stad' }).waitFor();
    await basics.getByText('Organisationsnumret finns redan').waitFor();
  });

  it('registers the organisation with a valid number and opens its page', async () => {
    const orgNumber = page.getByRole('group', { name: 'Grunduppgifter' }).getByRole('textbox', { name: 'Organisationsnummer' });
    await orgNumber.fill('8024006382');
    await page.getByText('Giltigt organisationsnummer: 802400-6382').waitFor();
    await page.getByRole('button', { name: 'Registrera organisation' }).click();
    await page.waitForURL(/\/organisationer\/[0-9a-f-]{36}$/);
    organisationPath = new URL(page.url()).pathname;
    await expect.poll(() => heading(page)).toBe(NEW_ORGANISATION);
    await page.getByRole('status').getByText(`Organisationen ${NEW_ORGANISATION} har registrerats.`).waitFor();
    await main().getByText('802400-6382').first().waitFor();
    await main().getByText('Rinkeby-Kista').waitFor();
    expect(await axeViolations(page, 'organisation overview')).toEqual([]);

    await page.getByRole('tab', { name: 'Kontaktpersoner (1)' }).click();
    await page.getByRole('table', { name: 'Kontaktpersoner' }).getByRole('rowheader', { name: 'Amina Yusuf' }).waitFor();
    expect(await axeViolations(page, 'contacts tab')).toEqual([]);
  });

  it('uploads a control document and marks another as not existing (ORG-4)', async () => {
    await page.getByRole('tab', { name: 'Dokument och kontroll' }).click();
    const checklist = page.getByRole('table', { name: 'Kontrolldokument', exact: true });
    const statutes = checklist.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Stadgar', exact: true }) });
    await statutes.getByText('Saknas').waitFor();
    await main().getByText('8 dokument saknas för att kontrollen ska vara komplett.').waitFor();
    expect(await axeViolations(page, 'documents tab')).toEqual([]);

    await statutes.getByRole('button', { name: 'Ladda upp Stadgar' }).click();
    const upload = page.getByRole('form', { name: 'Ladda upp dokument' });
    expect(await upload.getByRole('combobox', { name: 'Dokument' }).inputValue()).toBe('statutes');
    await upload.locator('input[type="file"]').setInputFiles({ name: 'stadgar.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
    await upload.getByRole('button', { name: 'Ladda upp', exact: true }).click();
    await page.getByRole('status').getByText(/^Stadgar \(\d{4}\) har laddats upp: stadgar\.pdf\.$/).waitFor();
    await statutes.getByText('Inkommen').waitFor();
    await statutes.getByRole('link', { name: 'stadgar.pdf' }).waitFor();
    await main().getByText('7 dokument saknas för att kontrollen ska vara komplett.').waitFor();
    await page.getByRole('table', { name: 'Alla dokument och versioner' }).getByText('Gäller i kontrollen').waitFor();

    await page.getByRole('button', { name: 'Finns inte: Medlemsantal' }).click();
    const dialog = page.getByRole('dialog', { name: 'Medlemsantal finns inte' });
    await dialog.getByRole('textbox', { name: 'Skäl' }).fill('Föreningen för inget medlemsregister; alla deltagare är välkomna.');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialogGone(page);
    const members = checklist.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Medlemsantal' }) });
    await members.getByText('Finns inte', { exact: true }).waitFor();
    await members.getByText(/^Skäl: Föreningen för inget medlemsregister/).waitFor();
    expect(await axeViolations(page, 'documents tab after upload')).toEqual([]);
  });

  it('lets the officer prepare a democracy assessment and hand it over to a manager (DEM-1–3)', async () => {
    await page.goto(`${organisationPath}?tab=democracy`);
    await expect.poll(() => heading(page)).toBe(NEW_ORGANISATION);
    await main().getByText('Organisationen har inte bedömts.').waitFor();

    await page.getByRole('button', { name: 'Påbörja en bedömning' }).click();
    await main().getByText(/^Utkast påbörjat av Demo Handläggare den/).first().waitFor();
    // Nothing is pre-answered: handing over without answers lists what is missing.
    await page.getByRole('button', { name: 'Skicka för signering' }).click();
    await page.getByRole('alert').filter({ hasText: 'Bedömningen är inte komplett' }).waitFor();
    expect(await axeViolations(page, 'democracy form with errors')).toEqual([]);

    // Every question is worded so that "Ja" is the safe answer.
    const questions = [
      '1. Våld, tvång och hot',
      '2. Alla människors lika värde',
      '3. Inget stöd för våld eller diskriminering',
      '4. Det demokratiska styrelseskicket',
      '5. Förvaltningens uppdrag och målgrupper',
      '6. Identifierat behov',
      '7. Våld, alkohol och droger',
      '8. God ekonomisk ordning',
      '9. Elevers och aspiranters säkerhet',
    ];
    for (const name of questions) await page.getByRole('group', { name, exact: true }).getByRole('radio', { name: 'Ja' }).check();
    // A "Nej" asks for a motivation and says what it means; this one is changed back to "Ja".
    const economy = page.getByRole('group', { name: '8. God ekonomisk ordning', exact: true });
    await economy.getByRole('radio', { name: 'Nej' }).check();
    await economy.getByText('Ett nej innebär att organisationen inte kan godkännas för samverkan.').waitFor();
    await page.getByText('Resultat: Ej uppfyllda').waitFor();
    await economy.getByRole('radio', { name: 'Ja' }).check();
    await page.getByRole('textbox', { name: 'Underlag för bedömningen' }).fill('Stadgar, verksamhetsberättelse och föreningens webbplats; samtal med styrelsen.');
    await main().getByRole('textbox', { name: 'Underlag: webbadresser' }).fill('https://www.example.se/jarva-laxhjalp/stadgar');
    await page.getByText('Resultat: Uppfyllda').waitFor();
    expect(await axeViolations(page, 'democracy form filled in')).toEqual([]);

    await page.getByRole('button', { name: 'Skicka för signering' }).click();
    const dialog = page.getByRole('dialog', { name: 'Skicka bedömningen för signering' });
    await dialog.getByRole('combobox', { name: 'Ansvarig chef' }).click();
    await page.getByRole('option', { name: 'Demo Ansvarig chef' }).click();
    await dialog.getByRole('button', { name: 'Skicka för signering' }).click();
    await page.getByRole('status').getByText('Bedömningen är skickad till Demo Ansvarig chef för signering.').waitFor();
    await dialogGone(page);
    // The hand-over shows under the organisation's name; the status is unchanged until signed.
    await main().getByText(/^Förberedd av Demo Handläggare den .+, väntar på signering av Demo Ansvarig chef\.$/).first().waitFor();
    await main().getByText('Organisationen har inte bedömts.').waitFor();
    expect(await page.getByRole('button', { name: 'Granska och signera' }).count()).toBe(0);
    // Saving before the hand-over and the hand-over itself are one step: no conflict with itself.
    expect(await main().getByText('Bedömningen har ändrats av någon annan').count()).toBe(0);
    expect(await axeViolations(page, 'democracy tab handed over')).toEqual([]);
  });

  it('lets the manager find it under "Att signera", review it and sign (DEM-3)', async () => {
    await logOut(page, DEMO_USERS.officer.name);
    await logIn(page, DEMO_USERS.manager.email);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${DEMO_USERS.manager.name}`);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Organisationer' }).click();
    const toSign = page.getByRole('table', { name: 'Att signera' });
    await toSign.getByRole('link', { name: NEW_ORGANISATION }).click();
    await expect.poll(() => heading(page)).toBe(NEW_ORGANISATION);
    await main().getByText('Bedömningen väntar på din granskning. Du kan ändra svar innan du signerar; ändringarna sparas i historiken.').waitFor();

    await page.getByRole('button', { name: 'Granska och signera' }).click();
    const dialog = page.getByRole('dialog', { name: 'Signera bedömningen?' });
    await dialog.getByText(/med resultatet Uppfyllda/).waitFor();
    await dialog.getByRole('button', { name: 'Signera' }).click();
    await page.getByRole('status').getByText('Bedömningen är signerad med resultatet Uppfyllda.').waitFor();
    await dialogGone(page);
    await main().getByText(/^Demokrativillkoren är uppfyllda enligt bedömningen som Demo Ansvarig chef signerade/).waitFor();
    // The signed assessment names who prepared it and keeps the basis with its evidence.
    await main().getByText(/Förberedd av Demo Handläggare \d/).waitFor();
    await main().getByRole('link', { name: 'https://www.example.se/jarva-laxhjalp/stadgar' }).waitFor();
    await expect.poll(async () => main().getByText('Uppfyllda', { exact: true }).count()).toBeGreaterThanOrEqual(2);
    expect(await axeViolations(page, 'democracy tab after signing')).toEqual([]);

    await page.getByRole('tab', { name: 'Historik' }).click();
    const history = page.getByRole('table', { name: 'Historik' });
    await history.getByText('Demokrativillkor bedömda och signerade').waitFor();
    await history.getByText('Bedömning skickad för signering').waitFor();
    await history.getByText('Bedömning av demokrativillkor påbörjad').waitFor();
    await history.getByText('Dokument uppladdat').waitFor();
    await history.getByText('Organisation registrerad').waitFor();
    expect(await axeViolations(page, 'history tab')).toEqual([]);
  });

  it('imports organisations from a Swedish CSV file after a preview with every invalid row', async () => {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Organisationer' }).click();
    await main().getByRole('link', { name: 'Importera' }).click();
    await expect.poll(() => heading(page)).toBe('Importera organisationer');
    expect(await axeViolations(page, 'import upload step')).toEqual([]);

    const csv = swedishCsv([
      ['Namn', 'Organisationsnummer', 'Juridisk form', 'Ort'],
      ['Läxhjälpen Tensta', '802400-1441', 'Ideell förening', 'Stockholm'],
      ['Felnumrets förening', '802400-1442', 'Ideell förening', 'Stockholm'],
      ['Kvinnors nätverk Husby', '802400-1490', 'Ideell förening', 'Stockholm'],
    ]);
    await main().locator('input[type="file"]').setInputFiles({ name: 'foreningar.csv', mimeType: 'text/csv', buffer: csv });
    await page.getByRole('button', { name: 'Ladda upp och förhandsgranska' }).click();
    await page.getByRole('heading', { level: 2, name: 'Koppla kolumner och granska' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Organisationsnummer' }).inputValue()).toBe('1');

    const invalid = page.getByRole('table', { name: 'Rader med fel' });
    const row = invalid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Rad 3' }) });
    await row.getByText(/^Organisationsnummer:/).waitFor();
    await page.getByRole('table', { name: 'Exempel på rader som registreras' }).getByText('Läxhjälpen Tensta').waitFor();
    expect(await axeViolations(page, 'import preview')).toEqual([]);

    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await main().getByText('2 organisationer registreras från foreningar.csv.').waitFor();
    await main().getByRole('button', { name: 'Registrera 2 organisationer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Registrera 2 organisationer?' });
    await dialog.getByRole('button', { name: 'Registrera 2 organisationer' }).click();
    await page.getByRole('status').getByText('2 organisationer har registrerats.').waitFor();
    await dialogGone(page);
    await main().getByRole('link', { name: 'Till organisationsregistret' }).click();
    await expect.poll(() => heading(page)).toBe('Organisationer');
    await page.getByRole('searchbox', { name: 'Sök organisation' }).fill('802400-1490');
    await page.getByRole('table', { name: 'Organisationer' }).getByRole('link', { name: 'Kvinnors nätverk Husby' }).waitFor();
  });

  it('raised no script errors or CSP violations', () => {
    expect(journey.pageErrors).toEqual([]);
  });
});
