import type { Session, TestApp } from '../../../../tests/support/test-app';
import { multipartFile } from '../../../../tests/support/multipart';
import { pdfBytes } from '../files/file-fixtures.test-helper';
import { insertCooperation } from '../governance/governance-fixtures.test-helper';

/** Inserts a cooperation in a given lifecycle status (the cooperations slice is tested on its own). */
export async function insertCooperationIn(t: TestApp, status: 'preparing' | 'active' | 'under_review' | 'ended', managerId?: string): Promise<string> {
  const id = await insertCooperation(t, 'IOP om läxhjälp');
  await t.database.db
    .updateTable('cooperation')
    .set({ status, responsible_manager_id: managerId ?? null, ended_reason: status === 'ended' ? 'Avslutad' : null })
    .where('id', '=', id)
    .execute();
  return id;
}

/** Inserts an agreement of a cooperation with one version (the agreements slice is tested on its own). */
export async function insertAgreement(
  t: TestApp,
  cooperationId: string,
  values: { noticeMonths?: number | null; startDate?: string | null; endDate?: string | null; status?: 'draft' | 'signed' | 'terminated'; title?: string } = {},
): Promise<string> {
  const db = t.database.db;
  const row = await db
    .insertInto('agreement')
    .values({ cooperation_id: cooperationId, title: values.title ?? 'Avtal om läxhjälp', status: values.status ?? 'signed', created_at: new Date(), updated_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('agreement_version')
    .values({
      agreement_id: row.id,
      number: 1,
      terms: '{}',
      start_date: values.startDate ?? null,
      end_date: values.endDate ?? null,
      notice_months: values.noticeMonths ?? null,
      parties: '[]',
      economy: '[]',
      created_at: new Date(),
    })
    .execute();
  return row.id;
}

/** The cooperation's version, as a termination must carry it. */
export async function cooperationVersion(t: TestApp, cooperationId: string): Promise<number> {
  const row = await t.database.db.selectFrom('cooperation').select('version').where('id', '=', cooperationId).executeTakeFirstOrThrow();
  return row.version;
}

/** Uploads a PDF as termination evidence through the API and returns its id. */
export async function uploadEvidence(t: TestApp, session: Session, cooperationId: string, name = 'Protokoll om hävning.pdf'): Promise<string> {
  const body = multipartFile(name, pdfBytes, 'application/pdf');
  const response = await t.as(session, { method: 'POST', url: `/api/cooperations/${cooperationId}/termination/evidence`, ...body });
  if (response.statusCode !== 201) throw new Error(`evidence upload failed: ${response.body}`);
  return (response.json() as { id: string }).id;
}
