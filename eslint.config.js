import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/storybook-static/**', '**/node_modules/**', '**/.turbo/**', '**/mockServiceWorker.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    settings: {
      // Lit's LitElement is a custom element base class: let the wc rules know.
      wc: { elementBaseClasses: ['LitElement'] },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Never render data as HTML; sanitize with DOMPurify.' },
          ],
        },
      ],
      // Define modules use the guarded defineElement() helper instead of customElements.define.
      'wc/guard-define-call': 'off',
      // LitElement implements every lifecycle callback, so super calls need no guard.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['**/test/**', '**/*.test.ts', '**/stories/**', 'tests/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests define throw-away probe elements inline.
      'wc/tag-name-matches-class': 'off',
    },
  },
);
