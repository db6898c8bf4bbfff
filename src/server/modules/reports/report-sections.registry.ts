import type { ReportSectionDefinition } from './report-section';
import { areasSection } from './sections/areas.section';
import { changesSection } from './sections/changes.section';
import { controlsSection } from './sections/controls.section';
import { deviationsSection } from './sections/deviations.section';
import { districtsSection } from './sections/districts.section';
import { economySection } from './sections/economy.section';
import { employerControlsSection } from './sections/employer-controls.section';
import { employerOffersSection } from './sections/employer-offers.section';
import { formsSection } from './sections/forms.section';
import { governanceSection } from './sections/governance.section';
import { indicatorsSection } from './sections/indicators.section';
import { iopsSection } from './sections/iops.section';
import { membersSection } from './sections/members.section';
import { targetGroupsSection } from './sections/target-groups.section';
import { unitsSection } from './sections/units.section';
import { vidaSection } from './sections/vida.section';

/**
 * The sections of the committee's report, in the report's order (OVR-2). A new section — the
 * employers' partnerships when that capability lands, say — is one file in `sections/` and one
 * line here; the screen, the workbook, the PDF and the open statistics render whatever is listed.
 */
export const REPORT_SECTIONS: readonly ReportSectionDefinition[] = [
  formsSection,
  areasSection,
  unitsSection,
  targetGroupsSection,
  changesSection,
  iopsSection,
  districtsSection,
  economySection,
  vidaSection,
  indicatorsSection,
  deviationsSection,
  governanceSection,
  controlsSection,
  employerControlsSection,
  employerOffersSection,
  membersSection,
];
