/**
 * The Portal's build: Vite bundles the React app, Bootstrap Italia's styles and fonts, the
 * interface strings and the client kit into `portal/dist`, so the browser loads nothing from
 * elsewhere. `npm run build:portal` runs it; `npm start` and the browser tests build when stale.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Fonts and icons are files of the build, served by the portal's own server.
    assetsInlineLimit: 0,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 1200,
    target: 'es2022',
  },
  logLevel: 'warn',
});
