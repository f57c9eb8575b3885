// The service accepts answers only for pages the build made that ask "Hjälpte informationen på sidan dig?". It reads
// them from the built site (dist/), so a new page is known after the next build without a list kept by hand.
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { FEEDBACK_QUESTION_ID } from '../lib/feedback.ts';

/** Path → the page's title, for every built page that carries the feedback question. */
export type SitePages = ReadonlyMap<string, string>;

const titlePattern = /<title>([^<]*)<\/title>/;
const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export function readSitePages(siteDir: string): SitePages {
  const pages = new Map<string, string>();
  let files: string[];
  try {
    files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' });
  } catch {
    return pages;
  }
  for (const file of files) {
    if (!(file === 'index.html' || file.endsWith(`${sep}index.html`))) continue;
    const html = readFileSync(join(siteDir, file), 'utf8');
    if (!html.includes(`id="${FEEDBACK_QUESTION_ID}"`)) continue;
    const path = `/${file.slice(0, -'index.html'.length).split(sep).join('/')}`;
    // "Polisanmälan – Stöd vid hot …": the page's own name is the part before the site's.
    const title = (titlePattern.exec(html)?.[1] ?? path).split(' – ')[0].replace(/&[a-z#0-9]+;/g, (entity) => entities[entity] ?? entity);
    pages.set(path, title.trim());
  }
  return pages;
}
