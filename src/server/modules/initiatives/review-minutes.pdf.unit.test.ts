import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { AgendaItemView, ReviewMeetingDetailView } from '../../../shared/initiatives/review.schemas';
import { pdfText } from './pdf-text.test-helper';
import { attendeeLabelSv, FORM_LABELS_SV, recommendationLabelSv, renderReviewMinutesPdf } from './review-minutes.pdf';
import { COOPERATION_FORMS } from '../../../shared/cooperations/forms';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function item(n: number, kind: 'consultation' | 'information', justification = 'Kort motivering'): AgendaItemView {
  return {
    id: uuid(100 + n),
    position: n,
    kind,
    initiative: {
      id: uuid(n),
      number: `INI 2026-${String(n).padStart(4, '0')}`,
      registryNumber: n === 1 ? 'AMN 2026-0045-01.06' : null,
      title: `Initiativ nummer ${n}`,
      origin: 'internal',
      proposedForm: kind === 'information' ? 'informal' : 'vida',
      status: 'in_review',
      version: 2,
      createdAt: '2026-01-01T00:00:00.000Z',
      organisations: [{ id: uuid(200 + n), name: 'Kvinnors röst i Rinkeby' }],
      asksAssociationGrant: false,
    },
    recommendation:
      kind === 'consultation'
        ? {
            id: uuid(300 + n),
            initiativeId: uuid(n),
            meetingId: uuid(999),
            outcome: 'not_appropriate',
            recommendedForm: null,
            referredTo: null,
            justification,
            addedValue: null,
            recordedBy: { id: uuid(400), name: 'Åsa Öberg' },
            recordedAt: '2026-02-01T10:00:00.000Z',
          }
        : null,
  };
}

const meeting = (agenda: AgendaItemView[]): ReviewMeetingDetailView => ({
  id: uuid(999),
  meetingDate: '2026-02-01',
  location: 'Stadshuset',
  notes: null,
  status: 'held',
  consultationCount: agenda.filter((a) => a.kind === 'consultation').length,
  informationCount: agenda.filter((a) => a.kind === 'information').length,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 3,
  agenda,
  attendees: [],
  economistPresent: false,
  followUps: [],
});

describe('review-group minutes PDF (INI-2, INI-3)', () => {
  it('INI-5: wraps a long justification within the page and keeps every word', async () => {
    const words = Array.from({ length: 120 }, (_, i) => `ord${i}`);
    const bytes = await renderReviewMinutesPdf({ committeeName: 'Arbetsmarknadsnämnden', meeting: meeting([item(1, 'consultation', words.join(' '))]) });
    const lines = pdfText(bytes).split('\n');
    const justificationLines = lines.filter((l) => /ord\d/.test(l));
    expect(justificationLines.length).toBeGreaterThan(3);
    expect(justificationLines.join(' ').replace('Motivering: ', '').split(' ')).toEqual(words);
    expect(lines).toContain('Rekommendation: Samverkan bedöms inte som lämplig');
  });

  it('prints characters outside WinAnsi as "?" instead of failing, and flows onto more pages', async () => {
    const agenda = Array.from({ length: 40 }, (_, i) => item(i + 1, i < 30 ? 'consultation' : 'information', 'Mål ≥ 80 % 🙂 – uppnås'));
    const bytes = await renderReviewMinutesPdf({ committeeName: 'Arbetsmarknadsnämnden', meeting: meeting(agenda) });
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeGreaterThan(2);
    const text = pdfText(bytes);
    expect(text).toContain('Motivering: Mål ? 80 % ? – uppnås');
    expect(text).toContain('Informationsärenden');
    expect(text).toContain(`sida ${doc.getPageCount()} av ${doc.getPageCount()}`);
  });

  it('INI-2/INI-4: states each outcome in Swedish, with the form or committee', () => {
    const base = item(1, 'consultation').recommendation!;
    expect(recommendationLabelSv({ ...base, outcome: 'form', recommendedForm: 'iop' })).toBe(
      'Samverkan rekommenderas i formen Idéburet offentligt partnerskap (IOP)',
    );
    expect(recommendationLabelSv({ ...base, outcome: 'referred', referredTo: { code: 'culture', nameSv: 'Kulturnämnden', nameEn: 'Culture Committee' } })).toBe(
      'Initiativet hänvisas till Kulturnämnden',
    );
    expect(recommendationLabelSv({ ...base, outcome: 'more_information' })).toMatch(/^Mer information behövs/);
    expect(Object.keys(FORM_LABELS_SV).sort()).toEqual([...COOPERATION_FORMS].sort());
  });

  it('INI-1, FRM-2: names each initiative by its readable number and registry number, and states the added value of a recommended form', async () => {
    const recommended = item(1, 'consultation');
    recommended.recommendation = {
      ...recommended.recommendation!,
      outcome: 'form',
      recommendedForm: 'iop',
      addedValue: { affirmed: true, justification: 'Verksamheten skulle annars inte erbjudas stockholmarna.' },
    };
    const text = pdfText(await renderReviewMinutesPdf({ committeeName: 'Arbetsmarknadsnämnden', meeting: meeting([recommended, item(2, 'information')]) }));
    expect(text).toContain('1. INI 2026-0001 (diarienummer AMN 2026-0045-01.06) Initiativ nummer 1');
    expect(text).toContain('1. INI 2026-0002 Initiativ nummer 2');
    // A long field wraps onto more lines; read it as one.
    expect(text.replace(/\n/g, ' ')).toContain(
      'Mervärde: Samverkan tillför ett mervärde och kompletterar förvaltningens grunduppdrag. Verksamheten skulle annars inte erbjudas stockholmarna.',
    );
  });

  it('INI-7: lists the attendees and the follow-ups of running cooperations', async () => {
    const followUp = {
      id: uuid(500),
      cooperation: { id: uuid(501), caseNumber: 'AMN 2025/7', title: 'Läxhjälp i Tensta' },
      assessment: 'Verksamheten löper enligt plan; budgeten hålls.',
      recordedBy: { id: uuid(400), name: 'Åsa Öberg' },
      recordedAt: '2026-02-01T10:00:00.000Z',
    };
    const attendees = [
      { id: uuid(400), name: 'Åsa Öberg', roles: ['review_group' as const] },
      { id: uuid(401), name: 'Erik Ek', roles: ['economist' as const] },
    ];
    const held = { ...meeting([]), attendees, economistPresent: true, followUps: [followUp] };
    const text = pdfText(await renderReviewMinutesPdf({ committeeName: 'Arbetsmarknadsnämnden', meeting: held }));
    expect(text).toContain('Närvarande');
    expect(text).toContain('Erik Ek (ekonom, Ekonomistaben)');
    expect(text).toContain('Uppföljning av pågående samverkan (INI-7)');
    expect(text).toContain('1. AMN 2025/7 Läxhjälp i Tensta');
    expect(text).toContain('Bedömning: Verksamheten löper enligt plan; budgeten hålls.');
    expect(text).not.toContain('Ingen ekonom från Ekonomistaben deltog');
    const withoutEconomist = { ...held, attendees: attendees.slice(0, 1), economistPresent: false };
    expect(pdfText(await renderReviewMinutesPdf({ committeeName: '', meeting: withoutEconomist }))).toContain('Ingen ekonom från Ekonomistaben deltog');
    expect(attendeeLabelSv(attendees[0]!)).toBe('Åsa Öberg (beredningsgruppen)');
  });
});
