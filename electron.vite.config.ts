import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

// Three builds: main (Node, ESM), preload (sandboxed: one CommonJS file), renderer (React, for Chromium).
// Outputs: out/main, out/preload, out/renderer. package.json "dependencies" stay external in main and
// load from node_modules — better-sqlite3's native binding must, the rest simply can.

/**
 * Under `electron-vite dev` only: React Fast Refresh injects an inline module script and Vite's client
 * talks over a WebSocket, so the dev page's CSP allows both. Built pages keep the strict policy.
 */
function devServerCsp(): Plugin {
  return {
    name: 'duly:dev-server-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*");
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      sourcemap: true,
      rolldownOptions: {
        // The job worker runs long jobs (imports, the large demo) in a thread of its own.
        input: { index: 'src/main/index.ts', 'job-worker': 'src/main/jobs/job-worker.ts' },
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require npm packages: bundle everything into the one file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: 'src/preload/index.ts' },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react(), devServerCsp()],
    build: {
      outDir: 'out/renderer',
      sourcemap: true,
      // Smaller and faster to parse at every start; the source map keeps stack traces readable.
      minify: true,
      // One bundle read from disk (never downloaded): its size costs a few milliseconds of parsing, so
      // the web-oriented warning about chunks over 500 kB is noise here.
      chunkSizeWarningLimit: 2048,
      rolldownOptions: { input: 'src/renderer/index.html' },
    },
  },
});
