import type { Db } from '../src/server/db/database';
import { hashPassword } from '../src/server/modules/users/password';
import { insertUser } from '../src/server/modules/users/user.repository';
import { insertOrganisations } from '../src/server/modules/organisations/organisation.repository';
import { ROLES } from '../src/shared/users/roles';

const givenNames = ['Anna', 'Erik', 'Sara', 'Mohammed', 'Åsa', 'Lars', 'Fatima', 'Björn', 'Lina', 'Jonas', 'Amina', 'Örjan'];
const familyNames = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Öberg', 'Ahmed', 'Lindqvist', 'Åström', 'Hassan', 'Berg'];

/** Inserts `count` users with varied Swedish names and roles, sharing one password hash. */
export async function generateUsers(db: Db, count: number): Promise<void> {
  const passwordHash = await hashPassword('bench-password-123');
  for (let i = 0; i < count; i += 1) {
    const name = `${givenNames[i % givenNames.length]} ${familyNames[(i * 7) % familyNames.length]} ${i}`;
    const now = new Date();
    await insertUser(db, {
      email: `user${i}@bench.samverkan.local`,
      name,
      roles: [ROLES[i % ROLES.length] ?? 'officer'],
      password_hash: passwordHash,
      status: i % 11 === 0 ? 'disabled' : 'active',
      created_at: now,
      updated_at: now,
    });
  }
}

/** A small deterministic pseudo-random generator, so every run benchmarks the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Luhn-valid organisation number derived from a sequence number (unique per n). */
export function benchOrgNumber(n: number): string {
  const body = `80${String(n).padStart(7, '0')}`;
  for (let check = 0; check < 10; check += 1) {
    const digits = `${body}${check}`;
    let sum = 0;
    for (let i = 0; i < 10; i += 1) {
      let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
      if (d > 9) d -= 9;
      sum += d;
    }
    if (sum % 10 === 0) return `${digits.slice(0, 6)}-${digits.slice(6)}`;
  }
  throw new Error('no check digit');
}

const orgPrefixes = ['Föreningen', 'Idrottsklubben', 'Kulturföreningen', 'Stiftelsen', 'Språkcaféet', 'Kvinnoföreningen', 'Ungdomsförbundet', 'Hembygdsföreningen', 'Studieförbundet', 'Nätverket'];
const orgPlaces = ['Söder', 'Tensta', 'Kista', 'Farsta', 'Vällingby', 'Bromma', 'Skärholmen', 'Årsta', 'Östermalm', 'Rinkeby', 'Hägersten', 'Skarpnäck', 'Älvsjö', 'Norrmalm'];
const orgThemes = ['för nyanlända', 'i samverkan', 'för unga', 'för kvinnor', 'för alla', 'och gemenskap', 'för språk och kultur', 'för arbete och hälsa'];
const descriptionWords = ['språkträning', 'läxhjälp', 'idrott', 'mentorskap', 'föreningar', 'samhällsinformation', 'matlagning', 'cykelskola', 'simundervisning', 'arbetsträning', 'praktik', 'nätverk', 'hälsa', 'kultur', 'musik', 'föräldrastöd'];
const districtCodes = ['rinkeby_kista', 'spanga_tensta', 'hasselby_vallingby', 'bromma', 'kungsholmen', 'norrmalm', 'ostermalm', 'sodermalm', 'enskede_arsta_vantor', 'farsta', 'skarpnack', 'hagersten_alvsjo', 'skarholmen'];
const areaCodes = ['summer_jobs', 'summer_jobs.mentors', 'outreach', 'integration_pact', 'newly_arrived_adults', 'newly_arrived_adults.language_training', 'district_mothers.health', 'labour_market_measures.work_training', 'information'];

/** Inserts `count` organisations of all kinds with varied Swedish names, directly in batches. */
export async function generateOrganisations(db: Db, count: number, onProgress?: (done: number) => void): Promise<void> {
  const random = seededRandom(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const batchSize = 1_000;
  for (let start = 0; start < count; start += batchSize) {
    const rows = [];
    for (let i = start; i < Math.min(count, start + batchSize); i += 1) {
      const roll = random();
      const kind = roll < 0.75 ? 'civil_society' : roll < 0.95 ? 'employer' : 'public_body';
      const legalForm = kind === 'civil_society' ? pick(['non_profit_association', 'foundation', 'economic_association']) : kind === 'employer' ? pick(['limited_company', 'trading_partnership', 'sole_trader']) : pick(['government_agency', 'municipality', 'region']);
      const name = kind === 'employer' ? `${pick(orgPlaces)} ${pick(['Bygg', 'Städ', 'Café', 'Logistik', 'Vård', 'IT'])} ${i} AB` : `${pick(orgPrefixes)} ${pick(orgPlaces)} ${pick(orgThemes)} ${i}`;
      const now = new Date(Date.now() - Math.floor(random() * 3 * 365) * 86_400_000);
      rows.push({
        name,
        kind: kind as 'civil_society' | 'employer' | 'public_body',
        legal_form: legalForm,
        org_number: random() < 0.6 ? benchOrgNumber(i) : null,
        description: `Verksamhet med ${pick(descriptionWords)}, ${pick(descriptionWords)} och ${pick(descriptionWords)} i ${pick(orgPlaces)}.`,
        member_count: Math.floor(random() * 2_000),
        city: 'Stockholm',
        districts: [pick(districtCodes), ...(random() < 0.3 ? [pick(districtCodes)] : [])],
        areas: [pick(areaCodes), ...(random() < 0.5 ? [pick(areaCodes)] : [])],
        democracy_result: random() < 0.3 ? ('eligible' as const) : random() < 0.05 ? ('not_eligible' as const) : null,
        democracy_valid_until: null as string | null,
        created_at: now,
        updated_at: now,
      });
    }
    for (const r of rows) if (r.democracy_result) r.democracy_valid_until = random() < 0.8 ? '2027-06-30' : '2025-06-30';
    await insertOrganisations(db, rows.map((r) => ({ ...r, districts: [...new Set(r.districts)], areas: [...new Set(r.areas)] })));
    onProgress?.(Math.min(count, start + batchSize));
  }
}
