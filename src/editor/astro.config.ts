// `npm run edit`: the site's own config, with the editor added. Keystatic's API routes need addresses without a
// trailing slash (Keystatic issue #1042), so this preview accepts both; the production build keeps 'always'.
import type { AstroUserConfig } from 'astro';
import site from '../../astro.config.mjs';
import { editorIntegrations } from './integration.ts';

export default {
  ...site,
  trailingSlash: 'ignore',
  // The content pipeline reports to the editor's check panel instead of Vite's overlay, which would hide the forms.
  integrations: [
    ...(site.integrations ?? []).filter(
      (integration) => !(integration && 'name' in integration && integration.name === 'content-pipeline'),
    ),
    ...editorIntegrations(),
  ],
  // The editor's preview link for the start page (content/pages/index.mdx) is /index/.
  redirects: { '/index': '/', '/lattlast/index': '/lattlast/', '/en/index': '/en/' },
} satisfies AstroUserConfig;
