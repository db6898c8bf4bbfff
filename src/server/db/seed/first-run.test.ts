import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../tests/support/test-database';
import type { DatabaseHandle } from '../database';
import { systemContext } from '../../http/request-context';
import { findSteeringGroupFlags } from '../../modules/cooperations/overview.repository';
import { DatabaseFileStorage } from '../../modules/files/file-storage';
import { verifyPassword } from '../../modules/users/password';
import { findUserByEmail } from '../../modules/users/user.repository';
import { demoEmail, seedDemo } from './demo';
import { ensureFirstAdmin } from './first-run';

let handle: DatabaseHandle | undefined;
afterEach(async () => {
  await handle?.close();
  handle = undefined;
});

/** File storage in the test's own database. */
function scratchStorage(): DatabaseFileStorage {
  return new DatabaseFileStorage();
}

describe('first run', () => {
  it('creates the administrator from ADMIN_EMAIL and ADMIN_PASSWORD on an empty database', async () => {
    handle = await createTestDatabase();
    const admin = await ensureFirstAdmin(handle.db, { email: 'it@stockholm.se', password: 'a-long-admin-password' });
    expect(admin).toEqual({ email: 'it@stockholm.se', password: 'a-long-admin-password', generated: false });
    const row = await findUserByEmail(handle.db, 'it@stockholm.se');
    expect(row?.roles).toEqual(['admin']);
    expect(row?.must_change_password).toBe(false);
    expect(await verifyPassword(row?.password_hash, 'a-long-admin-password')).toBe(true);
  });

  it('generates a random password to print once, to be changed at first login', async () => {
    handle = await createTestDatabase();
    const admin = await ensureFirstAdmin(handle.db, { email: undefined, password: undefined });
    expect(admin?.generated).toBe(true);
    expect(admin?.password.length).toBeGreaterThanOrEqual(20);
    const row = await findUserByEmail(handle.db, admin?.email ?? '');
    expect(row?.must_change_password).toBe(true);
    expect(await verifyPassword(row?.password_hash, admin?.password ?? '')).toBe(true);
    const second = await ensureFirstAdmin(handle.db, { email: undefined, password: undefined });
    expect(second).toBeUndefined();
  });

  it('loads one demo user per role, the demo organisations and cooperations, once', async () => {
    handle = await createTestDatabase();
    const storage = scratchStorage();
    const first = await seedDemo(handle.db, storage);
    expect(first.created).toHaveLength(7);
    expect((await findUserByEmail(handle.db, demoEmail('review_group')))?.roles).toEqual(['review_group']);
    expect(first.organisations).toBeGreaterThanOrEqual(38);
    const named = await handle.db.selectFrom('organisation').select(['name', 'org_number', 'democracy_result']).execute();
    const byName = new Map(named.map((o) => [o.name, o]));
    for (const name of ['Individuell Människohjälp (IM)', 'Svenska med baby', 'Internationella Bekantskaper (IB)', 'Nema Problema', 'Kompis Sverige', 'Samordningsförbundet Stockholms stad']) {
      expect(byName.get(name)?.org_number, name).toBeNull();
    }
    expect(byName.get('Arbetsförmedlingen')?.org_number).toBe('202100-2114');
    expect(byName.get('Stockholms stad')?.org_number).toBe('212000-0142');
    expect(byName.get('Svenska med baby')?.democracy_result).toBe('eligible');
    expect(named.some((o) => o.democracy_result === 'not_eligible')).toBe(true);
    // DEM-3: one assessment prepared by the officer waits for the manager's signature, and counts for nothing yet.
    const prepared = await handle.db
      .selectFrom('democracy_assessment_draft as d')
      .innerJoin('app_user as u', 'u.id', 'd.signer_id')
      .innerJoin('organisation as o', 'o.id', 'd.organisation_id')
      .select(['d.status', 'u.email', 'o.name', 'o.democracy_result'])
      .execute();
    expect(prepared).toEqual([{ status: 'ready_for_signing', email: demoEmail('manager'), name: 'Hässelby Cykelskola', democracy_result: null }]);
    const again = await seedDemo(handle.db, storage);
    expect(again).toMatchObject({ created: [], organisations: 0, cooperations: 0 });
  });

  it('registers the cooperations the sources name as active, through a held review-group meeting (OVR-1, INI-2)', async () => {
    handle = await createTestDatabase();
    const seeded = await seedDemo(handle.db, scratchStorage());
    expect(seeded.cooperations).toBe(6);
    // Start-up prints the register's whole count: these six and everything the later demos add.
    const all = await handle.db.selectFrom('cooperation').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(seeded.inRegister).toBe(Number(all.n));
    expect(seeded.inRegister).toBeGreaterThan(6);
    // The employers' memberships and job partnerships (EMP-1, EMP-2) have demo tests of their own.
    const cooperations = await handle.db
      .selectFrom('cooperation')
      .select(['title', 'form', 'status', 'case_number', 'start_date'])
      .where('form', 'not in', ['integration_pact_membership', 'job_partnership'])
      .orderBy('case_sequence')
      .execute();
    expect(cooperations.map((c) => [c.title, c.form, c.status])).toEqual([
      ['IOP Duo Stockholm', 'iop', 'active'],
      ['IOP Svenska med baby', 'iop', 'active'],
      ['IOP Medprat', 'iop', 'active'],
      ['Stockholmsmentor', 'procurement', 'active'],
      ['VIDA – föreningsaktiviteter för nyanlända', 'vida', 'active'],
      ['Samverkansöverenskommelse med Arbetsförmedlingen', 'public_agreement', 'active'],
    ]);
    expect(cooperations.map((c) => c.case_number)).toEqual(cooperations.map((_, i) => expect.stringMatching(new RegExp(`^AMN \\d{4}-000${i + 1}$`))));
    expect(cooperations.find((c) => c.form === 'public_agreement')?.start_date).toBe('2023-01-01');
    // OVR-3: the three IOPs are published on the public IOP page, nothing else is.
    const published = await handle.db.selectFrom('cooperation').select('title').where('published', '=', true).orderBy('case_sequence').execute();
    expect(published.map((c) => c.title)).toEqual(['IOP Duo Stockholm', 'IOP Svenska med baby', 'IOP Medprat']);
    // IOP-6: each demo IOP has a joint steering group; Duo Stockholm's decision was approved by both parties.
    const bodies = await handle.db.selectFrom('governance_body').select(['name', 'type']).where('type', '=', 'steering_group').orderBy('name').execute();
    expect(bodies).toEqual([
      { name: 'Styrgrupp Duo Stockholm', type: 'steering_group' },
      { name: 'Styrgrupp Medprat', type: 'steering_group' },
      { name: 'Styrgrupp Svenska med baby', type: 'steering_group' },
    ]);
    // AGR-3: the agreement with Arbetsförmedlingen brings its ten bodies, linked to its cooperation.
    const afBodies = await handle.db
      .selectFrom('governance_body_cooperation as l')
      .innerJoin('cooperation as c', 'c.id', 'l.cooperation_id')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('c.form', '=', 'public_agreement')
      .executeTakeFirstOrThrow();
    expect(Number(afBodies.n)).toBe(10);
    // Duo Stockholm's group decided its plan for next year and adopted this year's activity plan (IOP-6, IOP-7).
    const decisions = await handle.db.selectFrom('governance_decision').select('status').execute();
    expect(decisions).toEqual([{ status: 'decided' }, { status: 'decided' }]);
    const plans = await handle.db
      .selectFrom('activity_plan as p')
      .innerJoin('cooperation as c', 'c.id', 'p.cooperation_id')
      .select(['c.title', 'p.status', 'p.year'])
      .orderBy('c.title')
      .execute();
    const year = new Date().getFullYear();
    expect(plans).toEqual([
      { title: 'IOP Duo Stockholm', status: 'adopted', year },
      { title: 'IOP Svenska med baby', status: 'draft', year },
    ]);
    const annex = await handle.db
      .selectFrom('agreement_annex as a')
      .innerJoin('agreement_annex_version as v', 'v.annex_id', 'a.id')
      .select(['a.title', 'v.text'])
      .where('a.title', '=', `Verksamhetsplan och budget ${year}`)
      .execute();
    expect(annex).toHaveLength(1);
    expect(annex[0]!.text).toContain('Antal deltagare som börjat arbeta');
    // IOP-5, IOP-6: each IOP was activated with a signed agreement and a steering group of both sides.
    const iops = await handle.db.selectFrom('cooperation').select(['id', 'title']).where('form', '=', 'iop').orderBy('case_sequence').execute();
    for (const iop of iops) {
      const signed = await handle.db.selectFrom('agreement as a').innerJoin('agreement_version as v', 'v.agreement_id', 'a.id').select('v.signed_file_id').where('a.cooperation_id', '=', iop.id).execute();
      expect(signed.some((v) => v.signed_file_id !== null), iop.title).toBe(true);
      const kinds = await handle.db
        .selectFrom('governance_body_cooperation as l')
        .innerJoin('governance_member as m', 'm.body_id', 'l.body_id')
        .innerJoin('organisation as o', 'o.id', 'm.organisation_id')
        .select('o.kind')
        .where('l.cooperation_id', '=', iop.id)
        .orderBy('o.kind')
        .execute();
      expect(kinds.map((k) => k.kind), iop.title).toEqual(['civil_society', 'public_body']);
    }
    // The groups' meetings are kept: Medprat's group last met more than a semester ago (flagged in the overview).
    expect(Number((await handle.db.selectFrom('governance_meeting').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n)).toBe(5);
    const flagged = await findSteeringGroupFlags(handle.db, iops.map((i) => i.id), systemContext('test').today);
    expect(iops.filter((i) => flagged.has(i.id)).map((i) => i.title)).toEqual(['IOP Medprat']);
    const meetings = await handle.db.selectFrom('review_meeting').select('status').execute();
    // One for the sources' initiatives and one where the review group consulted the job partnerships (INI-2, EMP-2).
    expect(meetings).toEqual([{ status: 'held' }, { status: 'held' }]);
    const waiting = await handle.db.selectFrom('initiative').select(['title', 'status', 'origin']).where('status', '=', 'submitted').execute();
    expect(waiting).toEqual([{ title: 'Kompismatchning för nyanlända', status: 'submitted', origin: 'external' }]);
  });
});
