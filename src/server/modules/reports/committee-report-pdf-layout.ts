import { type Color, degrees, PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { wrapText } from '../../lib/pdf/wrap-text';

/** A4 portrait in points, with the margins of the printed report. */
export const PAGE = { width: 595.28, height: 841.89, margin: 50, footer: 36 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const BLACK = rgb(0, 0, 0);
export const GREY = rgb(0.35, 0.35, 0.35);
export const LIGHT = rgb(0.85, 0.85, 0.85);

/**
 * The pages of the printed report and a cursor that runs down them: text in the standard
 * Helvetica fonts (WinAnsi, which holds å, ä, ö and é), wrapped to a width, with a new page when a
 * block would run into the footer. Each drawn line is one text operation, so the text reads back.
 */
export class PdfCanvas {
  page!: PDFPage;
  y = 0;
  private readonly encodable = new Map<PDFFont, Set<number>>();

  private constructor(
    readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {}

  static async create(): Promise<PdfCanvas> {
    const doc = await PDFDocument.create();
    return new PdfCanvas(doc, await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold));
  }

  /** The 0-based index of the page being written. */
  get pageIndex(): number {
    return this.doc.getPageCount() - 1;
  }

  /** The lowest y a block may reach before the footer. */
  get bottom(): number {
    return PAGE.margin + PAGE.footer / 2;
  }

  newPage(): PDFPage {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
    return this.page;
  }

  /** Starts a new page unless `height` still fits above the footer; says whether it did. */
  ensureRoom(height: number): boolean {
    if (this.y - height >= this.bottom) return false;
    this.newPage();
    return true;
  }

  // The standard fonts encode WinAnsi only; anything else would throw, so it is printed as "?".
  clean(text: string, font: PDFFont = this.regular): string {
    let supported = this.encodable.get(font);
    if (!supported) this.encodable.set(font, (supported = new Set(font.getCharacterSet())));
    return [...text.replace(/[\t\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-')].map((c) => (supported.has(c.codePointAt(0) ?? 0) ? c : '?')).join('');
  }

  width(text: string, size: number, bold = false): number {
    return (bold ? this.bold : this.regular).widthOfTextAtSize(text, size);
  }

  /** Breaks cleaned text into lines no wider than `width`; a word wider than a line is cut where it must be. */
  wrap(text: string, size: number, width: number, bold = false): string[] {
    const font = bold ? this.bold : this.regular;
    return wrapText(this.clean(text, font), font, size, width);
  }

  /** Draws one line of already cleaned text at a point. */
  draw(text: string, x: number, y: number, o: { size: number; bold?: boolean; color?: Color; page?: PDFPage; rotate?: number }): void {
    if (text === '') return;
    const font = o.bold ? this.bold : this.regular;
    (o.page ?? this.page).drawText(text, { x, y, size: o.size, font, color: o.color ?? BLACK, ...(o.rotate ? { rotate: degrees(o.rotate) } : {}) });
  }

  /** Writes a paragraph at the cursor, wrapped, over as many pages as it needs. */
  text(text: string, o: { size?: number; bold?: boolean; indent?: number; gap?: number; color?: Color } = {}): void {
    const size = o.size ?? 10;
    const indent = o.indent ?? 0;
    const leading = size * 1.35;
    for (const line of this.wrap(text, size, CONTENT_WIDTH - indent, o.bold)) {
      this.ensureRoom(leading);
      this.y -= leading;
      this.draw(line, PAGE.margin + indent, this.y, { size, bold: o.bold, color: o.color });
    }
    this.y -= o.gap ?? 0;
  }
}
