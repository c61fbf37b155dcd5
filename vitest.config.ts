import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Every suite runs on the embedded PGlite database; when TEST_DATABASE_URL is set,
// the integration suites (*.int.test.ts) run again on PostgreSQL, and the
// concurrency suites (*.pg.test.ts) run only there, since PGlite is one session.
const withPostgres = Boolean(process.env.TEST_DATABASE_URL);

export default defineConfig({
  test: {
    globalSetup: ['src/test/global-setup.ts'],
    reporters: ['default', './src/test/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true as const,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.int.test.ts', 'src/**/*.pg.test.ts'],
        },
      },
      {
        // The web app's component and logic tests: a browser-like DOM, no database.
        plugins: [react()],
        test: {
          name: 'web',
          include: ['src/web/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['src/web/test-setup.ts'],
        },
      },
      {
        extends: true as const,
        test: { name: 'pglite', include: ['src/**/*.int.test.ts'], env: { TEST_DB_KIND: 'pglite' } },
      },
      ...(withPostgres
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: ['src/**/*.int.test.ts', 'src/**/*.pg.test.ts'],
                env: { TEST_DB_KIND: 'postgres' },
              },
            },
          ]
        : []),
    ],
  },
});
