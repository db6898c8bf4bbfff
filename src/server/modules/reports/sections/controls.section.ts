import { PARTNER_CONTROL_DOCUMENTS, type PartnerControlDocument } from '../../../../shared/organisations/partner-control.rules';
import type { ReportRow } from '../../../../shared/reports/committee-report.schemas';
import type { Language } from '../../../http/language';
import { inLanguage, type ReportSectionDefinition, scopeIsFiltered } from '../report-section';
import { controlDocumentCounts, democracyCounts, partnerControlState } from './controls.repository';

/** The names the organisation screens use for the control documents (organisations.*.messages.ts). */
const DOCUMENT_NAMES: Record<Language, Record<PartnerControlDocument, string>> = {
  sv: {
    statutes: 'Stadgar',
    idea_description: 'Beskrivning av idé och ordinarie verksamhet',
    annual_meeting_minutes: 'Årsmötesprotokoll',
    annual_activity_report: 'Verksamhetsberättelse',
    financial_report: 'Ekonomisk berättelse med bokslut',
    audit_report: 'Revisionsberättelse',
    activity_plan_and_board: 'Verksamhetsplan och styrelseförteckning',
    member_count: 'Medlemsantal',
  },
  en: {
    statutes: 'Statutes',
    idea_description: 'Description of idea and ordinary activity',
    annual_meeting_minutes: 'Annual meeting minutes',
    annual_activity_report: 'Annual activity report',
    financial_report: 'Financial report with accounts',
    audit_report: 'Audit report',
    activity_plan_and_board: 'Activity plan and board list',
    member_count: 'Number of members',
  },
};

