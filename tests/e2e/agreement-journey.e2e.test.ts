import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { dialogGone, type Journey, startJourney } from './support/journey';
import { DEMO_USERS, heading, logIn } from './support/session';

const AGREEMENT = 'Överenskommelse om idéburet offentligt partnerskap – Duo Stockholm';
const NEW_GOALS = 'Fler unga kvinnor får arbete eller börjar studera inom ett år.';

describe('An IOP agreement: revise the signed version, change a term, compare, and adopt an annex (IOP-5, AGR-7)', () => {
  let journey: Journey;
  let page: Page;
  let agreementPath = '';

  beforeAll(async () => {
    journey = await startJourney();
    page = journey.page;
  });
  afterAll(() => journey?.close());

  const main = () => page.getByRole('main');
  // Generous: the login hashes a password and the first pages load their bundles on a busy machine.
  const headingIs = (text: string) => expect.poll(() => heading(page), { timeout: 20_000 }).toBe(text);

  it('IOP-5: the officer opens the IOP and its signed agreement with the terms checklist complete', async () => {
    await page.goto('/login');
    await logIn(page, DEMO_USERS.officer.email);
    await headingIs(`Välkommen, ${DEMO_USERS.officer.name}`);
    // The IOPs only: the register holds the employers' memberships and partnerships too.
    await page.goto('/samverkan?form=iop');
    await main().getByRole('link', { name: /AMN \d{4}-0001/ }).first().click();
    await headingIs('IOP Duo Stockholm');
    const section = main().getByRole('region', { name: 'Avtal' });
    await section.getByRole('link', { name: AGREEMENT }).waitFor();
    await section.getByText('Alla villkor klara').waitFor();
    expect(await axeViolations(page, 'cooperation with its agreements')).toEqual([]);

    await section.getByRole('link', { name: AGREEMENT }).click();
    await headingIs(AGREEMENT);
    agreementPath = new URL(page.url()).pathname;
    await main().getByText('11 av 11 avsnitt klara').waitFor();
    await main().getByText(/Version 1 undertecknades/).waitFor();
    // A signed version is read-only: no text box for the terms.
    expect(await main().getByRole('textbox', { name: 'Text: Mål', exact: true }).count()).toBe(0);
    expect(await axeViolations(page, 'signed agreement')).toEqual([]);
  });

  it('AGR-7: revising creates version 2 as a draft; a term is changed and saved', async () => {
    await main().getByRole('button', { name: 'Revidera' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Skapa ny version' }).click();
    await page.getByText('Version 2 har skapats som utkast.').waitFor();
    await dialogGone(page);
    const goals = main().getByRole('textbox', { name: 'Text: Mål', exact: true });
    await goals.fill(NEW_GOALS);
    await main().getByRole('textbox', { name: 'Uppsägningstid (månader)' }).fill('3');
    await main().getByRole('button', { name: 'Spara avtalet' }).click();
    await page.getByText('Avtalet har sparats.').waitFor();
    await expect.poll(() => goals.inputValue(), { timeout: 10_000 }).toBe(NEW_GOALS);
    expect(await axeViolations(page, 'agreement draft in the editor')).toEqual([]);
  });

  it('AGR-7: the comparison shows versions 1 and 2 side by side with the changed rows marked in words', async () => {
    await main().getByRole('link', { name: 'Jämför versioner' }).first().click();
    await headingIs('Jämför versioner');
    await main().getByText('2 fält eller avsnitt har ändrats.').waitFor();
    const goalsRow = main().getByRole('row', { name: /^Mål / });
    await goalsRow.getByText(NEW_GOALS).waitFor();
    expect(await goalsRow.getByText('Ändrad', { exact: true }).count()).toBe(1);
    const noticeRow = main().getByRole('row', { name: /^Uppsägningstid/ });
    await noticeRow.getByText('6 månader').waitFor();
    await noticeRow.getByText('3 månader').waitFor();
    expect(await main().getByRole('row', { name: /^Syfte/ }).getByText('Oförändrad').count()).toBe(1);
    expect(await axeViolations(page, 'version comparison')).toEqual([]);
  });

  it('AGR-7: an annex is added and given a new version, each with its decision reference', async () => {
    await page.goto(agreementPath);
    await headingIs(AGREEMENT);
    // Bilaga 1 is this year's activity plan, annexed when the steering group adopted it (IOP-7).
    await main().getByRole('button', { name: 'Ny bilaga' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Bilagans titel' }).fill('Verksamhetsplan');
    await dialog.getByRole('button', { name: 'Spara bilaga' }).click();
    await dialog.getByText('Ange beslutsreferens.').waitFor();
    await dialog.getByRole('textbox', { name: 'Beslutsreferens' }).fill('Styrgruppen 2026-01-15 § 3');
    await dialog.getByLabel('Beslutsdatum').fill('2026-01-15');
    await dialog.getByRole('textbox', { name: 'Bilagans text' }).fill('Verksamhetsplan för det första året.');
    await dialog.getByRole('button', { name: 'Spara bilaga' }).click();
    await page.getByText('Bilaga 2 har lagts till.').waitFor();
    await dialogGone(page);

    await main().getByRole('button', { name: 'Ny version av Bilaga 2: Verksamhetsplan' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Beslutsreferens' }).fill('Styrgruppen 2026-06-10 § 5');
    await dialog.getByLabel('Beslutsdatum').fill('2026-06-10');
    await dialog.getByRole('textbox', { name: 'Bilagans text' }).fill('Reviderad verksamhetsplan.');
    await dialog.getByRole('button', { name: 'Spara version' }).click();
    await page.getByText('En ny version av bilaga 2 har sparats.').waitFor();
    await dialogGone(page);
    const versions = main().getByRole('table', { name: 'Versioner av Bilaga 2: Verksamhetsplan' });
    await versions.getByRole('cell', { name: 'Styrgruppen 2026-06-10 § 5' }).waitFor();
    await versions.getByRole('cell', { name: 'Styrgruppen 2026-01-15 § 3' }).waitFor();
    expect(await axeViolations(page, 'agreement with annexes')).toEqual([]);
  });

  it('AGR-7: the earlier version stays readable as it was signed', async () => {
    await main().getByRole('link', { name: 'Visa version 1' }).click();
    await main().getByText('Du läser version 1').waitFor();
    await main().getByText(/Mål: enligt parternas överenskommelse/).waitFor();
    expect(await main().getByText(NEW_GOALS).count()).toBe(0);
    expect(await axeViolations(page, 'earlier version')).toEqual([]);
  });

  it('left no errors in the browser console', () => {
    expect(journey.pageErrors).toEqual([]);
  });
});
