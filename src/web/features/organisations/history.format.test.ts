import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../../shared/audit/audit.schemas';
import type { ReferenceDataView } from '../../../shared/organisations/reference.schemas';
import { sv } from '../../app/i18n/sv.messages';
import { actionLabel } from '../audit/audit.format';
import { organisationChangeLines } from './history.format';

const i18n = i18next.createInstance();
const ref: ReferenceDataView = {
  legalForms: [{ kind: 'civil_society', code: 'non_profit_association', nameSv: 'Ideell förening', nameEn: 'Non-profit association', active: true, sortOrder: 1, version: 1 }],
  areas: [
    { code: 'outreach', parentCode: null, nameSv: 'Uppsökande arbete', nameEn: 'Outreach', sortOrder: 1 },
    { code: 'outreach.youth_events', parentCode: 'outreach', nameSv: 'Evenemang för unga', nameEn: 'Events', sortOrder: 2 },
  ],
  districts: [{ code: 'bromma', nameSv: 'Bromma', sortOrder: 1 }],
  targetGroups: [],
  units: [],
  committees: [],
};

beforeAll(async () => {
  await i18n.init({ lng: 'sv', resources: { sv: { translation: sv } }, interpolation: { escapeValue: false } });
});

function entry(overrides: Partial<AuditEntryView>): AuditEntryView {
  return {
    id: '1',
    occurredAt: '2026-03-01T10:00:00Z',
    actorType: 'user',
    actorId: 'u1',
    actorLabel: 'officer@example.se',
    action: 'organisation.updated',
    entityType: 'organisation',
    entityId: 'o1',
    changes: {},
    requestId: null,
    ip: null,
    ...overrides,
  };
}

describe("an organisation's history in readable Swedish", () => {
  const ctx = () => ({ i18n, locale: 'sv-SE', lang: 'sv' as const, ref });

  it('names codes (kind, legal form, districts, areas, status) and leaves out fields a new record lacks', () => {
    const lines = organisationChangeLines(
      ctx(),
      entry({
        action: 'organisation.created',
        changes: {
          name: { after: 'Järva Läxhjälp' },
          kind: { after: 'civil_society' },
          legalForm: { after: 'non_profit_association' },
          description: { after: null },
          districts: { after: ['bromma'] },
          areas: { after: ['outreach.youth_events'] },
          contacts: { after: [{ name: 'Amina', role: 'Ordförande', email: null, phone: null }] },
        },
      }),
    );
    expect(lines.map((l) => `${l.label}: ${l.text}`)).toEqual([
      'Namn: Järva Läxhjälp',
      'Typ: Idéburen organisation',
      'Juridisk form: Ideell förening',
      'Stadsdelar: Bromma',
      'Samverkansområden: Uppsökande arbete: Evenemang för unga',
      'Kontaktpersoner: Amina (Ordförande)',
    ]);
    expect(actionLabel(i18n, 'organisation.created')).toBe('Organisation registrerad');
  });

  it('tells a signed assessment and a document note in words, without ids', () => {
    const signed = organisationChangeLines(
      ctx(),
      entry({ action: 'organisation.democracy-assessment.signed', changes: { assessmentId: { after: 'a1' }, result: { after: 'eligible' }, validUntil: { after: '2027-03-01' } } }),
    );
    expect(signed.map((l) => `${l.label}: ${l.text}`)).toEqual(['Resultat: Uppfyllda', 'Giltig till och med: 1 mars 2027']);
    const absent = organisationChangeLines(
      ctx(),
      entry({ action: 'organisation.document.marked-not-existing', changes: { 'absence.member_count': { before: null, after: 'Inget register' } } }),
    );
    expect(absent.map((l) => `${l.label}: ${l.text}`)).toEqual(['Finns inte: Medlemsantal: – → Inget register']);
  });

  it('DEM-3: tells a review of an assessment in words: each question as worded, "Ja" the safe answer, and the hand-over', () => {
    const reviewed = organisationChangeLines(
      ctx(),
      entry({
        action: 'organisation.democracy-draft.reviewed',
        changes: {
          draftId: { after: 'd1' },
          'applies.no_identified_need': { before: false, after: true },
          'met.no_discrimination': { before: null, after: true },
          'justification.no_identified_need': { before: '', after: 'Inget behov identifierat' },
          'evidence.no_identified_need': { before: [], after: [{ kind: 'url', url: 'https://a.se' }] },
          basis: { before: 'Stadgar', after: 'Stadgar och webbplats' },
        },
      }),
    );
    // Question by question, in the order they are asked, after the assessment's own fields.
    expect(reviewed.map((l) => `${l.label}: ${l.text}`)).toEqual([
      'Underlag för bedömningen: Stadgar → Stadgar och webbplats',
      '2. Alla människors lika värde: Obesvarad → Ja',
      '6. Identifierat behov: Ja → Nej',
      '6. Identifierat behov, motivering: – → Inget behov identifierat',
      '6. Identifierat behov, underlag: – → 1 underlag',
    ]);
    expect(actionLabel(i18n, 'organisation.democracy-draft.reviewed')).toBe('Bedömning ändrad vid granskningen');
    const handedOver = organisationChangeLines(ctx(), entry({ action: 'organisation.democracy-draft.handed-over', changes: { draftId: { after: 'd1' }, signer: { after: 'Demo Ansvarig chef' } } }));
    expect(handedOver.map((l) => `${l.label}: ${l.text}`)).toEqual(['Ska signeras av: Demo Ansvarig chef']);
  });
});
