import type { OrganisationExportQuery } from '../../../shared/organisations/organisation.schemas';
import type { Db } from '../../db/database';
import { assertPermitted } from '../../http/authorize';
import type { Language } from '../../http/language';
import type { RequestContext } from '../../http/request-context';
import { toCsv } from '../../lib/spreadsheet/csv';
import type { CellInput } from '../../lib/spreadsheet/table';
import { toXlsx } from '../../lib/spreadsheet/xlsx';
import { findOrganisationsForExport } from './organisation.repository';
import { toFilter } from './organisation.service';
import { findAreas, findDistricts, findLegalForms } from './reference.repository';

/** The most organisations one export holds. */
export const MAX_EXPORT_ROWS = 100_000;

const headers: Record<Language, string[]> = {
  sv: ['Namn', 'Typ', 'Juridisk form', 'Organisationsnummer', 'Beskrivning', 'Medlemsantal', 'Webbplats', 'Gatuadress', 'Postnummer', 'Ort', 'Stadsdelar', 'Samverkansområden', 'Bankgiro', 'Plusgiro', 'Demokrativillkor', 'Bedömning giltig till', 'Status', 'Senast ändrad'],
  en: ['Name', 'Kind', 'Legal form', 'Organisation number', 'Description', 'Members', 'Website', 'Street', 'Postal code', 'City', 'Districts', 'Areas', 'Bankgiro', 'Plusgiro', 'Democracy conditions', 'Assessment valid until', 'Status', 'Last changed'],
};

const words: Record<Language, Record<string, string>> = {
  sv: {
    civil_society: 'Idéburen organisation',
    employer: 'Arbetsgivare',
    public_body: 'Offentlig aktör',
    active: 'Aktiv',
    archived: 'Arkiverad',
    not_assessed: 'Ej bedömd',
    eligible: 'Uppfyllda',
    not_eligible: 'Ej uppfyllda',
    expired: 'Bedömningen har gått ut',
  },
  en: {
    civil_society: 'Civil-society organisation',
    employer: 'Employer',
    public_body: 'Public body',
    active: 'Active',
    archived: 'Archived',
    not_assessed: 'Not assessed',
    eligible: 'Met',
    not_eligible: 'Not met',
    expired: 'Assessment expired',
  },
};

/**
 * The filtered register as a CSV or XLSX file (OVR-1), with names instead of codes in the
 * caller's language; text that a spreadsheet would run as a formula is escaped.
 */
export async function exportOrganisations(
  db: Db,
  ctx: RequestContext,
  q: OrganisationExportQuery,
  options: { language: Language; timeZone: string },
): Promise<{ bytes: Buffer; fileName: string; mediaType: string }> {
  const { language, timeZone } = options;
  assertPermitted(ctx.actor, 'organisations.read');
  const { format, ...filters } = q;
  const [rows, legalForms, areas, districts] = await Promise.all([
    findOrganisationsForExport(db, await toFilter(db, ctx, filters), MAX_EXPORT_ROWS),
    findLegalForms(db),
    findAreas(db),
    findDistricts(db),
  ]);
  const legalFormName = new Map(legalForms.map((f) => [`${f.kind}/${f.code}`, language === 'en' ? f.name_en : f.name_sv]));
  const areaName = new Map(areas.map((a) => [a.code, language === 'en' ? a.name_en : a.name_sv]));
  const districtName = new Map(districts.map((d) => [d.code, d.name_sv]));
  const w = words[language];
  const cells: CellInput[][] = rows.map((o) => [
    o.name,
    w[o.kind] ?? o.kind,
    legalFormName.get(`${o.kind}/${o.legal_form}`) ?? o.legal_form,
    o.org_number,
    o.description,
    o.member_count,
    o.website,
    o.street,
    o.postal_code,
    o.city,
    o.districts.map((d) => districtName.get(d) ?? d).join(', '),
    o.areas.map((a) => areaName.get(a) ?? a).join(', '),
    o.bankgiro,
    o.plusgiro,
    w[o.democracy_status] ?? o.democracy_status,
    o.democracy_valid_until,
    w[o.status] ?? o.status,
    o.updated_at,
  ]);
  const stem = `${language === 'en' ? 'organisations' : 'organisationer'}-${ctx.today}`;
  if (format === 'csv') {
    return { bytes: toCsv(headers[language], cells, { timeZone }), fileName: `${stem}.csv`, mediaType: 'text/csv; charset=utf-8' };
  }
  return {
    bytes: await toXlsx(language === 'en' ? 'Organisations' : 'Organisationer', headers[language], cells, { timeZone }),
    fileName: `${stem}.xlsx`,
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
