import { createHash } from 'node:crypto';
import { openStatisticsCsvRows, publishReport } from '../../../shared/statistics/open-statistics.rules';
import type { OpenStatisticsQuery, OpenStatisticsView } from '../../../shared/statistics/open-statistics.schemas';
import { todayIn } from '../../../shared/time/dates';
import type { Db } from '../../db/database';
import { systemContext } from '../../http/request-context';
import { toCsv } from '../../lib/spreadsheet/csv';
import { readSetting } from '../organisations/settings.service';
import { buildCommitteeReport } from '../reports/committee-report.service';

/** A published document with its entity tag: a hash of the figures, so a client that has them gets a 304. */
export type OpenStatisticsDocument = { view: OpenStatisticsView; etag: string };

/**
 * The open statistics of a year (OVR-2, AGR-6): the committee report built by the system for the
 * whole municipality (no filters), its public tables only, with small counts of persons withheld
 * at the threshold the administrators set.
 */
export async function buildOpenStatistics(
  db: Db,
  q: { year: number; language: 'sv' | 'en'; threshold: number; today: string; timeZone: string },
): Promise<OpenStatisticsDocument> {
  const { year, language, threshold } = q;
  const ctx = systemContext('open-statistics', q.today);
  const report = await buildCommitteeReport(db, ctx, { year }, language, q.timeZone);
  const view = publishReport(report, threshold, language);
  // `generatedAt` changes on every build while the figures may not, so the tag leaves it out and
  // is weak (the same figures, not the same bytes).
  const { generatedAt: _generatedAt, ...figures } = view;
  return { view, etag: `W/"${hashOf(JSON.stringify(figures))}"` };
}

const STORE_MS = 300_000;
const STORE_ENTRIES = 32;

/**
 * The documents of this process, built on demand: building the report is the expensive part and
 * anyone may ask, so one build per year, language, threshold and day serves every asker for five
 * minutes (the HTTP cache's lifetime), and concurrent askers share a build — instead of a rate
 * limit per address that would slow the public down for one busy client. A failed build is not kept.
 */
export function openStatisticsStore(db: Db, timeZone: string): (q: OpenStatisticsQuery) => Promise<OpenStatisticsDocument> {
  const built = new Map<string, { at: number; document: Promise<OpenStatisticsDocument> }>();
  return async (q) => {
    const language = q.lang ?? 'sv';
    const threshold = await readSmallCountThreshold(db);
    const today = todayIn(timeZone);
    const key = `${q.year}|${language}|${threshold}|${today}`;
    const now = Date.now();
    const cached = built.get(key);
    if (cached && now - cached.at < STORE_MS) return cached.document;
    for (const [k, entry] of built) if (now - entry.at >= STORE_MS || built.size >= STORE_ENTRIES) built.delete(k);
    const document = buildOpenStatistics(db, { year: q.year, language, threshold, today, timeZone });
    built.set(key, { at: now, document });
    document.catch(() => built.delete(key));
    return document;
  };
}

/** The threshold below which counts of persons are withheld (setting, default 5). */
export function readSmallCountThreshold(db: Db): Promise<number> {
  return readSetting(db, 'statistics.small_count_threshold');
}

/** The open statistics as CSV in long format (UTF-8 with BOM, `;`), with its strong entity tag. */
export function openStatisticsCsv(view: OpenStatisticsView): { body: Buffer; etag: string } {
  const { headers, rows } = openStatisticsCsvRows(view);
  const body = toCsv(headers, rows);
  return { body, etag: `"${hashOf(body)}"` };
}

/** Whether an `If-None-Match` header names the tag (weak comparison, RFC 9110 §13.1.2), or is `*`. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

function hashOf(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('base64url').slice(0, 32);
}
