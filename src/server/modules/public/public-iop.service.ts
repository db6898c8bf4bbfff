import {
  PUBLIC_PROPOSAL_PATH,
  type PublicationInput,
  type PublicationView,
  type PublicIopPageView,
  type PublicPublisherView,
} from '../../../shared/public/public-iop.schemas';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import { DomainError, found } from '../../http/errors';
import type { RequestContext } from '../../http/request-context';
import { toCsv } from '../../lib/spreadsheet/csv';
import { recordAudit } from '../audit/audit.service';
import {
  findPartyNames,
  findPublication,
  findPublicationForUpdate,
  findPublishedIops,
  findSettingValues,
  findTargetGroups,
  updatePublicationIfVersion,
} from './public-iop.repository';

const CONTACT_KEYS = ['iop_contact.name', 'iop_contact.email', 'iop_contact.phone', 'iop_contact.web', 'iop_contact.address', 'iop_contact.text'] as const;
const PUBLISHER_KEYS = ['committee.name_sv', 'committee.name_en', 'municipality.name_sv', 'municipality.name_en'] as const;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The public IOP page (IOP-10, OVR-3): active, published IOPs with their public fields only, and
 * the IOP contact function. No permission check: it is meant for everyone, without login.
 */
export async function getPublicIops(db: Db): Promise<PublicIopPageView> {
  const rows = await findPublishedIops(db);
  const [partners, groups, settings] = await Promise.all([
    findPartyNames(db, rows.map((r) => r.id)),
    findTargetGroups(db, [...new Set(rows.flatMap((r) => r.target_groups))]),
    findSettingValues(db, CONTACT_KEYS),
  ]);
  const groupOrder = new Map(groups.map((g, i) => [g.code, i]));
  const groupByCode = new Map(groups.map((g) => [g.code, { code: g.code, nameSv: g.name_sv, nameEn: g.name_en }]));
  return {
    contact: {
      name: text(settings.get('iop_contact.name')),
      email: text(settings.get('iop_contact.email')),
      phone: text(settings.get('iop_contact.phone')),
      web: text(settings.get('iop_contact.web')),
      address: text(settings.get('iop_contact.address')),
      text: text(settings.get('iop_contact.text')),
      proposalPath: PUBLIC_PROPOSAL_PATH,
    },
    // Built field by field, so that a column added to the query later cannot reach the public.
    items: rows.map((row) => ({
      caseNumber: row.case_number,
      title: row.title,
      partners: partners.get(row.id) ?? [],
      purpose: row.public_summary,
      targetGroups: [...row.target_groups]
        .sort((a, b) => (groupOrder.get(a) ?? Number.MAX_SAFE_INTEGER) - (groupOrder.get(b) ?? Number.MAX_SAFE_INTEGER))
        .flatMap((code) => groupByCode.get(code) ?? []),
      startDate: row.start_date,
      endDate: row.end_date,
      startYear: row.start_date ? Number(row.start_date.slice(0, 4)) : null,
    })),
  };
}

/**
 * Who publishes the public pages (IOP-10): the committee's and the municipality's names from the
 * settings, so that no municipality's name is written into the code. Public, no login.
 */
export async function getPublicPublisher(db: Db): Promise<PublicPublisherView> {
  const settings = await findSettingValues(db, PUBLISHER_KEYS);
  return {
    committeeNameSv: text(settings.get('committee.name_sv')),
    committeeNameEn: text(settings.get('committee.name_en')),
    municipalityNameSv: text(settings.get('municipality.name_sv')),
    municipalityNameEn: text(settings.get('municipality.name_en')),
  };
}

/** The same open data as CSV for Excel (Swedish headers; text that could run as a formula is escaped). */
export async function getPublicIopsCsv(db: Db): Promise<Buffer> {
  const { items } = await getPublicIops(db);
  return toCsv(
    ['Diarienummer', 'Titel', 'Partner', 'Syfte', 'Målgrupper', 'Startdatum', 'Slutdatum', 'Startår'],
    items.map((i) => [
      i.caseNumber,
      i.title,
      i.partners.join(', '),
      i.purpose,
      i.targetGroups.map((g) => g.nameSv).join(', '),
      i.startDate,
      i.endDate,
      i.startYear,
    ]),
  );
}

/** A cooperation's publication state, for the staff who decide on it. */
export async function getPublication(db: Db, ctx: RequestContext, id: string): Promise<PublicationView> {
  assertPermitted(ctx.actor, 'cooperations.read');
  const row = found(await findPublication(db, id));
  return { published: row.published, publicSummary: row.public_summary, version: row.version };
}

/**
 * Publishes a cooperation on the public IOP page or withdraws it (IOP-10). Only IOPs may be
 * published, and only with a purpose written for the public; withdrawing is always allowed.
 */
export async function setPublication(db: Db, ctx: RequestContext, id: string, input: PublicationInput): Promise<PublicationView> {
  assertPermitted(ctx.actor, 'cooperations.write');
  const summary = input.publicSummary?.trim() ? input.publicSummary.trim() : null;
  return db.transaction().execute(async (trx) => {
    const current = found(await findPublicationForUpdate(trx, id));
    if (current.version !== input.version) throw new DomainError('version_conflict');
    if (input.published && current.form !== 'iop') throw new DomainError('not_publishable');
    if (input.published && !summary) {
      throw new DomainError('validation_failed', { errors: [{ path: 'publicSummary', message: 'validation.required' }] });
    }
    if (!(await updatePublicationIfVersion(trx, id, input.version, { published: input.published, public_summary: summary }))) {
      throw new DomainError('version_conflict');
    }
    await recordAudit(trx, ctx, {
      action: 'cooperation.publication_changed',
      entityType: 'cooperation',
      entityId: id,
      before: { published: current.published, publicSummary: current.public_summary },
      after: { published: input.published, publicSummary: summary },
    });
    return { published: input.published, publicSummary: summary, version: current.version + 1 };
  });
}
