import { type CooperationForm, FORM_NAMES } from '../../../shared/cooperations/forms';
import type { CommitteeReportQuery, CommitteeReportView } from '../../../shared/reports/committee-report.schemas';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError } from '../../http/errors';
import type { Language } from '../../http/language';
import { DEFAULT_TIME_ZONE, type RequestContext } from '../../http/request-context';
import { findAreaCodesWithin, findReferenceNames } from '../cooperations/overview.repository';
import { findAreas } from '../organisations/reference.repository';
import { readSetting } from '../organisations/settings.service';
import type { ReportScope } from './report-section';
import { REPORT_SECTIONS } from './report-sections.registry';

type FieldError = { path: string; message: string };

/**
 * The period a query asks for: the whole year unless `from`/`to` narrow it. The year cannot lie
 * after today's year (an unknown year), and the period must lie within the year and not run backwards.
 */
export function reportPeriodOf(q: Pick<CommitteeReportQuery, 'year' | 'from' | 'to'>, today: string): { from: string; to: string } {
  const errors: FieldError[] = [];
  if (q.year > Number(today.slice(0, 4))) errors.push({ path: 'year', message: 'validation.report.year' });
  const from = q.from ?? `${q.year}-01-01`;
  const to = q.to ?? `${q.year}-12-31`;
  if (q.from && !q.from.startsWith(`${q.year}-`)) errors.push({ path: 'from', message: 'validation.report.periodInYear' });
  if (q.to && !q.to.startsWith(`${q.year}-`)) errors.push({ path: 'to', message: 'validation.report.periodInYear' });
  if (from > to) errors.push({ path: 'to', message: 'validation.periodOrder' });
  if (errors.length > 0) throw new DomainError('validation_failed', { errors });
  return { from, to };
}

/** The query's filters checked against the reference data (an unknown area or unit is a 400) and named in the language. */
async function resolveFilters(db: Db, q: CommitteeReportQuery, language: Language) {
  const name = (r: { name_sv: string; name_en: string }) => (language === 'en' ? r.name_en : r.name_sv);
  const errors: FieldError[] = [];
  const [areas, units] = await Promise.all([q.area ? findAreas(db) : [], q.unitCode ? findReferenceNames(db, 'unit') : []]);
  const area = q.area ? areas.find((a) => a.code === q.area) : undefined;
  const unit = q.unitCode ? units.find((u) => u.code === q.unitCode) : undefined;
  if (q.area && !area) errors.push({ path: 'area', message: 'validation.report.unknownArea' });
  if (q.unitCode && !unit) errors.push({ path: 'unitCode', message: 'validation.report.unknownUnit' });
  if (errors.length > 0) throw new DomainError('validation_failed', { errors });
  const forms = [...new Set(q.form ?? [])] as CooperationForm[];
  return {
    area: area ? { code: area.code, name: name(area) } : null,
    unit: unit ? { code: unit.code, name: name(unit) } : null,
    forms: forms.map((code) => ({ code, name: FORM_NAMES[language][code] })),
    areaCodes: q.area ? await findAreaCodesWithin(db, q.area) : undefined,
  };
}

/**
 * Builds the committee's yearly report (OVR-2) from the registered sections. Every section reads
 * the same snapshot (one read-only, repeatable-read transaction), so the totals of one section
 * agree with those of another even while others write.
 */
export async function buildCommitteeReport(
  db: Db,
  ctx: RequestContext,
  q: CommitteeReportQuery,
  language: Language,
  timeZone = DEFAULT_TIME_ZONE,
): Promise<CommitteeReportView> {
  assertPermitted(ctx.actor, 'reports.read');
  const period = reportPeriodOf(q, ctx.today);
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const filters = await resolveFilters(trx, q, language);
      const scope: ReportScope = {
        year: q.year,
        ...period,
        area: q.area,
        areaCodes: filters.areaCodes && filters.areaCodes.length > 0 ? filters.areaCodes : q.area ? [q.area] : undefined,
        unitCode: q.unitCode,
        forms: filters.forms.length > 0 ? filters.forms.map((f) => f.code) : undefined,
        timeZone,
      };
      const committeeName = await readSetting(trx, language === 'en' ? 'committee.name_en' : 'committee.name_sv');
      const sections = [];
      // One after another: PGlite has a single connection, and a transaction one statement at a time.
      for (const section of REPORT_SECTIONS) sections.push(await section.build({ db: trx, scope, language, today: ctx.today }));
      return {
        committeeName,
        year: q.year,
        period,
        filters: { area: filters.area, unit: filters.unit, forms: filters.forms },
        generatedAt: new Date().toISOString(),
        sections,
      };
    });
}
