// The site's deployment settings, declared once. astro.config.mjs reads them from the environment when it loads,
// with readSiteSettings, and hands them on: to Astro's config (site, the CSP), to the post-build steps, and to the
// pages through the virtual module `virtual:site-settings`, as Starlight hands its options to its pages. No other
// module reads them from the environment.
import type { AstroIntegration } from 'astro';
import { feedbackEndpoint } from '../lib/feedback.ts';

export interface SiteSettings {
  /** SITE_URL: the public address. Canonical links, Open Graph, the sitemap, robots.txt and the akutkort's QR code use it. */
  site: string;
  /** Whether SITE_URL was set; without it the build warns. */
  siteUrlSet: boolean;
  /**
   * FEEDBACK_ENDPOINT: where the feedback question's form posts, an https address or a path on the site. Set, every
   * page asks with that form. Unset, each page is built both ways and the server's configuration picks the version.
   */
  feedbackEndpoint?: string;
}

export const DEFAULT_SITE = 'http://localhost:4321';

/** The settings from the environment, checked; a wrong value stops the build with a Swedish message. */
export function readSiteSettings(env: Readonly<Record<string, string | undefined>>): SiteSettings {
  const siteUrl = env.SITE_URL?.trim();
  if (siteUrl && !/^https?:\/\/[^/]/.test(siteUrl)) {
    throw new Error(
      `SITE_URL "${siteUrl}" är ingen webbadress. Ange webbplatsens adress, till exempel https://example.se.`,
    );
  }
  return {
    site: siteUrl || DEFAULT_SITE,
    siteUrlSet: Boolean(siteUrl),
    feedbackEndpoint: feedbackEndpoint(env.FEEDBACK_ENDPOINT),
  };
}

const MODULE_ID = 'virtual:site-settings';

/** What the pages may read of the settings (typed in src/site-settings.d.ts); Astro.site carries SITE_URL. */
export function settingsModule(settings: SiteSettings): string {
  return `export const feedbackEndpoint = ${JSON.stringify(settings.feedbackEndpoint)};\n`;
}

/** Gives the pages `virtual:site-settings`, and warns at build time when SITE_URL is not set. */
export default function siteSettingsIntegration(settings: SiteSettings): AstroIntegration {
  return {
    name: 'site-settings',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'site-settings',
                resolveId: (id: string) => (id === MODULE_ID ? `\0${MODULE_ID}` : undefined),
                load: (id: string) => (id === `\0${MODULE_ID}` ? settingsModule(settings) : undefined),
              },
            ],
          },
        });
      },
      'astro:build:start': ({ logger }) => {
        if (!settings.siteUrlSet) {
          logger.warn(
            `SITE_URL är inte satt: länkförhandsvisningar, kanoniska adresser och sitemap pekar på ${settings.site}. Sätt SITE_URL till webbplatsens adress när du bygger för publicering.`,
          );
        }
      },
    },
  };
}
