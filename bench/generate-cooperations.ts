import { sql } from 'kysely';
import type { Db } from '../src/server/db/database';
import { COOPERATION_FORMS, COOPERATION_STATUSES } from '../src/shared/cooperations/forms';
import { seededRandom } from './generate';

const titleStarts = ['Språkcafé', 'Mentorskap', 'Feriejobb', 'Arbetsträning', 'Stadsdelsmammor', 'Läxhjälp', 'Uppsökande arbete', 'Praktik', 'Hälsoskola', 'Föreningsaktivitet', 'Jobbspår', 'Samhällsinformation'];
const titlePlaces = ['Tensta', 'Kista', 'Farsta', 'Vällingby', 'Skärholmen', 'Rinkeby', 'Söder', 'Årsta', 'Bromma', 'Hägersten'];
const descriptions = ['nyanlända vuxna', 'unga utan arbete', 'utrikesfödda kvinnor', 'föreningar i stadsdelen', 'arbetsgivare i Integrationspakten', 'personer långt från arbetsmarknaden'];
const areaCodes = ['summer_jobs', 'summer_jobs.mentors', 'outreach', 'integration_pact', 'newly_arrived_adults', 'newly_arrived_adults.language_training', 'district_mothers.health', 'labour_market_measures.work_training', 'information'];
const targetGroupCodes = ['youth_16_29', 'newly_arrived', 'foreign_born_women', 'far_from_labour_market', 'disabilities', 'income_support', 'long_term_unemployed'];
const unitCodes = ['jobbtorg', 'adult_education', 'homeless_unit', 'staff_unit'];

/**
 * Inserts `count` cooperations spread over the years 2015–2026 with one or two parties each,
 * numbered per year like the application numbers them, directly in batches.
 */
export async function generateCooperations(db: Db, count: number, managerIds: string[], onProgress?: (done: number) => void): Promise<void> {
  const random = seededRandom(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const organisationIds = (await db.selectFrom('organisation').select('id').orderBy('id').execute()).map((r) => r.id);
  const sequenceOfYear = new Map<number, number>();
  const batchSize = 1_000;
  for (let start = 0; start < count; start += batchSize) {
    const rows = [];
    const parties: { index: number; organisationIds: string[] }[] = [];
    for (let i = start; i < Math.min(count, start + batchSize); i += 1) {
      const year = 2015 + Math.floor(random() * 12);
      const sequence = (sequenceOfYear.get(year) ?? 0) + 1;
      sequenceOfYear.set(year, sequence);
      const startDate = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-01`;
      const updated = new Date(Date.UTC(year, 0, 1) + Math.floor(random() * 365) * 86_400_000);
      rows.push({
        case_number: `AMN ${year}-${String(sequence).padStart(4, '0')}`,
        case_year: year,
        case_sequence: sequence,
        title: `${pick(titleStarts)} ${pick(titlePlaces)} ${i}`,
        form: pick(COOPERATION_FORMS),
        status: pick(COOPERATION_STATUSES),
        responsible_manager_id: pick(managerIds),
        unit_code: pick(unitCodes),
        areas: [...new Set([pick(areaCodes), ...(random() < 0.4 ? [pick(areaCodes)] : [])])],
        target_groups: [...new Set([pick(targetGroupCodes), ...(random() < 0.4 ? [pick(targetGroupCodes)] : [])])],
        value_sek: Math.floor(random() * 3_000_000),
        start_date: startDate,
        description: `Samverkan för ${pick(descriptions)} med fokus på ${pick(descriptions)}.`,
        created_at: updated,
        updated_at: updated,
      });
      parties.push({ index: i - start, organisationIds: [...new Set([pick(organisationIds), ...(random() < 0.2 ? [pick(organisationIds)] : [])])] });
    }
    const inserted = await db.insertInto('cooperation').values(rows).returning('id').execute();
    const partyRows = parties.flatMap((p) => p.organisationIds.map((organisationId) => ({ cooperation_id: inserted[p.index]?.id ?? '', organisation_id: organisationId })));
    await db.insertInto('cooperation_party').values(partyRows).execute();
    onProgress?.(Math.min(count, start + batchSize));
  }
  for (const [year, last] of sequenceOfYear) {
    await sql`INSERT INTO case_number_counter (prefix, year, last_number) VALUES ('AMN', ${year}, ${last})
      ON CONFLICT (prefix, year) DO UPDATE SET last_number = GREATEST(case_number_counter.last_number, EXCLUDED.last_number)`.execute(db);
  }
}
