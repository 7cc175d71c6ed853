// @ts-check
/**
 * Lint: JavaScript's and TypeScript's recommended rules (typescript-eslint, without type
 * information, so `npm run lint` stays fast) and eslint-plugin-astro for .astro files. Style is
 * prettier's job (.prettierrc.json), so no formatting rule is enabled here.
 */
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', 'dist-subpath/', '.astro/', 'node_modules/', 'src/env.d.ts'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Chinese text uses the ideographic space (　) on purpose; still caught in code.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true, skipComments: true }],
      // `_name` marks a binding kept on purpose (a destructured value left out, an unused parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
);
