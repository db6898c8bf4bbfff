import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precompressDirectory } from './scripts/precompress.ts';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));

/** Brotli and gzip copies beside each built file, which the server sends by Accept-Encoding. */
function precompress(): Plugin {
  return {
    name: 'samverkan-precompress',
    apply: 'build',
    async writeBundle(options) {
      if (options.dir) await precompressDirectory(options.dir);
    },
  };
}

/** The web app lives in src/web; the server serves the build from dist/web. */
export default defineConfig({
  root: path.join(repoRoot, 'src/web'),
  publicDir: false,
  plugins: [react(), precompress()],
  build: {
    outDir: path.join(repoRoot, 'dist/web'),
    emptyOutDir: true,
    // The bundle-size check reads the manifest to find what the login page loads up front.
    manifest: true,
    sourcemap: false,
    target: 'es2022',
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
