import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { dialogGone, dialogShown, type Journey, startJourney } from './support/journey';
import { DEMO_USERS, heading, logIn, logOut } from './support/session';

// EMP-1–3: an employer becomes a member of Integrationspakten; a job partnership with a member
// becomes active only when every control has passed; the responsible manager ends it at once.

type CooperationItem = { id: string; title: string; caseNumber: string; status: string; version: number };

describe('Employers: membership, a job partnership, its controls, activation and immediate termination (EMP-1–3)', () => {
  let journey: Journey;
  let page: Page;
  let partnership: CooperationItem;
  let employerId: string;

  beforeAll(async () => {
    journey = await startJourney();
    page = journey.page;
  });
  afterAll(() => journey?.close());

  const main = () => page.getByRole('main');
  const headingIs = (text: string | RegExp) =>
    expect.poll(() => heading(page), { timeout: 20_000 }).toMatch(typeof text === 'string' ? new RegExp(`^${text}$`) : text);

  it('EMP-1: the officer finds the public application waiting, registers the employer from it and makes the simpler check', async () => {
    await page.goto('/login');
    await logIn(page, DEMO_USERS.officer.email);
    await headingIs(`Välkommen, ${DEMO_USERS.officer.name}`);
    await page.getByRole('navigation').getByRole('link', { name: 'Arbetsgivare' }).first().click();
    await headingIs('Arbetsgivare');
    expect(await axeViolations(page, 'employers page')).toEqual([]);
    const waiting = main();
    await waiting.getByRole('row').filter({ hasText: 'Webbformulär' }).getByText('Väntar på koppling till registret').waitFor();
    await waiting.getByRole('row').filter({ hasText: 'Webbformulär' }).getByRole('link').first().click();
    await headingIs(/^Ansökan /);
    expect(await axeViolations(page, 'application page')).toEqual([]);
    await main().getByRole('button', { name: 'Registrera arbetsgivaren och koppla' }).click();
    await main().getByText('Ansökan är kopplad till arbetsgivaren.').waitFor();
    await main().getByRole('checkbox', { name: /kontaktperson/i }).check();
    await main().getByRole('button', { name: 'Gör kontrollen' }).click();
    await main().getByText('Kontrollen är gjord.').waitFor();
    await main().getByText('Godkänd', { exact: true }).first().waitFor();
    expect(await axeViolations(page, 'application checked')).toEqual([]);
    await logOut(page, DEMO_USERS.officer.name);
  });

  it('EMP-1: the manager grants the membership after a confirmation; the employer is a member from today', async () => {
    await logIn(page, DEMO_USERS.manager.email);
    await headingIs(`Välkommen, ${DEMO_USERS.manager.name}`);
    await page.goto('/arbetsgivare');
    await headingIs('Arbetsgivare');
    const waiting = main();
    await waiting.getByRole('row').filter({ hasText: 'Väntar på beslut' }).first().getByRole('link').first().click();
    await headingIs(/^Ansökan /);
    await main().getByRole('button', { name: 'Bevilja medlemskap' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bevilja medlemskap?' });
    await dialogShown(page);
    expect(await dialog.textContent()).toContain('kan inte ångras');
    expect(await axeViolations(page, 'grant membership dialog')).toEqual([]);
    await dialog.getByRole('button', { name: 'Bevilja medlemskap' }).click();
    await dialogGone(page);
    await main().getByText('Medlemskapet är beviljat.').waitFor();
    expect(await axeViolations(page, 'membership granted')).toEqual([]);
  });

  it('EMP-2: a prepared job partnership of a member cannot become active: its checklist names the controls not passed', async () => {
    const list = await (await page.request.get('/api/cooperations?form=job_partnership&status=preparing')).json();
    partnership = (list.items as CooperationItem[])[0]!;
    expect(partnership).toBeDefined();
    const cooperation = await (await page.request.get(`/api/cooperations/${partnership.id}`)).json();
    employerId = (cooperation.parties as { id: string; kind: string }[]).find((p) => p.kind === 'employer')!.id;
    await page.goto(`/samverkan/${partnership.id}`);
    await page.getByRole('tab', { name: /^Checklista/ }).click();
    const checklist = main().getByRole('list', { name: 'Villkor för nästa steg' });
    await checklist.waitFor();
    await checklist.getByText(/Arbetstid \(saknas\)/).first().waitFor();
    expect(await axeViolations(page, 'job partnership checklist')).toEqual([]);
  });

  it('EMP-2: the controls are recorded with their evidence; the collective-agreement answer is kept apart', async () => {
    await page.goto(`/arbetsgivare/${employerId}/kontroller`);
    await headingIs(/^Kontroller av /);
    expect(await axeViolations(page, 'employer controls')).toEqual([]);
    await main().getByRole('button', { name: 'Registrera kontroll: Kollektivavtal eller motsvarande villkor' }).click();
    const dialog = page.getByRole('dialog');
    await dialogShown(page);
    await dialog.getByRole('radio', { name: 'Godkänd' }).check();
    await dialog.getByRole('radio', { name: 'Har kollektivavtal' }).check();
    await dialog.getByRole('textbox', { name: 'Hänvisning' }).fill('Bekräftelse från arbetsgivarorganisationen 2026-11-20');
    expect(await axeViolations(page, 'record a control')).toEqual([]);
    await dialog.getByRole('button', { name: 'Spara kontrollen' }).click();
    await dialogGone(page);
    await main().getByText('Kontrollen är registrerad: Kollektivavtal eller motsvarande villkor.').waitFor();

    // The other missing controls through the API, in the browser's own session.
    const { csrfToken } = await (await page.request.get('/api/auth/session')).json();
    const state = await (await page.request.get(`/api/employers/${employerId}/controls`)).json();
    const today = new Date().toISOString().slice(0, 10);
    for (const control of state.controls as { code: string; state: string }[]) {
      if (control.state === 'passed') continue;
      const recorded = await page.request.post(`/api/employers/${employerId}/control-checks`, {
        headers: { 'x-csrf-token': csrfToken as string },
        data: { controlCode: control.code, result: 'pass', checkedOn: today, evidenceReference: `Underlag för ${control.code} ${today}` },
      });
      expect(recorded.status(), await recorded.text()).toBe(201);
    }
    await page.reload();
    await main().getByText('Alla kontroller är godkända och gäller.', { exact: false }).waitFor();
  });

  it('EMP-2: with every control passed the manager makes the partnership active', async () => {
    await page.goto(`/samverkan/${partnership.id}`);
    await page.getByRole('tab', { name: /^Checklista/ }).click();
    await main().getByRole('list', { name: 'Villkor för nästa steg' }).waitFor();
    await expect.poll(async () => (await main().getByRole('status').filter({ hasText: /av \d+/ }).first().textContent()) ?? '').toMatch(/(\d+) av \1/);
    await main().getByRole('button', { name: 'Gör aktiv' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Gör aktiv' }).click();
    await dialogGone(page);
    await main().getByText('Aktiv', { exact: true }).first().waitFor();
    expect((await (await page.request.get(`/api/cooperations/${partnership.id}`)).json()).status).toBe('active');
  });

  it('EMP-3: the responsible manager ends it at once with a reason; the employer needs a fresh control round', async () => {
    await page.getByRole('tab', { name: 'Översikt' }).click();
    await main().getByRole('button', { name: 'Avbryt jobbpartnerskapet omedelbart …' }).click();
    const dialog = page.getByRole('dialog');
    await dialogShown(page);
    await dialog.getByRole('textbox', { name: 'Skäl' }).fill('Arbetsmiljöverket har förelagt arbetsgivaren om brister i skyddsutrustning');
    await dialog.getByRole('textbox', { name: 'Anteckning om underlaget' }).fill('Föreläggande från Arbetsmiljöverket 2026-12-01');
    await dialog.getByRole('checkbox').check();
    expect(await axeViolations(page, 'immediate termination dialog')).toEqual([]);
    await dialog.getByRole('button', { name: 'Avbryt jobbpartnerskapet omedelbart' }).click();
    await dialogGone(page);
    await expect.poll(async () => (await (await page.request.get(`/api/cooperations/${partnership.id}`)).json()).status).toBe('ended');
    await page.goto(`/arbetsgivare/${employerId}/kontroller`);
    await main().getByText(/Kontrollerna nollställdes/).waitFor();
    expect(await axeViolations(page, 'controls after the reset')).toEqual([]);
    expect(journey.pageErrors).toEqual([]);
  });
});
