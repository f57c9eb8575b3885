// The service accepts answers only for pages the build made that ask "Hjälpte informationen på sidan dig?". It reads
// them from the built site (dist/), so a new page is known after the next build without a list kept by hand.
import { existsSync, readFileSync } from 'node:fs';
import { builtPages } from '../lib/built-site.ts';
import { FEEDBACK_QUESTION_ID } from '../lib/feedback.ts';

/** Path → the page's title, for every built page that carries the feedback question. */
export type SitePages = ReadonlyMap<string, string>;

const titlePattern = /<title>([^<]*)<\/title>/;
const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export function readSitePages(siteDir: string): SitePages {
  const pages = new Map<string, string>();
  if (!existsSync(siteDir)) return pages;
  for (const { path, file } of builtPages(siteDir)) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes(`id="${FEEDBACK_QUESTION_ID}"`)) continue;
    // "Polisanmälan – Stöd vid hot …": the page's own name is the part before the site's.
    const title = (titlePattern.exec(html)?.[1] ?? path)
      .split(' – ')[0]
      .replace(/&[a-z#0-9]+;/g, (entity) => entities[entity] ?? entity);
    pages.set(path, title.trim());
  }
  return pages;
}
