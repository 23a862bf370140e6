/**
 * Builds the window (src/ui) into out/renderer. `base: './'` keeps every asset URL relative so the
 * shell can load index.html from the app bundle; nothing is inlined, so the strict CSP in
 * index.html (script-src 'self'; style-src 'self') holds.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./src/ui', import.meta.url));
const outDir = fileURLToPath(new URL('./out/renderer', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'chrome130',
  },
});
