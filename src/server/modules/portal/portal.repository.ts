import type { Db } from '../../db/database';

/** The cooperations an organisation is a party of, with how many agreements each has. */
export function findPortalCooperations(
  db: Db,
  organisationId: string,
): Promise<{ id: string; case_number: string; title: string; form: string; status: string; agreement_count: number }[]> {
  return db
    .selectFrom('cooperation as c')
    .innerJoin('cooperation_party as p', 'p.cooperation_id', 'c.id')
    .select((eb) => [
      'c.id',
      'c.case_number',
      'c.title',
      'c.form',
      'c.status',
      eb.selectFrom('agreement as a').whereRef('a.cooperation_id', '=', 'c.id').select((e) => e.fn.countAll<number>().as('n')).as('agreement_count'),
    ])
    .where('p.organisation_id', '=', organisationId)
    .orderBy('c.case_number')
    .limit(500)
    .execute()
    .then((rows) => rows.map((r) => ({ ...r, agreement_count: Number(r.agreement_count ?? 0) })));
}

/** The cooperation an agreement belongs to, if the agreement exists. */
export async function findAgreementCooperationId(db: Db, agreementId: string): Promise<string | null> {
  const row = await db.selectFrom('agreement').select('cooperation_id').where('id', '=', agreementId).executeTakeFirst();
  return row?.cooperation_id ?? null;
}

/** The cooperation an annex's agreement belongs to, if the annex exists. */
export async function findAnnexCooperationId(db: Db, annexId: string): Promise<string | null> {
  const row = await db
    .selectFrom('agreement_annex as x')
    .innerJoin('agreement as a', 'a.id', 'x.agreement_id')
    .select('a.cooperation_id')
    .where('x.id', '=', annexId)
    .executeTakeFirst();
  return row?.cooperation_id ?? null;
}

/**
 * The bodies a partner reaches: those where its organisation is a party of the joint decisions
 * (IOP-6), or where the partner's user is linked to an active member.
 */
export function findPortalBodyIds(db: Db, organisationId: string, userId: string): Promise<{ id: string; is_party: boolean; is_member: boolean }[]> {
  return db
    .selectFrom('governance_body as b')
    .select((eb) => [
      'b.id',
      eb
        .exists(eb.selectFrom('governance_body_party as p').whereRef('p.body_id', '=', 'b.id').where('p.organisation_id', '=', organisationId).select('p.body_id'))
        .as('is_party'),
      eb
        .exists(eb.selectFrom('governance_member as m').whereRef('m.body_id', '=', 'b.id').where('m.user_id', '=', userId).where('m.active', '=', true).select('m.id'))
        .as('is_member'),
    ])
    .where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('governance_body_party as p').whereRef('p.body_id', '=', 'b.id').where('p.organisation_id', '=', organisationId).select('p.body_id')),
        eb.exists(eb.selectFrom('governance_member as m').whereRef('m.body_id', '=', 'b.id').where('m.user_id', '=', userId).where('m.active', '=', true).select('m.id')),
      ]),
    )
    .orderBy('b.name')
    .limit(500)
    .execute()
    .then((rows) => rows.map((r) => ({ id: r.id, is_party: Boolean(r.is_party), is_member: Boolean(r.is_member) })));
}

/** Every meeting of a body, newest first. */
export function findBodyMeetings(db: Db, bodyId: string) {
  return db.selectFrom('governance_meeting').selectAll().where('body_id', '=', bodyId).orderBy('meeting_date', 'desc').orderBy('id').limit(500).execute();
}
