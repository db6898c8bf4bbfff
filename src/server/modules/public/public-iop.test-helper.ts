import type { Db } from '../../db/database';

let sequence = 0;

/** Inserts a cooperation as it would stand after its lifecycle (the cooperations slice is tested on its own). */
export async function insertCooperation(
  db: Db,
  options: {
    form?: string;
    status?: string;
    published?: boolean;
    title?: string;
    publicSummary?: string | null;
    description?: string | null;
    managerId?: string | null;
    partyIds?: string[];
    targetGroups?: string[];
    startDate?: string | null;
    endDate?: string | null;
  },
): Promise<{ id: string; caseNumber: string }> {
  sequence += 1;
  const caseNumber = `TST-2099-${String(sequence).padStart(4, '0')}-${Date.now().toString(36)}`;
  const row = await db
    .insertInto('cooperation')
    .values({
      case_number: caseNumber,
      case_year: 2099,
      case_sequence: sequence + Math.floor(Math.random() * 1_000_000),
      title: options.title ?? `Samverkan ${sequence}`,
      form: options.form ?? 'iop',
      status: options.status ?? 'active',
      published: options.published ?? true,
      public_summary: options.publicSummary ?? null,
      description: options.description ?? null,
      responsible_manager_id: options.managerId ?? null,
      target_groups: options.targetGroups ?? [],
      start_date: options.startDate ?? null,
      end_date: options.endDate ?? null,
      facts: '{}',
      created_at: new Date(),
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const organisationId of options.partyIds ?? []) {
    await db.insertInto('cooperation_party').values({ cooperation_id: row.id, organisation_id: organisationId }).execute();
  }
  return { id: row.id, caseNumber };
}
