import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../../shared/audit/audit.schemas';
import { en } from '../../app/i18n/en.messages';
import { sv } from '../../app/i18n/sv.messages';
import { cooperationActionLabel, cooperationChangeLines } from './cooperation-history.format';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ lng: 'sv', resources: { sv: { translation: sv }, en: { translation: en } }, interpolation: { escapeValue: false } });
});

const entry = (changes: AuditEntryView['changes'], action = 'cooperation.updated'): AuditEntryView =>
  ({ id: '1', action, changes, occurredAt: '2026-03-01T10:00:00Z' }) as unknown as AuditEntryView;

describe('cooperation history in words', () => {
  const ctx = () => ({
    i18n,
    locale: 'sv-SE',
    lang: 'sv' as const,
    ref: undefined,
    cooperation: { parties: [{ id: 'p1', name: 'Förening A', kind: 'civil_society' as const, democracyStatus: 'eligible' as const }], responsibleManager: null },
  });

  it('names statuses, forms and amounts in Swedish', () => {
    const lines = cooperationChangeLines(ctx(), entry({ status: { before: 'preparing', after: 'active' }, form: { after: 'iop' }, valueSek: { before: null, after: 150000 } }));
    expect(lines.map((l) => `${l.label}: ${l.text}`)).toEqual([
      'Status: Förberedelse → Aktiv',
      'Samverkansform: IOP (idéburet offentligt partnerskap)',
      'Värde: – → 150 000 kr',
    ]);
  });

  it('summarises recorded facts as the sections that changed, and hides ids', () => {
    const lines = cooperationChangeLines(
      ctx(),
      entry({ initiativeId: { after: 'x' }, facts: { before: { preStudy: null, vidaOccasions: null }, after: { preStudy: { date: '2026-01-01' }, vidaOccasions: null } } }),
    );
    expect(lines).toEqual([{ field: 'facts', label: 'Bedömningar', text: 'Förstudie' }]);
  });

  it('FRM-6, FRM-9: names a changed earlier reserved contract and framework agreement', () => {
    const before = { reservedPredecessor: null, frameworkAgreement: null };
    const after = { reservedPredecessor: { kind: 'first' }, frameworkAgreement: false };
    const lines = cooperationChangeLines(ctx(), entry({ facts: { before, after } }));
    expect(lines).toEqual([{ field: 'facts', label: 'Bedömningar', text: 'Tidigare reserverat kontrakt, Ramavtal' }]);
  });

  it('summarises a transition\'s gate results instead of printing them raw', () => {
    const gates = [
      { gate: 'frm2.competence', met: true, requirement: 'FRM-2' },
      { gate: 'iop4.pre-study', met: false, requirement: 'IOP-4' },
    ];
    const lines = cooperationChangeLines(ctx(), entry({ gates: { after: gates } }, 'cooperation.transitioned'));
    expect(lines).toEqual([{ field: 'gates', label: 'Villkor', text: '1 av 2 villkor uppfyllda (ej uppfyllda: IOP-4)' }]);
  });

  it('shows a review-group follow-up with its assessment and meeting date, not its ids', () => {
    const lines = cooperationChangeLines(
      ctx(),
      entry({ followUpId: { after: 'f' }, meetingId: { after: 'm' }, meetingDate: { after: '2026-03-01' }, assessment: { after: 'Går enligt plan.' } }, 'cooperation.followed-up'),
    );
    expect(lines.map((l) => `${l.label}: ${l.text}`)).toEqual(['Mötesdatum: 1 mars 2026', 'Bedömning: Går enligt plan.']);
    expect(cooperationActionLabel(i18n, 'cooperation.followed-up')).toBe('Uppföljd av beredningsgruppen');
  });

  it('labels the actions', () => {
    expect(cooperationActionLabel(i18n, 'cooperation.transitioned')).toBe('Bytt status');
    expect(cooperationActionLabel(i18n, 'cooperation.unknown')).toBe('cooperation.unknown');
    expect(cooperationActionLabel(i18n, 'economy.outcome.recorded')).toBe('Utfall registrerat');
  });
});
