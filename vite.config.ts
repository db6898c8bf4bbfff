import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repoRoot = path.dirname(fileURLToPath(import.meta.url));

/** The web app lives in src/web; the server serves the build from dist/web. */
export default defineConfig({
  root: path.join(repoRoot, 'src/web'),
  publicDir: false,
  plugins: [react()],
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
