// Lint: typescript-eslint's type-aware rules, plus no-unsanitized (Readability's own security lint)
// so no page string reaches innerHTML, outerHTML, insertAdjacentHTML or document.write.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'tmp/', 'artifacts/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  nounsanitized.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The core runs in the page, in Node and in tests: it gets a Document passed in, never a global one.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'location', 'navigator', 'chrome', 'browser', 'self', 'localStorage'],
    },
  },
  {
    // The extension uses webextension-polyfill's promise API, not chrome.* callbacks.
    files: ['src/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'chrome'] },
  },
  {
    // node:test's describe() and it() return promises the runner itself awaits.
    files: ['test/unit/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  {
    files: ['eslint.config.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
