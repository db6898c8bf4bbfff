import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const sqlBuilders = /^(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|selectNoFrom)$/;

export default tseslint.config(
  { ignores: ['dist/', 'data/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportAllDeclaration', message: 'No barrel re-exports: import from the file itself.' }],
    },
  },
  // src/shared runs in the browser and on the server: it imports neither side, nor Node built-ins.
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', '**/web/**'], message: 'src/shared imports nothing from src/server or src/web.' },
            { group: ['node:*'], message: 'src/shared runs in the browser too: no Node built-ins.' },
            { group: ['kysely', 'pg', 'fastify', '@electric-sql/*', 'react', 'react-dom'], message: 'src/shared holds pure rules and schemas only.' },
          ],
        },
      ],
    },
  },
  // The web app talks to the server over HTTP only.
  {
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**'], message: 'The web never imports server code; use src/shared types.' },
            { group: ['kysely', 'pg', 'fastify', '@fastify/*', '@electric-sql/*', 'node:*'], message: 'Server-only package.' },
          ],
        },
      ],
    },
  },
  // SQL lives in repositories (and migrations); services and routes call repository functions.
  {
    files: ['src/server/**/*.ts'],
    ignores: ['src/server/**/*.repository.ts', 'src/server/db/**', 'src/server/**/*.test.ts', 'src/server/**/*.test-helper.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'kysely', importNames: ['sql'], message: 'SQL belongs in a *.repository.ts file.' }] },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'No barrel re-exports: import from the file itself.' },
        {
          selector: `CallExpression[callee.property.name=${sqlBuilders}]`,
          message: 'SQL belongs in a *.repository.ts file.',
        },
      ],
    },
  },
);
