import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { type RunningServer, startServer } from './server';

export type Journey = {
  page: Page;
  /** Errors the page threw and unexpected console errors: a journey ends by asserting none. */
  pageErrors: string[];
  close: () => Promise<void>;
};

/**
 * Starts the real server and one Chromium page for a journey (Swedish locale, desktop size).
 * Console errors matching `expected` are refusals the journey provokes on purpose (e.g. the
 * session probe's 401, a refused form's 400/409); anything else — a CSP violation, a React
 * warning — is collected as a bug.
 */
export async function startJourney(
  expected: RegExp = /status of (400|401|409)/,
  extraEnv?: (url: string) => NodeJS.ProcessEnv,
): Promise<Journey & { url: string }> {
  const server: RunningServer = await startServer(extraEnv);
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  const close = async () => {
    await context?.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await server.stop();
  };
  try {
    browser = await launchChromium();
    context = await browser.newContext({ baseURL: server.url, viewport: { width: 1366, height: 900 }, locale: 'sv-SE' });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !expected.test(message.text())) pageErrors.push(message.text());
    });
    return { page, pageErrors, close, url: server.url };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Waits until a closed dialog has finished fading out, so axe does not judge its half-transparent text. */
export async function dialogGone(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.mantine-Modal-content') === null);
}

/** Waits until an opened dialog has finished fading in, so axe judges its text at full contrast. */
export async function dialogShown(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const content = document.querySelector('.mantine-Modal-content');
    const overlay = document.querySelector('.mantine-Modal-overlay');
    return content !== null && getComputedStyle(content).opacity === '1' && (overlay === null || getComputedStyle(overlay).opacity === '1');
  });
}
