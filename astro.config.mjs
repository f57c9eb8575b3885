// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';

// The production address is a deployment setting; canonical URLs, Open Graph and the sitemap use it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // One request a page: the whole stylesheet (under 2 KB compressed) travels inside the HTML.
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/404') }), pagefind()],
  markdown: { syntaxHighlight: false },
});
