// ESLint (flat config) with typescript-eslint's recommended rules, for the sources, tests and
// scripts. `npm run lint` runs it with the import-circle check and Prettier's format check.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-artifacts/**', 'eval/**', 'examples/**', '.vscode-test/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are mistakes, except the deliberate `_` ones.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `a && b()` and `x ? f() : g()` as statements are the hot-loop style of the segmenter.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // tinyglobby is bundled through `import = require` (its ESM build needs import.meta.url).
      '@typescript-eslint/no-require-imports': ['error', { allow: ['^tinyglobby$'] }],
    },
  },
  {
    // The bin launchers are CommonJS by design; tests and scripts load built bundles with require()
    // and match the stylish formatter's aligned columns with literal spaces.
    files: ['bin/**/*.js', 'test/**/*.ts', 'bench/**/*.{ts,mjs,cjs}', 'scripts/**/*.{ts,mjs}'],
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-regex-spaces': 'off' },
  },
  {
    // The build checks bundles for NUL bytes on purpose.
    files: ['scripts/build.mjs'],
    rules: { 'no-control-regex': 'off' },
  },
);
