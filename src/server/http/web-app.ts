import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Hashed asset names change whenever their content does: a browser may keep them for a year. */
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** The app shell (index.html) names the current assets: a browser revalidates it on every visit. */
export const SHELL_CACHE_CONTROL = 'no-cache';

/**
 * Serves the built web app from `webDir` when it holds one; returns whether it does. Each file
 * goes out as the brotli or gzip copy written beside it at build time (`scripts/precompress.ts`)
 * when the browser accepts that encoding, so nothing is compressed per request; files under
 * `assets/` (hashed names) are cacheable for a year, everything else is revalidated.
 */
export async function registerWebApp(app: FastifyInstance, webDir: string): Promise<boolean> {
  if (!fs.existsSync(path.join(webDir, 'index.html'))) return false;
  const assetsDir = path.join(webDir, 'assets') + path.sep;
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    index: false,
    preCompressed: true,
    // The compressed copies are other encodings of their files, not files of their own.
    globIgnore: ['**/*.br', '**/*.gz'],
    // Cache-Control is set below; @fastify/send's own (max-age=0) would override it.
    cacheControl: false,
    setHeaders: (res, filePath) => {
      res.setHeader('cache-control', filePath.startsWith(assetsDir) ? ASSET_CACHE_CONTROL : SHELL_CACHE_CONTROL);
      // The same address answers with brotli, gzip or the file itself, by Accept-Encoding.
      res.setHeader('vary', 'accept-encoding');
    },
  });
  return true;
}

/** Answers a page address with the app shell: the web app routes on the client. */
export function sendAppShell(reply: FastifyReply): FastifyReply {
  return reply.sendFile('index.html');
}
