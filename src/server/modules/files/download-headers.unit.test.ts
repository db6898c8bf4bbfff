import { Readable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { contentDisposition, sendGeneratedFile, setDownloadHeaders } from './download-headers';
import { downloadFileName, sanitiseFileName } from './file-name';

describe('Content-Disposition for downloads', () => {
  it('encodes Swedish letters and dashes per RFC 5987 and gives an ASCII fallback', () => {
    expect(contentDisposition('Årsmötesprotokoll 2025 – Förening.pdf')).toBe(
      `attachment; filename="Arsmotesprotokoll 2025 - Forening.pdf"; ` +
        `filename*=UTF-8''%C3%85rsm%C3%B6tesprotokoll%202025%20%E2%80%93%20F%C3%B6rening.pdf`,
    );
  });

  it('keeps quotes, backslashes, percent signs and RFC 5987 specials out of the header syntax', () => {
    const header = contentDisposition(`a"b\\c%d'e(f)*.pdf`);
    expect(header).toContain('filename="a_b_c_d\'e(f)*.pdf"');
    expect(header).toContain("filename*=UTF-8''a%22b%5Cc%25d%27e%28f%29%2A.pdf");
  });

  it('never lets a line break into the header', () => {
    expect(contentDisposition('a\r\nSet-Cookie: x=1.pdf')).not.toMatch(/[\r\n]/);
  });
});

describe('download headers on a reply', () => {
  it('sets type, length, attachment, nosniff and no caching', async () => {
    const app = Fastify();
    app.get('/f', async (_req, reply) =>
      setDownloadHeaders(reply, { originalName: 'Budget 2026.xlsx', mediaType: 'image/png', sizeBytes: 3 }).send(Buffer.from('abc')),
    );
    const response = await app.inject({ method: 'GET', url: '/f' });
    expect(response.headers).toMatchObject({
      'content-type': 'image/png',
      'content-length': '3',
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
    // The content is a PNG, so the saved file is named so that it opens as one.
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Budget 2026.xlsx.png"; filename*=UTF-8''Budget%202026.xlsx.png`,
    );
    await app.close();
  });
});

describe('file names', () => {
  it('keeps only the last path part and drops control and bidi-override characters', () => {
    expect(sanitiseFileName('C:\\Users\\anna\\Dokument\\protokoll.pdf')).toBe('protokoll.pdf');
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFileName('faktura\u202Efdp.exe')).toBe('fakturafdp.exe');
    expect(sanitiseFileName('rad\u0000ett\nrad två.pdf')).toBe('radettrad två.pdf');
  });

  it('normalises to NFC so å typed on a Mac equals å typed elsewhere', () => {
    expect(sanitiseFileName('a\u030Arsrapport.pdf')).toBe('\u00E5rsrapport.pdf');
  });

  it('falls back when nothing usable is left', () => {
    expect(sanitiseFileName('   ', 'file.pdf')).toBe('file.pdf');
    expect(sanitiseFileName('uploads/..', 'file.pdf')).toBe('file.pdf');
  });

  it('shortens to 255 characters and keeps the extension', () => {
    const name = sanitiseFileName(`${'ö'.repeat(300)}.docx`);
    expect(Array.from(name)).toHaveLength(255);
    expect(name.endsWith('ö.docx')).toBe(true);
    const emoji = sanitiseFileName(`${'😀'.repeat(300)}.pdf`);
    expect(Array.from(emoji)).toHaveLength(255);
    expect(emoji.endsWith('😀.pdf')).toBe(true);
  });

  it('offers a download under a name whose extension matches the content', () => {
    expect(downloadFileName('protokoll.pdf', 'application/pdf')).toBe('protokoll.pdf');
    expect(downloadFileName('bild.JPEG', 'image/jpeg')).toBe('bild.JPEG');
    expect(downloadFileName('setup.exe', 'application/pdf')).toBe('setup.exe.pdf');
    expect(downloadFileName('protokoll', 'application/vnd.oasis.opendocument.text')).toBe('protokoll.odt');
  });
});

describe('sendGeneratedFile', () => {
  it('sends an export as an attachment with its Swedish name, nosniff and no shared caching, from bytes or a stream', async () => {
    const app = Fastify();
    app.get('/bytes', async (_req, reply) => sendGeneratedFile(reply, { mediaType: 'text/csv; charset=utf-8', fileName: 'Samverkan – översikt.csv', body: new Uint8Array([65, 66]) }));
    app.get('/stream', async (_req, reply) => sendGeneratedFile(reply, { mediaType: 'application/pdf', fileName: 'rapport.pdf', body: Readable.from([Buffer.from('%PDF')]) }));
    const bytes = await app.inject({ method: 'GET', url: '/bytes' });
    expect(bytes.body).toBe('AB');
    expect(bytes.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(bytes.headers['content-disposition']).toBe(`attachment; filename="Samverkan - oversikt.csv"; filename*=UTF-8''Samverkan%20%E2%80%93%20%C3%B6versikt.csv`);
    expect(bytes.headers['x-content-type-options']).toBe('nosniff');
    expect(bytes.headers['cache-control']).toBe('private, no-store');
    const stream = await app.inject({ method: 'GET', url: '/stream' });
    expect(stream.body).toBe('%PDF');
    expect(stream.headers['content-disposition']).toContain('filename="rapport.pdf"');
    await app.close();
  });
});
