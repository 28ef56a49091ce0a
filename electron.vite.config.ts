import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const alias = { '@shared': resolve(import.meta.dirname, 'src/shared') };

/**
 * Three builds, one config:
 * - main: ESM for Node/Electron. Besides the Electron entry it also emits the host-agnostic
 *   Node entries (headless host, CLI, benchmarks, demo simulators) which never import `electron`.
 * - preload: one CommonJS file with every dependency inlined, because a `sandbox: true`
 *   preload can only `require('electron')`.
 * - renderer: the React window, served by Electron (file://) and by the headless host alike.
 */
export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      // electron-store is ESM-only and must be bundled so `vi.mock('electron')` and the
      // Electron runtime both see one copy; native better-sqlite3 stays external.
      externalizeDeps: { exclude: ['electron-store', 'conf', 'type-fest'] },
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          headless: resolve(import.meta.dirname, 'src/main/hosts/headless/main.ts'),
          cli: resolve(import.meta.dirname, 'src/main/cli/main.ts'),
          bench: resolve(import.meta.dirname, 'src/main/bench/main.ts'),
          simulators: resolve(import.meta.dirname, 'src/main/simulators/main.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    resolve: { alias },
    plugins: [react()],
    build: { minify: true },
  },
});