/** Democracy assessments and partner controls (DEM-1–4, ORG-4): what was assessed and received in the period, and where the IOPs' parties stand today. */
export const controlsSection: ReportSectionDefinition = {
  key: 'controls',
  async build(ctx) {
    const { language, scope } = ctx;
    const democracy = await democracyCounts(ctx.db, scope);
    const documents = await controlDocumentCounts(ctx.db, scope);
    const parties = await partnerControlState(ctx.db, scope);
    const totalLabel = inLanguage(language, { sv: 'Totalt', en: 'Total' });
    const filtered = scopeIsFiltered(scope);
    const scopeNote = filtered
      ? inLanguage(language, {
          sv: ' Med urval räknas organisationer som är part i någon samverkan inom urvalet.',
          en: ' With filters, organisations that are a party to some cooperation within them count.',
        })
      : '';

    const documentRows: ReportRow[] = PARTNER_CONTROL_DOCUMENTS.map((type) => {
      const r = documents.find((d) => d.document_type === type);
      return { cells: [DOCUMENT_NAMES[language][type], r?.received ?? 0, r?.not_existing ?? 0] };
    });
    const sumDocuments = (pick: (r: (typeof documents)[number]) => number) => documents.reduce((sum, r) => sum + pick(r), 0);

    return {
      key: 'controls',
      title: inLanguage(language, { sv: 'Demokrativillkor och partnerkontroll', en: 'Democracy conditions and partner control' }),
      requirements: ['DEM-1', 'DEM-2', 'DEM-3', 'DEM-4', 'ORG-4', 'OVR-2'],
      description: inLanguage(language, {
        sv: 'Demokratibedömningar som signerades under perioden per resultat, partnerkontrollens dokument som kom in eller markerades som att de inte finns under perioden, och hur många av parterna i IOP som pågick under perioden som har en fullständig partnerkontroll i dag.',
        en: 'Democracy assessments signed during the period by outcome, partner-control documents received or noted as not existing during the period, and how many of the parties of IOPs in force during the period have a complete partner control today.',
      }),
      tables: [
        {
          key: 'democracy',
          title: inLanguage(language, { sv: 'Signerade demokratibedömningar per resultat', en: 'Signed democracy assessments by outcome' }),
          columns: [
            { key: 'outcome', label: inLanguage(language, { sv: 'Resultat', en: 'Outcome' }), kind: 'text' },
            { key: 'assessments', label: inLanguage(language, { sv: 'Bedömningar', en: 'Assessments' }), kind: 'count' },
          ],
          rows: [
            { cells: [inLanguage(language, { sv: 'Uppfyllda', en: 'Met' }), democracy.eligible] },
            { cells: [inLanguage(language, { sv: 'Uppfyllda efter åtgärd', en: 'Met after remediation' }), democracy.remediated] },
            { cells: [inLanguage(language, { sv: 'Ej uppfyllda', en: 'Not met' }), democracy.not_eligible] },
            { cells: [totalLabel, democracy.eligible + democracy.remediated + democracy.not_eligible], total: true },
          ],
          chart: { kind: 'bar', categoryColumn: 0, seriesColumns: [1] },
          note:
            inLanguage(language, {
              sv: 'Uppfyllda efter åtgärd: organisationens föregående bedömning var ej uppfyllda och en genomförd åtgärd gjorde en ny bedömning möjlig (DEM-4).',
              en: 'Met after remediation: the organisation’s previous assessment was not met and a completed remediation measure allowed a new assessment (DEM-4).',
            }) + scopeNote,
          public: true,
        },
        {
          key: 'partner-control-documents',
          title: inLanguage(language, { sv: 'Partnerkontroll: dokument under perioden', en: 'Partner control: documents during the period' }),
          columns: [
            { key: 'document', label: inLanguage(language, { sv: 'Dokument', en: 'Document' }), kind: 'text' },
            { key: 'received', label: inLanguage(language, { sv: 'Inkomna', en: 'Received' }), kind: 'count' },
            { key: 'notExisting', label: inLanguage(language, { sv: 'Markerade som att de inte finns', en: 'Noted as not existing' }), kind: 'count' },
          ],
          rows: [...documentRows, { cells: [totalLabel, sumDocuments((r) => r.received), sumDocuments((r) => r.not_existing)], total: true }],
          chart: { kind: 'stacked-bar', categoryColumn: 0, seriesColumns: [1, 2] },
          note:
            inLanguage(language, {
              sv: 'Inkomna dokument räknas efter dagen de laddades upp (varje version); en markering räknas efter dagen den senast gjordes.',
              en: 'Received documents count by the day they were uploaded (each version); a note counts by the day it was last made.',
            }) + scopeNote,
          public: true,
        },
        {
          key: 'partner-control-state',
          title: inLanguage(language, { sv: 'Parter i IOP: partnerkontroll i dag', en: 'Parties of IOPs: partner control today' }),
          columns: [
            { key: 'label', label: inLanguage(language, { sv: 'Parter', en: 'Parties' }), kind: 'text' },
            { key: 'complete', label: inLanguage(language, { sv: 'Fullständig partnerkontroll', en: 'Complete partner control' }), kind: 'count' },
            { key: 'incomplete', label: inLanguage(language, { sv: 'Ofullständig partnerkontroll', en: 'Incomplete partner control' }), kind: 'count' },
            { key: 'total', label: totalLabel, kind: 'count' },
          ],
          rows: [
            {
              cells: [
                inLanguage(language, { sv: 'Idéburna organisationer som är part i IOP som pågick under perioden', en: 'Civil-society organisations party to an IOP in force during the period' }),
                parties.complete,
                parties.parties - parties.complete,
                parties.parties,
              ],
            },
          ],
          note: inLanguage(language, {
            sv: 'Fullständig: varje dokument i partnerkontrollen har kommit in eller är markerat som att det inte finns, med skäl (ORG-4), bedömt i dag.' +
              (filtered ? ' Med urval räknas parter i IOP inom urvalet.' : ''),
            en: 'Complete: every partner-control document has been received or noted as not existing, with a reason (ORG-4), as of today.' +
              (filtered ? ' With filters, parties of IOPs within them count.' : ''),
          }),
          public: true,
        },
      ],
    };
  },
};
