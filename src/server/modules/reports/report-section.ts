import type { CooperationForm } from '../../../shared/cooperations/forms';
import type { ReportSection } from '../../../shared/reports/committee-report.schemas';
import type { Db } from '../../db/database';
import type { Language } from '../../http/language';

/** What a report covers, resolved: the period's days and the filters, with the area widened to its sub-areas. */
export type ReportScope = {
  year: number;
  from: string;
  to: string;
  /** The area filter as asked (for links to the list, which widens it itself) and widened (for SQL). */
  area?: string | undefined;
  areaCodes?: string[] | undefined;
  unitCode?: string | undefined;
  forms?: CooperationForm[] | undefined;
  /** The instance's time zone: the day an instant (a decision, a signature) falls on. */
  timeZone: string;
};

/** Whether the report is narrowed by area, unit or form. */
export function scopeIsFiltered(scope: ReportScope): boolean {
  return Boolean(scope.areaCodes || scope.unitCode || (scope.forms && scope.forms.length > 0));
}

/** What a section is given to build itself: one read-only snapshot, the scope, the language, and today. */
export type SectionContext = {
  db: Db;
  scope: ReportScope;
  language: Language;
  today: string;
};

/**
 * One section of the committee's report (OVR-2). A section is added by writing one of these in its
 * own file and listing it in `report-sections.registry.ts`; nothing else changes: the screen, the
 * workbook, the PDF and the open statistics render whatever sections the registry holds.
 */
export type ReportSectionDefinition = {
  key: string;
  build(ctx: SectionContext): Promise<ReportSection>;
};

/** The text of a language from a pair, for sections' titles and labels. */
export function inLanguage(language: Language, texts: { sv: string; en: string }): string {
  return texts[language];
}
