// ESLint for the project (npm run lint): typescript-eslint's recommended type-checked rules, with
// no-floating-promises (a promise nobody awaits or catches fails silently, grammY's checklist warns).
// It lives here, with its own node_modules and TypeScript 6, because type-aware linting needs
// TypeScript's JavaScript API, which the project's TypeScript 7 does not ship (see package.json).
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'tools/**', 'scratch/**', 'coverage/**', '.cache/**', 'datasets/**'] },
  {
    files: ['src/**/*.ts', 'tests/**/*.ts', 'vitest.config.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: root },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // Unused names are tsc's (noUnusedLocals, noUnusedParameters); a leading _ marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
