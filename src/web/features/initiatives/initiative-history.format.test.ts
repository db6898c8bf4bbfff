import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../../shared/audit/audit.schemas';
import type { ReferenceDataView } from '../../../shared/organisations/reference.schemas';
import { sv } from '../../app/i18n/sv.messages';
import { initiativeActionLabel, initiativeChangeLines } from './initiative-history.format';

const i18n = i18next.createInstance();
const ref = {
  legalForms: [],
  districts: [],
  areas: [{ code: 'newly_arrived', parentCode: null, nameSv: 'Nyanlända vuxna', nameEn: 'Newly arrived adults', sortOrder: 1 }],
  targetGroups: [{ code: 'youth', nameSv: 'Unga', nameEn: 'Youth', sortOrder: 1 }],
  units: [],
  committees: [{ code: 'culture', nameSv: 'Kulturnämnden', nameEn: 'Culture committee', sortOrder: 1 }],
} satisfies ReferenceDataView;

beforeAll(async () => {
  await i18n.init({ lng: 'sv', resources: { sv: { translation: sv } }, interpolation: { escapeValue: false } });
});

function entry(changes: AuditEntryView['changes'], action = 'initiative.updated'): AuditEntryView {
  return {
    id: '1',
    occurredAt: '2026-03-01T10:00:00Z',
    actorType: 'user',
    actorId: 'u1',
    actorLabel: 'officer@example.se',
    action,
    entityType: 'initiative',
    entityId: 'i1',
    changes,
    requestId: null,
    ip: null,
  };
}

describe("an initiative's history in readable Swedish", () => {
  const ctx = () => ({ i18n, locale: 'sv-SE', lang: 'sv' as const, ref });

  it('names statuses, forms, areas and committees instead of codes', () => {
    const lines = initiativeChangeLines(
      ctx(),
      entry({
        status: { before: 'in_review', after: 'referred' },
        recommendedForm: { after: 'iop' },
        areas: { before: [], after: ['newly_arrived'] },
        referredTo: { after: 'culture' },
      }),
    );
    expect(lines.map((l) => `${l.label}: ${l.text}`)).toEqual([
      'Status: Under beredning → Hänvisat',
      'Rekommenderad form: IOP (idéburet offentligt partnerskap)',
      'Samverkansområden: – → Nyanlända vuxna',
      'Hänvisas till: Kulturnämnden',
    ]);
  });

  it('leaves out ids and empty facts of a new record', () => {
    expect(initiativeChangeLines(ctx(), entry({ attachmentId: { after: 'a1' }, facts: { after: {} } }))).toEqual([]);
  });

  it("uses the initiative's own words for its events", () => {
    expect(initiativeActionLabel(i18n, 'initiative.review-scheduled')).toBe('Satt på dagordning');
  });
});
