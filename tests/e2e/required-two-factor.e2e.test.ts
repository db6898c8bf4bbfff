import { Secret, TOTP } from 'otpauth';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { type Journey, startJourney } from './support/journey';
import { DEMO_PASSWORD, DEMO_USERS, heading, logIn } from './support/session';

const ADMIN = DEMO_USERS.admin;
const PARTNER = DEMO_USERS.partner;
// A partner account that also sits on a steering group and so can approve joint decisions.
const APPROVING_PARTNER = { email: 'partner-styrgrupp@demo.samverkan.local', name: 'Demo Partner i styrgrupp' };
const ENROL_HEADING = 'Lägg till tvåfaktorsinloggning';
const ENROL_REQUIRED = 'Ditt konto behöver tvåfaktorsinloggning. Lägg till den innan du fortsätter.';
// Each process keeps the sign-in policy it read for 30 s (auth-policy.service.ts); a little more to be sure.

/** The code an authenticator app shows now for the key. */
function currentCode(secret: string): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret) });
}

type Problem = { status: number; code?: string };

/** A browser of its own (fresh cookies), collecting page errors as the journey's page does. */
type OwnBrowser = { page: Page; errors: string[] };

describe('Required two-factor sign-in: administrators and approving partners enrol before anything else (issue 15)', () => {
  let journey: Journey;
  let page: Page;
  const contexts: BrowserContext[] = [];
  let admin: OwnBrowser;

  beforeAll(async () => {
    journey = await startJourney(/status of (400|401)/);
    page = journey.page;
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await journey?.close();
  });

  async function freshBrowser(): Promise<OwnBrowser> {
    const browser = page.context().browser();
    if (!browser) throw new Error('no browser');
    const context = await browser.newContext({ baseURL: new URL(page.url()).origin, viewport: { width: 1366, height: 900 }, locale: 'sv-SE' });
    contexts.push(context);
    const own = await context.newPage();
    const errors: string[] = [];
    own.on('pageerror', (error) => errors.push(error.message));
    own.on('console', (message) => {
      if (message.type() === 'error' && !/status of 401/.test(message.text())) errors.push(message.text());
    });
    return { page: own, errors };
  }

  /** Whether the server asks this browser's session to enrol a second factor first. */
  async function enrolmentRequired(on: Page): Promise<boolean> {
    const response = await on.request.get('/api/auth/session');
    expect(response.status()).toBe(200);
    return ((await response.json()) as { twoFactorEnrolmentRequired: boolean }).twoFactorEnrolmentRequired;
  }

  /** The CSRF header a write with this browser's session cookie needs. */
  async function csrfHeader(on: Page): Promise<Record<string, string>> {
    const response = await on.request.get('/api/auth/session');
    return { 'x-csrf-token': ((await response.json()) as { csrfToken: string }).csrfToken };
  }

  async function expectEnrolmentRefusal(response: { status: () => number; json: () => Promise<unknown> }): Promise<void> {
    expect(response.status()).toBe(403);
    expect(((await response.json()) as Problem).code).toBe('two_factor_enrolment_required');
  }

  /** Axe on the page in Swedish and in English, then back to Swedish. */
  async function axeInBothLanguages(on: Page, label: string): Promise<void> {
    expect(await axeViolations(on, `${label} (sv)`)).toEqual([]);
    await on.getByRole('button', { name: 'English' }).click();
    try {
      await expect.poll(() => heading(on)).toBe('Set up two-factor sign-in');
      await on.getByText('Your account needs two-factor sign-in. Set it up before you continue.').waitFor();
      expect(await axeViolations(on, `${label} (en)`)).toEqual([]);
    } finally {
      await on.getByRole('button', { name: 'Svenska' }).click();
      await expect.poll(() => heading(on)).toBe(ENROL_HEADING);
    }
  }

  it('issue 15: an administrator turns the requirement on under Inställningar → Inloggning; it applies at once, to that administrator too', async () => {
    await page.goto('/login');
    await logIn(page, ADMIN.email);
    await expect.poll(() => heading(page)).toBe(`Välkommen, ${ADMIN.name}`);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar' }).click();
    await expect.poll(() => heading(page)).toBe('Inställningar');

    const form = page.getByRole('main').getByRole('form', { name: 'Inloggning' });
    const required = form.getByRole('checkbox', { name: 'Kräv tvåfaktorsinloggning' });
    expect(await required.isChecked()).toBe(false);
    await required.check();
    await form.getByRole('button', { name: 'Spara' }).click();

    // The process that saved the setting applies it at once (other processes within 30 s): the
    // page's reload of the settings is refused, and the administrator is sent to enrol.
    await page.waitForURL(/\/two-factor(\?redirect=.*)?$/);
    await expect.poll(() => heading(page)).toBe(ENROL_HEADING);
    expect(await enrolmentRequired(page)).toBe(true);
    await page.goto('/organisationer');
    await page.waitForURL(/\/two-factor\?redirect=%2Forganisationer$/);
    await expect.poll(() => heading(page)).toBe(ENROL_HEADING);
    // The only error is the browser's note of that refused reload (403), and nothing else.
    expect(journey.pageErrors.filter((e) => !e.includes('status of 403'))).toEqual([]);
    expect(journey.pageErrors.length).toBeLessThanOrEqual(1);
  }, 120_000);

  it('issue 15: a new sign-in of the administrator lands on enrolment; other pages lead back to it and the API refuses them', async () => {
    admin = await freshBrowser();
    const p = admin.page;
    await p.goto('/login');
    await logIn(p, ADMIN.email);
    await p.waitForURL(/\/two-factor$/);
    await expect.poll(() => heading(p)).toBe(ENROL_HEADING);
    await p.getByText(ENROL_REQUIRED).waitFor();
    // No way around it: the main menu is not there, and any other address leads back.
    expect(await p.getByRole('navigation', { name: 'Huvudmeny' }).count()).toBe(0);
    await p.goto('/admin/settings');
    await p.waitForURL(/\/two-factor\?redirect=%2Fadmin%2Fsettings$/);
    await p.goto('/organisationer');
    await p.waitForURL(/\/two-factor\?redirect=%2Forganisationer$/);
    await expect.poll(() => heading(p)).toBe(ENROL_HEADING);

    expect(await enrolmentRequired(p)).toBe(true);
    await expectEnrolmentRefusal(await p.request.get('/api/organisations'));
    await expectEnrolmentRefusal(await p.request.get('/api/users'));
    await expectEnrolmentRefusal(await p.request.get('/api/settings'));
    await expectEnrolmentRefusal(
      await p.request.post('/api/users', {
        headers: await csrfHeader(p),
        data: { email: 'before-enrolment@demo.samverkan.local', name: 'Demo Före tvåfaktor', roles: ['officer'], password: DEMO_PASSWORD },
      }),
    );
    // What enrolment itself needs stays open.
    expect((await p.request.get('/api/auth/two-factor')).status()).toBe(200);

    await axeInBothLanguages(p, 'required enrolment page');
    expect(admin.errors).toEqual([]);
  });

  it('issue 15: the administrator enrols with the key shown, sees the recovery codes once, and the app then opens at the page asked for', async () => {
    const p = admin.page;
    await p.getByRole('button', { name: 'Visa QR-kod' }).click();
    await p.getByRole('img', { name: 'QR-kod för att lägga till Samverkan i autentiseringsappen' }).waitFor();
    const secret = ((await p.getByTestId('manual-key').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await axeViolations(p, 'required enrolment with QR code (sv)')).toEqual([]);

    await p.getByRole('textbox', { name: 'Kod från appen' }).fill(currentCode(secret));
    await p.getByRole('button', { name: 'Bekräfta' }).click();
    await p.getByRole('heading', { name: 'Spara dina återställningskoder' }).waitFor();
    const codes = (await p.getByTestId('recovery-codes').getByRole('listitem').allTextContents()).map((c) => c.trim());
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(await axeViolations(p, 'recovery codes after required enrolment (sv)')).toEqual([]);
    await p.getByRole('checkbox', { name: 'Jag har sparat koderna' }).check();
    await p.getByRole('button', { name: 'Fortsätt' }).click();

    // The app opens normally, at the page the administrator first asked for.
    await p.waitForURL(/\/organisationer$/);
    await expect.poll(() => heading(p)).toBe('Organisationer');
    await p.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar' }).waitFor();
    expect(await enrolmentRequired(p)).toBe(false);
    expect((await p.request.get('/api/organisations')).status()).toBe(200);

    // The codes were shown once: neither the enrolment page nor the security page shows them again.
    await p.goto('/two-factor');
    await p.getByText('Tvåfaktorsinloggning är redan på', { exact: false }).waitFor();
    expect(await p.getByTestId('recovery-codes').count()).toBe(0);
    await p.goto('/security');
    await expect.poll(() => heading(p)).toBe('Säkerhet och inloggningar');
    await p.getByText('10 oanvända återställningskoder kvar.').waitFor();
    for (const code of codes) expect(await p.getByText(code).count()).toBe(0);
    expect(admin.errors).toEqual([]);
  });

  it('issue 15: a partner who can approve joint decisions is sent to enrol at sign-in; a plain partner is not', async () => {
    // The enrolled administrator creates the account: a partner of a demo organisation who is also a steering member.
    const found = await admin.page.request.get('/api/organisations', { params: { q: 'Individuell Människohjälp' } });
    expect(found.status()).toBe(200);
    const organisation = ((await found.json()) as { items: { id: string }[] }).items[0];
    expect(organisation).toBeDefined();
    const created = await admin.page.request.post('/api/users', {
      headers: await csrfHeader(admin.page),
      data: { ...APPROVING_PARTNER, roles: ['partner', 'steering_member'], password: DEMO_PASSWORD, organisationId: organisation?.id },
    });
    expect(created.status()).toBe(201);
    expect(((await created.json()) as { user: { organisationId: string | null } }).user.organisationId).toBe(organisation?.id);

    const approver = await freshBrowser();
    const p = approver.page;
    await p.goto('/login');
    await logIn(p, APPROVING_PARTNER.email);
    await p.waitForURL(/\/two-factor$/);
    await expect.poll(() => heading(p)).toBe(ENROL_HEADING);
    await p.getByText(ENROL_REQUIRED).waitFor();
    await p.goto('/rapportering');
    await p.waitForURL(/\/two-factor\?redirect=%2Frapportering$/);
    expect(await enrolmentRequired(p)).toBe(true);
    await expectEnrolmentRefusal(await p.request.get('/api/partner/home'));
    await axeInBothLanguages(p, 'approving partner’s required enrolment page');
    expect(approver.errors).toEqual([]);

    // The demo partner cannot approve joint decisions: no second factor is asked for.
    const plain = await freshBrowser();
    await plain.page.goto('/login');
    await logIn(plain.page, PARTNER.email);
    await expect.poll(() => heading(plain.page)).toBe(`Välkommen, ${PARTNER.name}`);
    expect(plain.page.url()).not.toContain('/two-factor');
    expect(await enrolmentRequired(plain.page)).toBe(false);
    expect((await plain.page.request.get('/api/partner/home')).status()).toBe(200);
    expect(plain.errors).toEqual([]);
  });
});
