import type {
  PublicInitiativeInput,
  PublicInitiativeReceipt,
  PublicReferenceDataView,
} from '../../../shared/initiatives/initiative.schemas';
import type { Db } from '../../db/database';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { recordAudit } from '../audit/audit.service';
import { findReviewGroupUserIds } from '../notifications/notification-recipients.repository';
import { notify, type NotifyOptions } from '../notifications/notify';
import { findAreas, findNamedReference } from '../organisations/reference.repository';
import {
  findActiveOrganisationIdByOrgNumber,
  findInitiativeById,
  insertInitiative,
  replaceInitiativeOrganisations,
} from './initiative.repository';
import { assertInitiativeReferences } from './initiative.service';
import { auditedInitiative, numberOf } from './initiative.views';
import { consumeRateLimit, PUBLIC_INITIATIVE_LIMIT } from './rate-limit';

/** Counts a submission of the public form against the caller's address; 429 when there were too many (IOP-10). */
export function admitPublicSubmission(db: Db, ctx: RequestContext): Promise<void> {
  return consumeRateLimit(db, PUBLIC_INITIATIVE_LIMIT, ctx.ip);
}

/** Refuses a public submission whose honeypot field is filled in: it is hidden from people, so only a bot fills it in. */
export function rejectFilledHoneypot(value: string | undefined): void {
  if (value !== undefined && value.trim() !== '') throw new DomainError('spam_suspected');
}

const unique = (values: string[] | undefined) => [...new Set(values ?? [])];

/**
 * Receives a proposal for cooperation from an outside organisation through the public form
 * (IOP-10, INI-1): it joins the review queue as an external initiative, linked to the register
 * when the organisation number is known there. The proposer gets its number as a receipt and nothing else.
 * The review group's members are notified in the same transaction (INI-2).
 */
export async function submitPublicInitiative(
  db: Db,
  ctx: RequestContext,
  input: PublicInitiativeInput,
  options: NotifyOptions,
): Promise<PublicInitiativeReceipt> {
  rejectFilledHoneypot(input.website);
  // The proposer is the public whoever sends the form, and no address of theirs is kept.
  const publicCtx: RequestContext = { ...ctx, actor: { kind: 'anonymous' }, ip: null };
  const areas = unique(input.areas);
  const targetGroups = unique(input.targetGroups);
  return db.transaction().execute(async (trx) => {
    await assertInitiativeReferences(trx, { areas, targetGroups });
    const organisationId = input.orgNumber ? await findActiveOrganisationIdByOrgNumber(trx, input.orgNumber) : undefined;
    const now = new Date();
    const id = await insertInitiative(trx, {
      title: input.title,
      origin: 'external',
      submitted_via: 'public_form',
      brief: input.brief,
      areas,
      target_groups: targetGroups,
      // Only what the review needs to answer: the organisation and one contact.
      proposer: JSON.stringify({
        organisationName: input.organisationName,
        orgNumber: input.orgNumber ?? null,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        contactPhone: input.contactPhone ?? null,
      }),
      status: 'submitted',
      number_year: Number(ctx.today.slice(0, 4)),
      created_by: null,
      created_at: now,
      updated_at: now,
    });
    const organisationIds = organisationId ? [organisationId] : [];
    await replaceInitiativeOrganisations(trx, id, organisationIds);
    const row = found(await findInitiativeById(trx, id));
    await recordAudit(trx, publicCtx, {
      action: 'initiative.received',
      entityType: 'initiative',
      entityId: id,
      after: auditedInitiative(row, organisationIds),
    });
    await notify(
      trx,
      { type: 'initiative_received', recipients: await findReviewGroupUserIds(trx), actor: publicCtx.actor, summary: row.title, link: `/initiativ/${id}` },
      options,
    );
    return { reference: numberOf(row), receivedAt: now.toISOString() };
  });
}

/** The areas (INI-8) and target groups the public form offers: codes and names only. */
export async function getPublicReferenceData(db: Db): Promise<PublicReferenceDataView> {
  const [areas, targetGroups] = await Promise.all([findAreas(db), findNamedReference(db, 'target_group')]);
  return {
    areas: areas.map((a) => ({ code: a.code, parentCode: a.parent_code, nameSv: a.name_sv, nameEn: a.name_en })),
    targetGroups: targetGroups.map((g) => ({ code: g.code, nameSv: g.name_sv, nameEn: g.name_en })),
  };
}
