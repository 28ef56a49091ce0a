import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Files allowed to import `electron`: the Electron entry, its platform adapters, the preload (and their tests' typed double). */
const ELECTRON_SHELL = ['src/main/index.ts', 'src/main/platform/**', 'src/preload/**', 'test/fakes/electron-double.ts', 'test/unit/platform/**'];

const electronBan = {
  name: 'electron',
  message:
    'Only the Electron shell (src/main/index.ts, src/main/platform/, src/preload/) may import electron. Put host-agnostic code behind a port instead.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [electronBan], patterns: [{ group: ['electron/*'], message: electronBan.message }] }],
    },
  },
  {
    files: ELECTRON_SHELL,
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/renderer/**', 'test/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [{ group: ['**/main/**', 'node:*'], message: 'The renderer talks to main only through the typed bridge.' }],
        },
      ],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronBan], patterns: [{ group: ['node:*', '**/main/**', '**/renderer/**'], message: 'src/shared is pure TypeScript used by both sides.' }] },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
