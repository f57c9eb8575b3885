// The sitemap's hreflang links (sv, en and x-default) for pages with an English version, from the same
// frontmatter (original: …) as the pages' own <link rel="alternate" hreflang>. @astrojs/sitemap's i18n option
// pairs pages only by identical paths (/en/x/ with /x/), which /en/search/ and /sok/ are not.
import type { SitemapItem } from '@astrojs/sitemap';
import { editionOfPath } from '../i18n/index.ts';
import { parsePage, readContentFiles } from '../content-pipeline/parse.ts';
import { pageIdOfPath } from '../lib/paths.ts';
import { hreflangAlternates, type VersionedPage } from '../lib/versions.ts';

export function sitemapAlternates(
  site: string,
  pages: VersionedPage[] = readVersionedPages(),
): (item: SitemapItem) => SitemapItem {
  return (item) => {
    const path = new URL(item.url).pathname;
    // Lättläst is Swedish too; its page is listed without hreflang links of its own.
    if (editionOfPath(path) === 'lattlast') return item;
    const alternates = hreflangAlternates(pageIdOfPath(path), pages);
    if (alternates.length === 0) return item;
    return {
      ...item,
      links: alternates.map((alternate) => ({ lang: alternate.hreflang, url: new URL(alternate.path, site).href })),
    };
  };
}

function readVersionedPages(): VersionedPage[] {
  return readContentFiles().pages.map((file) => {
    const { page } = parsePage(file);
    return {
      id: page.id,
      original: typeof page.frontmatter?.original === 'string' ? page.frontmatter.original : undefined,
    };
  });
}
