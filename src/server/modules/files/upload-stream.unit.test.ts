import { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { readUploadWithLimit } from './upload-stream';

function chunks(count: number, size: number) {
  let produced = 0;
  const stream = new Readable({
    read() {
      produced += 1;
      this.push(produced <= count ? Buffer.alloc(size, 1) : null);
    },
  });
  return { stream, produced: () => produced };
}

function multipartBody(boundary: string, fileName: string, content: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

describe('reading an upload with a size cap', () => {
  it('returns the whole upload when it fits', async () => {
    const { stream } = chunks(4, 1000);
    expect((await readUploadWithLimit(stream, 4000)).length).toBe(4000);
  });

  it('refuses with file_too_large and stops reading soon after the cap', async () => {
    const { stream, produced } = chunks(1000, 1000);
    await expect(readUploadWithLimit(stream, 4000)).rejects.toMatchObject({ code: 'file_too_large' });
    expect(produced()).toBeLessThan(30);
    expect(stream.destroyed).toBe(true);
  });

  it('refuses a stream that a multipart parser cut short at its own limit', async () => {
    const truncated = Object.assign(Readable.from([Buffer.alloc(10)]), { truncated: true });
    await expect(readUploadWithLimit(truncated, 4000)).rejects.toMatchObject({ code: 'file_too_large' });
  });

  it('works on @fastify/multipart file streams, within and over the cap', async () => {
    const app = Fastify();
    await app.register(multipart);
    app.post('/upload', async (req) => {
      const part = await req.file({ limits: { fileSize: 5_001, files: 1 } });
      if (!part) return { size: -1 };
      try {
        return { size: (await readUploadWithLimit(part.file, 5_000)).length, name: part.filename };
      } catch (error) {
        return { code: (error as { code: string }).code };
      }
    });
    const send = (content: Buffer) =>
      app.inject({
        method: 'POST',
        url: '/upload',
        headers: { 'content-type': 'multipart/form-data; boundary=XyZ' },
        payload: multipartBody('XyZ', 'Årsmöte.pdf', content),
      });
    expect((await send(Buffer.alloc(5_000, 7))).json()).toEqual({ size: 5_000, name: 'Årsmöte.pdf' });
    expect((await send(Buffer.alloc(200_000, 7))).json()).toEqual({ code: 'file_too_large' });
    await app.close();
  });
});
