// ESLint's recommended rules for JavaScript, TypeScript and Astro components, over the whole project. Imports between
// the folders of src/ are checked by dependency-cruiser (.dependency-cruiser.cjs), which cannot read .astro files: the
// rule below keeps the rendering layer's components from importing what runs above them.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-feedback/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'public/'] },
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
);
