// Lint rules that keep the process boundaries of DESIGN.md honest, plus the usual TypeScript hygiene.
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const rendererFromNode = { group: ['**/renderer/**'], message: 'Node code does not import the renderer.' };
const electronImport = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist-app/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    // Type-aware rules: a promise nobody awaits loses its error, and one handed to an onClick loses it too.
    // One program over every file (tsconfig.eslint.json) instead of the four the type-check uses: the four
    // overlap (shared/ is in three), and building each cost lint about 30 CPU-s more on a clean clone.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { project: ['./tsconfig.eslint.json'], tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error', '@typescript-eslint/no-misused-promises': 'error' },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-console': 'off',
      // Small files with one job each: past 300 lines a file is doing two things.
      'max-lines': ['error', { max: 300 }],
    },
  },
  {
    // An import cycle makes load order decide what a module sees (an undefined import at start-up) and
    // ties areas together that should stand apart: none is allowed, type-only imports included.
    files: ['**/*.{ts,tsx,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] })],
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport, { name: 'react', message: 'shared/ holds no UI code.' }],
          patterns: [
            { group: ['node:*', 'fs', 'path', 'crypto', 'os'], message: 'shared/ runs in the renderer too: no Node modules.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing outside itself.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [{ group: ['**/electron/**', 'node:*'], message: 'The renderer talks to the core only through the API bridge.' }],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/host/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronImport], patterns: [rendererFromNode] }],
    },
  },
  {
    // Handlers never call or borrow from each other: what two areas share lives in the core's area folders.
    files: ['electron/core/handlers/**/*.ts'],
    ignores: ['electron/core/handlers/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [
            rendererFromNode,
            { group: ['**/*-handlers', '../handlers/*'], message: 'A handler does not import another handler file: move what both need into the area folder under electron/core.' },
          ],
        },
      ],
    },
  },
);
