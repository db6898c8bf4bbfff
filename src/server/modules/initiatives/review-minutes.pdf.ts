import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { type CooperationForm, FORM_NAMES } from '../../../shared/cooperations/forms';
import type { AttendeeView } from '../../../shared/initiatives/follow-up.schemas';
import type { AgendaItemView, RecommendationView, ReviewMeetingDetailView } from '../../../shared/initiatives/review.schemas';
import { wrapText } from '../../lib/pdf/wrap-text';

/** Swedish names of the cooperation forms, as the minutes print them (FRM-1). */
export const FORM_LABELS_SV: Record<CooperationForm, string> = FORM_NAMES.sv;

const ORIGIN_LABELS_SV = { external: 'Extern organisation', internal: 'Förvaltningens egen enhet' } as const;

/** A form's Swedish name; an unknown code is printed as it is rather than dropped. */
export function formLabelSv(form: string | null): string {
  if (!form) return 'Ej angiven';
  return (FORM_LABELS_SV as Record<string, string>)[form] ?? form;
}

/** The recommendation in one Swedish sentence, as the minutes state it (INI-2, INI-4, INI-5). */
export function recommendationLabelSv(r: RecommendationView): string {
  switch (r.outcome) {
    case 'form':
      return `Samverkan rekommenderas i formen ${formLabelSv(r.recommendedForm)}`;
    case 'not_appropriate':
      return 'Samverkan bedöms inte som lämplig';
    case 'referred':
      return `Initiativet hänvisas till ${r.referredTo?.nameSv ?? 'annan nämnd'}`;
    case 'more_information':
      return 'Mer information behövs innan beredningsgruppen kan ta ställning';
  }
}

/** The group's judgement of the added value as the minutes state it (FRM-2). */
export function addedValueLabelSv(addedValue: { affirmed: boolean; justification: string }): string {
  const verdict = addedValue.affirmed
    ? 'Samverkan tillför ett mervärde och kompletterar förvaltningens grunduppdrag'
    : 'Samverkan bedöms inte tillföra ett mervärde';
  return `${verdict}. ${addedValue.justification}`;
}

/** How the minutes name an initiative: its number, its registry number if it has one, and its title. */
export function initiativeHeadingSv(initiative: AgendaItemView['initiative']): string {
  const registry = initiative.registryNumber ? ` (diarienummer ${initiative.registryNumber})` : '';
  return `${initiative.number}${registry} ${initiative.title}`;
}

/** An attendee as the minutes list them: name and what they attend as (INI-7). */
export function attendeeLabelSv(a: AttendeeView): string {
  const as = [
    ...(a.roles.includes('review_group') ? ['beredningsgruppen'] : []),
    ...(a.roles.includes('economist') ? ['ekonom, Ekonomistaben'] : []),
  ];
  return as.length > 0 ? `${a.name} (${as.join('; ')})` : a.name;
}

export type MinutesInput = { committeeName: string; meeting: ReviewMeetingDetailView };

const PAGE = { width: 595.28, height: 841.89, margin: 56 } as const;
const GREY = rgb(0.35, 0.35, 0.35);

/** Lays text out top-down over as many A4 pages as it needs, wrapping long lines. */
class PdfWriter {
  private page: PDFPage;
  private y: number;
  private readonly encodable = new Map<PDFFont, Set<number>>();
  private constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.page = doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
  }

  static async create(): Promise<{ doc: PDFDocument; writer: PdfWriter }> {
    const doc = await PDFDocument.create();
    const writer = new PdfWriter(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));
    return { doc, writer };
  }

  // The standard fonts encode WinAnsi only (å, ä, ö, é are in it); anything else would throw.
  private clean(text: string, font: PDFFont): string {
    let supported = this.encodable.get(font);
    if (!supported) this.encodable.set(font, (supported = new Set(font.getCharacterSet())));
    return [...text.replace(/\t/g, ' ')].map((c) => (supported.has(c.codePointAt(0) ?? 0) ? c : '?')).join('');
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    return wrapText(text, font, size, width);
  }

  private ensureRoom(height: number): void {
    if (this.y - height >= PAGE.margin) return;
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
  }

  /** Writes a paragraph; `indent` moves it right, `gap` adds space after it. */
  text(text: string, o: { size?: number; bold?: boolean; indent?: number; gap?: number; grey?: boolean } = {}): void {
    const size = o.size ?? 10.5;
    const font = o.bold ? this.bold : this.regular;
    const indent = o.indent ?? 0;
    const leading = size * 1.35;
    for (const line of this.wrap(this.clean(text, font), font, size, PAGE.width - 2 * PAGE.margin - indent)) {
      this.ensureRoom(leading);
      this.y -= leading;
      this.page.drawText(line, { x: PAGE.margin + indent, y: this.y, size, font, color: o.grey ? GREY : rgb(0, 0, 0) });
    }
    this.y -= o.gap ?? 0;
  }

  /** A label in bold followed by its value, wrapped under the label's indent. */
  field(label: string, value: string, indent = 14): void {
    this.text(`${label}: ${value}`, { indent });
  }

  /** Keeps a heading together with at least a few lines of what follows it. */
  heading(text: string, size = 13): void {
    this.ensureRoom(size * 1.35 * 4);
    this.y -= 8;
    this.text(text, { size, bold: true, gap: 4 });
  }

  /** Numbers every page at the foot ("Sida 1 av 3"). */
  footer(label: string): void {
    const pages = this.doc.getPages();
    pages.forEach((page, i) => {
      page.drawText(this.clean(`${label} – sida ${i + 1} av ${pages.length}`, this.regular), {
        x: PAGE.margin,
        y: PAGE.margin / 2,
        size: 8,
        font: this.regular,
        color: GREY,
      });
    });
  }
}

