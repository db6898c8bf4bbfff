import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe for WCAG 2.1 A/AA on the page and returns the violations, printed readably. */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  // A dialog or popover that is still fading in is half-transparent, and axe would judge its colours mid-way.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.mantine-Modal-content, .mantine-Modal-overlay, .mantine-Popover-dropdown')].every(
        (element) => getComputedStyle(element).opacity === '1',
      ),
    undefined,
    { timeout: 5_000 },
  );
  const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const lines = result.violations.flatMap((violation) => [
    `[${label}] ${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}`,
    ...violation.nodes.map((node) => `    ${node.target.join(' ')} — ${node.failureSummary?.replace(/\n/g, ' ') ?? ''}`),
  ]);
  if (lines.length > 0) console.error(lines.join('\n'));
  return result.violations.map((v) => `${label}: ${v.id}`);
}
