import type { ReportSectionDefinition } from './report-section';
import { economySection } from './sections/economy.section';
import { formsSection } from './sections/forms.section';
import { indicatorsSection } from './sections/indicators.section';
import { vidaSection } from './sections/vida.section';

/**
 * The sections of the committee's report, in the report's order (OVR-2). A new section — the
 * employers' partnerships when that capability lands, say — is one file in `sections/` and one
 * line here; the screen, the workbook, the PDF and the open statistics render whatever is listed.
 */
export const REPORT_SECTIONS: readonly ReportSectionDefinition[] = [
  formsSection,
  economySection,
  vidaSection,
  indicatorsSection,
];