function organisationsOf(item: AgendaItemView): string {
  return item.initiative.organisations.map((o) => o.name).join(', ') || '–';
}

/**
 * The minutes of a review-group meeting as PDF bytes: who attended, consultation items with
 * their recommendation and justification (INI-2), the information items reported to the group
 * (INI-3), then the follow-ups of running cooperations (INI-7). A meeting not yet held is marked
 * as a draft.
 */
export async function renderReviewMinutesPdf({ committeeName, meeting }: MinutesInput): Promise<Uint8Array> {
  const { doc, writer } = await PdfWriter.create();
  const title = 'Protokoll från beredningsgruppen';
  doc.setTitle(`${title} ${meeting.meetingDate}`);
  doc.setSubject(committeeName);
  doc.setLanguage('sv-SE');
  doc.setCreator('Samverkan');

  if (committeeName) writer.text(committeeName, { size: 11, grey: true, gap: 2 });
  writer.text(title, { size: 18, bold: true, gap: 6 });
  writer.text(`Datum: ${meeting.meetingDate}`);
  writer.text(`Plats: ${meeting.location ?? 'Ej angiven'}`, { gap: 4 });
  if (meeting.status !== 'held') writer.text('Utkast – mötet är ännu inte genomfört.', { bold: true, gap: 4 });
  writer.heading('Närvarande', 12);
  if (meeting.attendees.length === 0) writer.text('Ingen närvaro registrerad.');
  meeting.attendees.forEach((a) => writer.text(attendeeLabelSv(a), { indent: 14 }));
  if (meeting.notes) {
    writer.heading('Anteckningar', 12);
    writer.text(meeting.notes);
  }

  const consultations = meeting.agenda.filter((i) => i.kind === 'consultation');
  const information = meeting.agenda.filter((i) => i.kind === 'information');

  writer.heading('Ärenden för samråd');
  if (consultations.length === 0) writer.text('Inga ärenden för samråd.');
  consultations.forEach((item, i) => {
    writer.text(`${i + 1}. ${initiativeHeadingSv(item.initiative)}`, { bold: true, gap: 2 });
    writer.field('Ursprung', ORIGIN_LABELS_SV[item.initiative.origin]);
    writer.field('Organisationer', organisationsOf(item));
    writer.field('Föreslagen samverkansform', formLabelSv(item.initiative.proposedForm));
    const r = item.recommendation;
    if (r) {
      writer.field('Rekommendation', recommendationLabelSv(r));
      writer.field('Motivering', r.justification);
      if (r.addedValue) writer.field('Mervärde', addedValueLabelSv(r.addedValue));
    } else {
      writer.field('Rekommendation', 'Ingen rekommendation registrerad vid mötet');
    }
    writer.text('', { gap: 6 });
  });

  writer.heading('Informationsärenden');
  writer.text('Informell samverkan anmäls till beredningsgruppen för kännedom och bereds inte.', { grey: true, gap: 4 });
  if (information.length === 0) writer.text('Inga informationsärenden.');
  information.forEach((item, i) => {
    writer.text(`${i + 1}. ${initiativeHeadingSv(item.initiative)}`, { bold: true, gap: 2 });
    writer.field('Organisationer', organisationsOf(item));
    writer.text('', { gap: 4 });
  });

  writer.heading('Uppföljning av pågående samverkan (INI-7)');
  writer.text('Beredningsgruppen följer upp pågående samverkan minst en gång per år, med en ekonom från Ekonomistaben.', {
    grey: true,
    gap: 4,
  });
  if (meeting.followUps.length > 0 && !meeting.economistPresent) {
    writer.text('Ingen ekonom från Ekonomistaben deltog: uppföljningarna uppfyller inte kravet på årlig uppföljning.', { bold: true, gap: 4 });
  }
  if (meeting.followUps.length === 0) writer.text('Ingen samverkan följdes upp.');
  meeting.followUps.forEach((f, i) => {
    writer.text(`${i + 1}. ${f.cooperation.caseNumber} ${f.cooperation.title}`, { bold: true, gap: 2 });
    writer.field('Bedömning', f.assessment);
    writer.text('', { gap: 4 });
  });

  writer.footer(`${title} ${meeting.meetingDate}`);
  return doc.save();
}
