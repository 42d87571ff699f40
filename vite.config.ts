/**
 * Vite config for the explorer. The app lives in client/ and builds to client/dist, which the API
 * server serves on the same origin as /graphql. In development, /graphql is proxied to the API.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Keep the budget test honest: it measures what the browser downloads for the first route.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
  worker: { format: 'es' },
});
