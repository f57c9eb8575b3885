// Imports go downward only (npm run lint:imports). From the top:
//   editor, cli                     what developers and editors run
//   feedback, integrations          the feedback service; Astro's build steps
//   server                          nginx and the headers
//   pages, layouts, components      rendering (their .astro files are checked by ESLint, eslint.config.js)
//   collections                     Astro's content collections, read while rendering
//   client                          code that runs in the reader's browser
//   content-pipeline                the content model: schemas and rules, run before rendering
//   lib, i18n                       small helpers and the interface's words, for every layer
// A folder may import from itself and from the folders listed after it in `may` below.
const may = {
  editor: [
    'feedback',
    'integrations',
    'server',
    'components',
    'collections',
    'client',
    'content-pipeline',
    'lib',
    'i18n',
  ],
  cli: ['editor', 'integrations', 'server', 'collections', 'content-pipeline', 'lib', 'i18n'],
  feedback: ['server', 'lib', 'i18n'],
  integrations: ['server', 'content-pipeline', 'lib', 'i18n'],
  server: ['lib', 'i18n'],
  components: ['layouts', 'collections', 'client', 'content-pipeline', 'lib', 'i18n', 'styles'],
  layouts: ['components', 'collections', 'client', 'content-pipeline', 'lib', 'i18n', 'styles'],
  pages: ['layouts', 'components', 'collections', 'client', 'content-pipeline', 'lib', 'i18n'],
  collections: ['content-pipeline', 'lib', 'i18n'],
  client: ['lib', 'i18n'],
  'content-pipeline': ['lib', 'i18n'],
  lib: ['i18n'],
  i18n: ['lib'],
};

const inFolder = (folders) => `^src/(${folders.join('|')})/`;

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A circle of imports, type-only imports included: move what both sides need into a module of its own.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-tests-in-src',
      severity: 'error',
      comment: 'Code under src/ runs in production: it never imports from tests/.',
      from: { path: '^(src/|astro\\.config\\.mjs)' },
      to: { path: '^tests/' },
    },
    {
      name: 'no-unknown-folder',
      severity: 'error',
      comment: 'Every folder under src/ has a place in the layers above; add a new one there first.',
      from: { path: '^src/[^/]+/', pathNot: inFolder(Object.keys(may)) },
      to: {},
    },
    ...Object.entries(may).map(([folder, allowed]) => ({
      name: `${folder}-imports-downward`,
      severity: 'error',
      comment: `src/${folder}/ may import only from itself and from: ${allowed.join(', ')}.`,
      from: { path: inFolder([folder]) },
      to: { path: '^src/', pathNot: [inFolder([folder, ...allowed]), '^src/[^/]+$'] },
    })),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|\\.astro)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.json', '.astro'] },
    extraExtensionsToScan: ['.astro'],
  },
};
