// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { cspFetchDirectives, scriptSources, styleSources } from './src/server/headers.ts';
import reviewWarning from './src/integrations/review-warning.ts';

// The production address is a deployment setting; canonical URLs, Open Graph and the sitemap use it.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Every script and stylesheet becomes a file under /_astro/: the HTTP CSP header allows 'self' and no hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // Pagefind must index before security-headers lists the output in _headers.
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/404') }), pagefind(), securityHeaders(), reviewWarning()],
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [...cspFetchDirectives],
      scriptDirective: { resources: [...scriptSources] },
      styleDirective: { resources: [...styleSources] },
    },
  },
});
