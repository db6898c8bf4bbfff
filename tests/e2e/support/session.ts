import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'Samverkan-demo-2026';

/** Demo accounts seeded with the demo data, one per role. */
export const DEMO_USERS = {
  admin: { email: 'admin@demo.samverkan.local', name: 'Demo Administratör' },
  officer: { email: 'officer@demo.samverkan.local', name: 'Demo Handläggare' },
  manager: { email: 'manager@demo.samverkan.local', name: 'Demo Ansvarig chef' },
  reviewGroup: { email: 'review-group@demo.samverkan.local', name: 'Demo Beredningsgrupp' },
  steeringMember: { email: 'steering-member@demo.samverkan.local', name: 'Demo Styrgruppsledamot' },
  partner: { email: 'partner@demo.samverkan.local', name: 'Demo Partner' },
} as const;

/** The text of the page's h1. */
export async function heading(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
}

/** Fills in and sends the login form (the page must show it). */
export async function logIn(page: Page, email: string): Promise<void> {
  await page.getByRole('textbox', { name: 'E-postadress' }).fill(email);
  await page.getByRole('textbox', { name: 'Lösenord' }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

/** Logs out from the user menu and waits for the login page. */
export async function logOut(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Användarmeny för ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Logga ut' }).click();
  await page.waitForURL('**/login?reason=logged-out');
}
