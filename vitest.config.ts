import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const alias = { '@shared': resolve(import.meta.dirname, 'src/shared') };

/**
 * Two projects: everything that runs in the main process (node environment, real
 * better-sqlite3, a typed `electron` double) and the React window (jsdom).
 * electron-store is inlined so a `vi.mock('electron')` in a test reaches it.
 */
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'main',
          environment: 'node',
          globals: true,
          include: ['test/{unit,db,integration}/**/*.test.ts'],
          server: { deps: { inline: ['electron-store', 'conf'] } },
          testTimeout: 30_000,
          hookTimeout: 30_000,
          pool: 'forks',
        },
      },
      {
        resolve: { alias },
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          globals: true,
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
    ],
  },
});
