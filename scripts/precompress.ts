import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Files worth compressing: text formats (images and fonts of the build are compressed already). */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|xml|map|webmanifest|ico)$/i;

/** Below this a compressed copy saves less than its headers cost. */
export const MIN_COMPRESS_BYTES = 1024;

export type PrecompressedFile = { file: string; bytes: number; brBytes: number | undefined; gzBytes: number | undefined };

function filesUnder(dir: string, prefix = ''): string[] {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    // Dot folders (Vite's .vite/manifest.json) are build metadata, never served.
    if (entry.name.startsWith('.')) return [];
    const relative = path.posix.join(prefix, entry.name);
    return entry.isDirectory() ? filesUnder(dir, relative) : [relative];
  });
}

async function writeIfSmaller(target: string, original: number, compressed: Buffer): Promise<number | undefined> {
  if (compressed.length >= original) return undefined;
  await fs.promises.writeFile(target, compressed);
  return compressed.length;
}

/**
 * Writes a brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) copy beside every compressible
 * file of a built web app, once at build time, so that the server sends them by `Accept-Encoding`
 * without compressing on each request. A copy that is not smaller is not written (the server then
 * sends the file itself).
 */
export async function precompressDirectory(dir: string): Promise<PrecompressedFile[]> {
  const files = filesUnder(dir).filter((file) => COMPRESSIBLE.test(file));
  return Promise.all(
    files.map(async (file): Promise<PrecompressedFile> => {
      const full = path.join(dir, file);
      const content = await fs.promises.readFile(full);
      if (content.length < MIN_COMPRESS_BYTES) return { file, bytes: content.length, brBytes: undefined, gzBytes: undefined };
      const [br, gz] = await Promise.all([
        brotli(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
        gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      return {
        file,
        bytes: content.length,
        brBytes: await writeIfSmaller(`${full}.br`, content.length, br),
        gzBytes: await writeIfSmaller(`${full}.gz`, content.length, gz),
      };
    }),
  );
}
