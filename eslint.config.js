import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // zz-*: local scratch files (gitignored, so never in CI; ignored here so they cannot fail a local lint).
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'coverage/**', 'packages/db/migrations/**', 'zz-*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Scripts, tests and command-line tools talk to the terminal.
    files: ['scripts/**', '**/*.test.ts', '**/testing/**', '**/*-cli.ts', 'apps/cli/src/**'],
    rules: { 'no-console': 'off' },
  },
);
