// Flat config. Kept syntax-only (no type-aware rules) so `npm run lint` stays fast; `tsc -b`
// does the type checking. The layer rule is enforced here: imports point one way,
// app → features → ui, storage → domain, and only storage touches IndexedDB (Dexie).
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const dexieOnlyInStorage = {
  paths: [
    { name: 'dexie', message: 'Only src/storage talks to IndexedDB. Use the repositories or live queries.' },
    {
      name: 'dexie-react-hooks',
      message: 'Only src/storage talks to IndexedDB. Use the hooks in storage/live-queries.',
    },
  ],
};

/** Which layer may import which. `extra` is added to every layer (test helpers in tests). */
function layerRules(extra = []) {
  const allow = (...types) => [...types, ...extra];
  return {
    default: 'disallow',
    message: '${file.type} must not import ${dependency.type} (layers: app → features → shared → ui, storage → domain)',
    rules: [
      { from: 'domain', allow: allow('domain') },
      { from: 'storage', allow: allow('storage', 'domain') },
      { from: 'i18n', allow: allow('i18n') },
      { from: 'sync', allow: allow('sync', 'storage', 'domain') },
      { from: 'ui', allow: allow('ui', 'domain', 'i18n') },
      // Pieces several features embed (voting, the picture field): like a feature, but shared.
      { from: 'shared', allow: allow('shared', 'ui', 'storage', 'domain', 'i18n') },
      // A feature may import its own files, never another feature's.
      {
        from: 'feature',
        allow: allow(['feature', { feature: '${from.feature}' }], 'shared', 'ui', 'storage', 'domain', 'i18n', 'sync'),
      },
      { from: 'app', allow: allow('app', 'feature', 'shared', 'ui', 'storage', 'domain', 'i18n', 'sync') },
      { from: 'main', allow: allow('app', 'i18n', 'ui', 'storage') },
      { from: 'testing', allow: allow('testing', 'app', 'i18n', 'storage', 'domain', 'ui', 'shared') },
    ],
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dev-dist/**',
      'node_modules/**',
      'playwright-report/**',
      'test-results/**',
      'coverage/**',
      'public/**',
      'pictograms/**',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },

  // The app in the browser.
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },

  // Tests run in Vitest (jsdom) and may use Node built-ins such as node:crypto.
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },

  // Layers.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
      'boundaries/include': ['src/**/*'],
      'boundaries/elements': [
        { type: 'domain', pattern: 'src/domain' },
        { type: 'storage', pattern: 'src/storage' },
        { type: 'i18n', pattern: 'src/i18n' },
        { type: 'sync', pattern: 'src/sync' },
        { type: 'ui', pattern: 'src/ui' },
        { type: 'shared', pattern: 'src/shared' },
        { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
        { type: 'app', pattern: 'src/app' },
        { type: 'testing', pattern: 'src/testing' },
        { type: 'main', pattern: 'src/main.tsx', mode: 'file' },
      ],
    },
    rules: {
      'boundaries/element-types': ['error', layerRules()],
      'boundaries/external': [
        'error',
        {
          default: 'allow',
          message: '${file.type} must not import ${dependency.source}',
          rules: [
            { from: 'domain', disallow: ['*'] },
            { from: 'domain', allow: ['zod', 'uuid'] },
          ],
        },
      ],
      'no-restricted-imports': ['error', dexieOnlyInStorage],
      // Every file under src belongs to a declared layer: a new folder needs a line above
      // (and in ARCHITECTURE.md) before lint lets it in.
      'boundaries/no-unknown-files': 'error',
    },
  },
  {
    // The sync server runs in Node and shares only the domain with the app.
    files: ['server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+src/(?!domain/)',
              message: 'The server imports src/domain only: never browser storage, screens or i18n.',
            },
          ],
        },
      ],
    },
  },
  {
    // An import cycle means two modules are really one, or one is in the wrong layer.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Tests (and their *-test-data.ts scenes) may also use the test helpers (render, seed), whatever layer they test.
    files: ['src/**/*.test.{ts,tsx}', 'src/**/*-test-data.ts'],
    rules: {
      'boundaries/element-types': ['error', layerRules(['testing'])],
    },
  },
  {
    // Domain tests may use Node built-ins and the test runner; domain code itself may not.
    files: ['src/domain/**/*.test.ts'],
    rules: { 'boundaries/external': 'off' },
  },
  {
    files: ['src/storage/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // An address is built from its pattern in src/ui/paths.ts (`paths.meeting(id)`), never by
    // hand, so a link cannot point at a route that does not exist; screen tests mount and assert
    // with the same builders. (e2e specs type addresses, as a user does.)
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/ui/paths.ts', 'src/ui/paths.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          'Literal[value=/^\\/(councils|meetings|elections|settings|welcome)(\\/|\\?|$)/]',
          'TemplateLiteral > TemplateElement:first-child[value.raw=/^\\/(councils|meetings|elections|settings|welcome)(\\/|\\?|$)/]',
          "JSXAttribute[name.name=/^(to|backTo|href)$/] > Literal[value='/']",
          "CallExpression[callee.name='navigate'] Literal[value='/']",
        ].map((selector) => ({ selector, message: 'Build the address with src/ui/paths.ts.' })),
      ],
    },
  },
  {
    // The domain runs unchanged in the sync server (Node): no browser globals. (`crypto`, `URL`
    // and `structuredClone` exist in Node 20 too and stay allowed; tsconfig.domain.json checks
    // the types without the DOM library.)
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'location',
          'history',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'self',
          'speechSynthesis',
          'matchMedia',
          'alert',
          'fetch',
        ].map((name) => ({ name, message: 'src/domain runs in the server too: no browser globals here.' })),
      ],
    },
  },

  // Node: config files, build plugins, end-to-end tests, benchmarks, the sync server.
  {
    files: ['*.{js,mjs,cjs,ts}', 'e2e/**', 'bench/**', 'vite/**', 'server/**', 'scripts/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Benchmarks drive a browser; the functions they pass to page.evaluate run there.
    files: ['bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Playwright fixtures use a parameter named `use`, which is not a React hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
