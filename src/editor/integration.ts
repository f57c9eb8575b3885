// What `npm run edit` adds to the site's Astro config: React and Keystatic's admin at /keystatic/, reading its
// configuration from src/editor/keystatic.config.ts. Only src/editor/astro.config.ts uses it; the production build
// (astro.config.mjs) never does, so readers get nothing of the editor.
import react from '@astrojs/react';
import keystatic from '@keystatic/astro';
import type { AstroIntegration } from 'astro';
import contentPipeline from '../integrations/content-pipeline.ts';
import { PREVIEW_RELOAD_EVENT } from './events.ts';
import { keystaticSwedish } from './keystatic-swedish.ts';

const CONFIG = new URL('./keystatic.config.ts', import.meta.url).pathname;
const CHECK_PANEL = new URL('./check-panel.ts', import.meta.url).pathname;

/** Keystatic looks for its configuration at the project root; ours lives with the rest of the editor. */
const configHere: AstroIntegration = {
  name: 'editor-config',
  hooks: {
    'astro:config:setup': ({ updateConfig, injectScript }) => {
      // The content pipeline's messages on every page of the preview; the editor's own page (which has no head for a
      // script) loads the panel with its configuration, keystatic.config.ts.
      injectScript('page', `import ${JSON.stringify(CHECK_PANEL)};`);
      updateConfig({
        vite: {
          plugins: [
            {
              name: 'editor-config',
              enforce: 'pre',
              resolveId: (id: string) => (id === 'virtual:keystatic-config' ? CONFIG : null),
            },
            keystaticSwedish,
          ],
          optimizeDeps: { entries: [CONFIG], rolldownOptions: { plugins: [keystaticSwedish] } },
        },
      });
    },
    // Vite tells every tab to reload when a file in content/ changes. Only the preview's tabs need that: the check
    // panel reloads them on this event, and Keystatic's own tab keeps the answer to the save it just sent.
    'astro:server:setup': ({ server }) => {
      const send = server.ws.send.bind(server.ws) as (payload: unknown) => void;
      server.ws.send = ((...args: unknown[]) => {
        const [payload] = args;
        if (payload && typeof payload === 'object' && (payload as { type?: string }).type === 'full-reload') {
          return send({ type: 'custom', event: PREVIEW_RELOAD_EVENT, data: {} });
        }
        return (send as (...all: unknown[]) => void)(...args);
      }) as typeof server.ws.send;
    },
  },
};

export function editorIntegrations(): AstroIntegration[] {
  return [react(), configHere, keystatic(), contentPipeline({ report: 'panel' })];
}
