import { inflateSync } from 'node:zlib';

// Bytes 0x80–0x9f of WinAnsi (Windows-1252) are punctuation, not the C1 controls of Latin-1.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const winAnsi = (bytes: Buffer) =>
  [...bytes].map((b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b))).join('');

/**
 * The text drawn on a PDF's pages, one drawn line per line, for tests: pdf-lib writes each line
 * as a WinAnsi hex string (`<…> Tj`) inside a deflated content stream.
 */
export function pdfText(pdf: Uint8Array): string {
  const bytes = Buffer.from(pdf);
  const raw = bytes.toString('latin1');
  const texts: string[] = [];
  let at = raw.indexOf('stream');
  while (at !== -1) {
    const start = raw.indexOf('\n', at) + 1;
    const end = raw.indexOf('endstream', start);
    if (end === -1) break;
    let content: string;
    try {
      content = inflateSync(bytes.subarray(start, end)).toString('latin1');
    } catch {
      content = raw.slice(start, end);
    }
    for (const m of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) texts.push(winAnsi(Buffer.from(m[1] ?? '', 'hex')));
    at = raw.indexOf('stream', end + 'endstream'.length);
  }
  return texts.join('\n');
}
