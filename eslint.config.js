// ESLint for ISO Guard. Beyond the recommended sets, it enforces the project's promises:
// the rules module never touches a browser API, untrusted text never reaches an HTML sink,
// webextension-polyfill is imported in one place, and zod is imported tree-shakably.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const htmlSinks = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Build DOM with text nodes, never innerHTML/outerHTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML parses HTML: use text nodes.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'document.write parses HTML: use text nodes.' },
];

const zodNamedImport = {
  selector: "ImportDeclaration[source.value='zod'] > ImportSpecifier[imported.name='z']",
  message: "Use `import * as z from 'zod'`: the named import pulls every locale into the bundle.",
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'demo-output/', 'test-results/', 'playwright-report/', 'bench/tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks, zodNamedImport],
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'webextension-polyfill', message: "Import the browser API from 'src/shared/browser.ts'." },
        ],
      }],
    },
  },
  {
    files: ['src/shared/browser.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Playwright fixtures must destructure their (empty) dependencies.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    // The rules run unchanged in Node (CLI, tests, benchmark): no browser API at all.
    files: ['src/rules/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'webextension-polyfill', message: 'src/rules must stay free of browser APIs.' }],
        patterns: [{ group: ['**/shared/browser*', '**/background/**', '**/ui/**'], message: 'src/rules must stay free of browser APIs.' }],
      }],
      'no-restricted-globals': ['error',
        { name: 'chrome', message: 'src/rules must stay free of browser APIs.' },
        { name: 'browser', message: 'src/rules must stay free of browser APIs.' },
        { name: 'window', message: 'src/rules must stay free of the DOM.' },
        { name: 'document', message: 'src/rules must stay free of the DOM.' },
      ],
    },
  },
);
