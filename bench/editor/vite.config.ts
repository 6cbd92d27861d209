import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The page bench/editor.bench.ts measures: the note editor (or a bare
// Lexical editor) alone, built like the renderer (same target, production mode).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  mode: 'production',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../../out/bench-editor', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    target: 'chrome130',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 4000,
  },
});
