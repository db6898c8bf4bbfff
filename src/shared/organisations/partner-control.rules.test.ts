import { describe, expect, it } from 'vitest';
import { isPartnerControlComplete, PARTNER_CONTROL_DOCUMENTS, partnerControlChecklist } from './partner-control.rules';

describe('partner control checklist (ORG-4)', () => {
  it('ORG-4: lists all eight documents as missing when nothing is recorded', () => {
    const items = partnerControlChecklist([], []);
    expect(items.map((i) => i.documentType)).toEqual([...PARTNER_CONTROL_DOCUMENTS]);
    expect(items.every((i) => i.status === 'missing')).toBe(true);
    expect(isPartnerControlComplete(items)).toBe(false);
  });

  it('ORG-4: a received document names the newest year and latest upload', () => {
    const items = partnerControlChecklist(
      [
        { id: 'a', documentType: 'statutes', year: 2023, uploadedAt: '2024-01-01T00:00:00Z' },
        { id: 'b', documentType: 'statutes', year: 2025, uploadedAt: '2025-03-01T00:00:00Z' },
        { id: 'c', documentType: 'statutes', year: 2025, uploadedAt: '2025-04-01T00:00:00Z' },
      ],
      [],
    );
    expect(items[0]).toEqual({ documentType: 'statutes', status: 'received', documentId: 'c', year: 2025 });
  });

  it('ORG-4: complete when every document is received or marked as not existing with a reason', () => {
    const documents = PARTNER_CONTROL_DOCUMENTS.slice(0, 6).map((documentType, i) => ({
      id: String(i),
      documentType,
      year: 2025,
      uploadedAt: '2025-01-01T00:00:00Z',
    }));
    const absences = [
      { documentType: 'statutes' as const, reason: 'Noterat innan stadgarna kom in' },
      { documentType: 'activity_plan_and_board' as const, reason: 'Ny förening, ingen plan ännu' },
      { documentType: 'member_count' as const, reason: 'Stiftelse utan medlemmar' },
    ];
    const items = partnerControlChecklist(documents, absences);
    expect(isPartnerControlComplete(items)).toBe(true);
    expect(items.find((i) => i.documentType === 'statutes')?.status).toBe('received');
    expect(items.find((i) => i.documentType === 'member_count')).toEqual({
      documentType: 'member_count',
      status: 'not_existing',
      reason: 'Stiftelse utan medlemmar',
    });
  });
});
