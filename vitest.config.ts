import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Two layers. `unit`: pure code and Cypher-file contracts, no database. `integration`: real HTTP
 * against a real Neo4j 5.26 that test/global-setup.ts fetches and starts once for the whole run
 * (its own ports and data folders), plus the browser tests in e2e/ against the same server.
 */
export default defineConfig({
  resolve: {
    // Vite would pick graphql's ESM build for our code while Apollo Server requires the CommonJS
    // one: two copies of graphql in one process break its instanceof checks. Use the one Node uses.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['server/**/*.test.ts', 'test/**/*.test.ts', 'client/**/*.test.{ts,tsx}'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.int.test.ts', 'server/**/*.int.test.ts', 'e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One file at a time: Neo4j, Chromium and the restart test's own Neo4j share two cores,
          // and a browser test starved of CPU times out. Sequential costs about a minute of CI.
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
