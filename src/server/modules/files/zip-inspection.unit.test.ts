import { describe, expect, it } from 'vitest';
import { DEFAULT_ZIP_LIMITS } from './file-limits';
import { inspectZip, ZipInspectionError } from './zip-inspection';
import { deflatedEntry, deflatedZeros, makeDocx, makeZip, writeRawZip } from './zip-fixtures.test-helper';

const contentTypes = deflatedEntry('[Content_Types].xml', '<Types/>');

async function refusal(promise: Promise<unknown>): Promise<ZipInspectionError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ZipInspectionError);
  return error as ZipInspectionError;
}

describe('zip inspection', () => {
  it('lists the entries of a real document and counts what they unpack to', async () => {
    const result = await inspectZip(makeDocx());
    expect(result.entryNames).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    expect(result.uncompressedBytes).toBeGreaterThan(0);
  });

  it('refuses a DOCX-looking zip bomb (200 MiB of zeros) after inflating only a bounded part of it', async () => {
    const bomb = writeRawZip([contentTypes, await deflatedZeros('word/document.xml', 200)]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await refusal(inspectZip(bomb));
    expect(error.reason).toBe('ratio_exceeded');
    // Stopped at the ratio limit (100 × ~200 KB), nowhere near 200 MiB, and never held in memory.
    expect(error.inflatedBytes).toBeLessThan(25 * 1024 * 1024);
  });

  it('does not trust declared sizes: a bomb claiming to be small is still refused', async () => {
    const zeros = await deflatedZeros('word/document.xml', 50);
    const error = await refusal(inspectZip(writeRawZip([contentTypes, { ...zeros, uncompressedSize: 1000 }])));
    expect(error.inflatedBytes).toBeLessThan(25 * 1024 * 1024);
  });

  it('refuses an archive whose entries together unpack to more than the total limit', async () => {
    const entries = [contentTypes, ...Array.from({ length: 5 }, (_, i) => deflatedEntry(`word/part${i}.xml`, 'x'.repeat(40_000)))];
    const limits = { ...DEFAULT_ZIP_LIMITS, maxTotalUncompressedBytes: 100_000 };
    const error = await refusal(inspectZip(writeRawZip(entries), limits));
    expect(error.reason).toBe('too_large_uncompressed');
    expect(error.inflatedBytes).toBeLessThanOrEqual(100_000 + 64 * 1024);
  });

  it('refuses more than 1,000 entries', async () => {
    const entries: Record<string, string> = { '[Content_Types].xml': '<Types/>' };
    for (let i = 0; i < 1_000; i += 1) entries[`word/media/image${i}.xml`] = '<x/>';
    expect((await refusal(inspectZip(makeZip(entries)))).reason).toBe('too_many_entries');
    delete entries['word/media/image0.xml'];
    expect((await inspectZip(makeZip(entries))).entryNames).toHaveLength(1_000);
  });

  it('refuses encrypted entries', async () => {
    const encrypted = { ...deflatedEntry('word/document.xml', '<w:document/>'), flags: 0x0001 };
    expect((await refusal(inspectZip(writeRawZip([contentTypes, encrypted])))).reason).toBe('encrypted');
  });

  it('refuses compression methods office documents never use', async () => {
    const bzip2 = { ...deflatedEntry('word/document.xml', '<w:document/>'), method: 12 as unknown as 8 };
    expect((await refusal(inspectZip(writeRawZip([contentTypes, bzip2])))).reason).toBe('unsupported_compression');
  });

  it('refuses entries that share the same compressed bytes (the overlapping-entry bomb)', async () => {
    const part = deflatedEntry('word/document.xml', '<w:document/>');
    const archive = writeRawZip([contentTypes, part, { ...part, name: 'word/copy.xml', sharesDataOf: 1 }]);
    expect((await refusal(inspectZip(archive))).reason).toBe('overlapping_entries');
  });

  it('refuses damaged archives as corrupt rather than crashing', async () => {
    const docx = makeDocx();
    expect((await refusal(inspectZip(docx.subarray(0, docx.length - 30)))).reason).toBe('corrupt');
    const garbled = Buffer.from(docx);
    garbled.fill(0xaa, 60, 120);
    expect((await refusal(inspectZip(garbled))).reason).toBe('corrupt');
    expect((await refusal(inspectZip(Buffer.from('PK\u0003\u0004 not really a zip')))).reason).toBe('corrupt');
  });
});
