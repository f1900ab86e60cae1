import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const analyticsSources = fileURLToPath(new URL('../analytics/src/index.ts', import.meta.url));
// `npm run dev -w web` talks to an api started with `npm start` (port 3000 unless API_URL says otherwise).
const apiUrl = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  // analytics is pure TypeScript: the web compiles its sources rather than a built copy.
  resolve: { alias: { '@frameledger/analytics': analyticsSources } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: true,
    target: 'es2022',
  },
  server: {
    proxy: {
      '/graphql': { target: apiUrl, ws: true },
      '/files': apiUrl,
      // Single sign-on's start and callback: the browser goes there itself, not through fetch.
      '/api/sso': apiUrl,
    },
  },
});
