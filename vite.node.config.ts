import { defineConfig } from 'vite';

// The Node-side programs (command line, browser mode, benchmark) built to plain JavaScript, so they
// start in a fraction of a second with no TypeScript loader. Dependencies stay external: they are
// loaded from node_modules, the native SQLite binding included.
export default defineConfig({
  build: {
    ssr: true,
    target: 'node24',
    outDir: 'out/node',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: {
        cli: 'src/cli/main.ts',
        serve: 'src/server/main.ts',
        'job-worker': 'src/main/jobs/job-worker.ts',
        bench: 'scripts/bench.ts',
      },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  ssr: { target: 'node' },
  logLevel: 'warn',
});
