// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { cspMetaDirectives, scriptSources, styleSources } from './src/server/headers.ts';
import { sitemapAlternates } from './src/integrations/sitemap-alternates.ts';
import postBuild from './src/integrations/post-build.ts';
import contentPipeline from './src/integrations/content-pipeline.ts';
import siteSettings, { readSiteSettings } from './src/integrations/site-settings.ts';

// The deployment settings (SITE_URL, FEEDBACK_ENDPOINT), read here and nowhere else; see site-settings.ts.
const settings = readSiteSettings(process.env);

export default defineConfig({
  site: settings.site,
  trailingSlash: 'always',
  // One request a page: the stylesheet and the small scripts travel inside the HTML,
  // allowed by the hashes Astro writes into each page's CSP meta element.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The content pipeline checks the content before Astro reads it. The sitemap is written before the post-build
  // steps, which list, check and compress it with the rest (their order is in src/integrations/post-build.ts).
  integrations: [
    contentPipeline(),
    mdx(),
    sitemap({ filter: (page) => !page.includes('/404'), serialize: sitemapAlternates(settings.site) }),
    postBuild(settings),
    siteSettings(settings),
  ],
  markdown: { syntaxHighlight: false },
  vite: {
    // The akutkort's form checks are built as a worker entry (card-link-client.ts): one self-contained module file.
    worker: { format: 'es' },
    build: {
      // Astro inlines a page's script only below 4 KB and otherwise makes it a file the page fetches at once. The
      // search page's script is near that size, so scripts are always inlined, as the stylesheets are: one request a
      // page, and the budget test's "no script file before the reader acts" keeps holding as the script grows.
      assetsInlineLimit: (file) => (/\.m?js$/.test(file) ? true : undefined),
    },
  },
  security: {
    csp: {
      directives: [...cspMetaDirectives(settings.feedbackEndpoint)],
      scriptDirective: { resources: [...scriptSources] },
      styleDirective: { resources: [...styleSources] },
    },
  },
});
