// ESLint's recommended rules for JavaScript, TypeScript and Astro components, over the whole project. Imports between
// the folders of src/ are checked by dependency-cruiser (.dependency-cruiser.cjs), which cannot read .astro files: the
// rule below keeps the rendering layer's components from importing what runs above them. The last block keeps the
// words a reader sees in src/i18n.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * What is not words for a reader, by content alone (each pattern matches the whole trimmed string). eslint-plugin-i18next
 * already lets through attributes of HTML elements other than alt, title, aria-label, placeholder and value, so
 * classes, ids, hrefs and data-* on elements pass whatever they hold.
 */
const notWords = [
  // No letters at all: digits, punctuation, a dash between two expressions.
  /^\P{L}+$/u,
  // Capitals only (HTTP, M) and HTML entities, as the plugin's own defaults.
  /^[A-Z_-]+$/,
  /^(&[a-zA-Z]+;|&#[0-9]+;)+$/,
  // One token of ASCII without a space that does not start with a capital: ids, names, paths, selectors, MIME types
  // ('fortroendevald', 'phoneNumbers', '/vad-gor-jag-nu/', 'text/plain;charset=utf-8'). A lone small word such as
  // "or" passes too, the price of not listing every DOM and collection name.
  /^(?![A-Z])[!-~]+$/,
  // Class lists with BEM parts ('button button--secondary').
  /^(?=[a-z0-9 _-]*(__|--))[a-z0-9 _-]+$/,
  // Markup written as a string (the favicon's and the QR code's SVG).
  /^<[a-z][\s\S]*$/,
];

/** Calls whose string arguments are code: DOM selectors and names, content collections. */
const codeCallees = [
  'querySelector',
  'querySelectorAll',
  'matches',
  'closest',
  'createElement',
  'getElementById',
  'setAttribute',
  'removeAttribute',
  'knownEntry',
  'getCollection',
  'getEntry',
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'test-results-editor/',
      'playwright-report/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    files: ['src/**/*.astro'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^~/|/)(cli|editor|feedback|integrations|server)/',
              message: 'Components, layouts and pages render the site: they import only from the layers below them.',
            },
            { regex: '(^|/)tests/', message: 'Code under src/ never imports from tests/.' },
          ],
        },
      ],
    },
  },
  {
    // Markup text, frontmatter, <script> and the components' browser .ts: a literal that reads as words is an error.
    files: ['src/components/**/*.{astro,ts}', 'src/layouts/**/*.astro', 'src/pages/**/*.astro', 'src/client/**/*.ts'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'all',
          'should-validate-template': true,
          words: { exclude: notWords },
          callees: { exclude: codeCallees },
          message: 'Words a reader sees belong in src/i18n (sv.ts, en.ts, lattlast.ts), not in a component',
        },
      ],
    },
  },
);
