import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));

// The renderer is always loaded from files (a custom protocol in the app, a
// routed origin in tests), so asset paths are relative and nothing is inlined
// that the Content-Security-Policy would refuse.
export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome130',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // Loaded from disk, never over a network: one larger chunk costs nothing.
    chunkSizeWarningLimit: 4000,
  },
  worker: { format: 'es' },
});
