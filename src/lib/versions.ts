// The versions of one page: the ordinary Swedish page and its Lättläst and English versions, which name it in
// their frontmatter (original: polisanmalan). Pure functions, shared by the layout, the sitemap and the checks.
import { EDITIONS, editionOfId, type Edition, type Lang } from '../i18n/index.ts';
import { pagePath } from './paths.ts';

export interface VersionedPage {
  id: string;
  /** For a Lättläst or English page: the id of the Swedish page it is a version of. */
  original?: string;
}

export interface PageVersion {
  edition: Edition;
  lang: Lang;
  path: string;
}

/** The Swedish page a page belongs with: itself for a Swedish page, its `original` for the others. */
function originalOf(page: VersionedPage): string {
  return editionOfId(page.id) === 'sv' ? page.id : (page.original ?? page.id);
}

/** Every version of the page with this id, the Swedish one first; at most one of each edition. */
export function versionsOf(pageId: string, pages: readonly VersionedPage[]): PageVersion[] {
  const page = pages.find((candidate) => candidate.id === pageId);
  if (!page) return [];
  const original = originalOf(page);
  const group = pages.filter(
    (candidate) => candidate.id === original || (editionOfId(candidate.id) !== 'sv' && candidate.original === original),
  );
  const order: Edition[] = ['sv', 'lattlast', 'en'];
  return order.flatMap((edition) => {
    const found = group.find((candidate) => editionOfId(candidate.id) === edition);
    return found ? [{ edition, lang: EDITIONS[edition].lang, path: pagePath(found.id) }] : [];
  });
}

export interface Alternate {
  /** sv, en or x-default. */
  hreflang: string;
  path: string;
}

/**
 * The hreflang alternates of a page: the Swedish and the English version, and x-default (the Swedish one), when
 * the page has an English version. Lättläst is Swedish too, so it is no hreflang of its own; a Lättläst page
 * points to the same Swedish and English versions.
 */
export function hreflangAlternates(pageId: string, pages: readonly VersionedPage[]): Alternate[] {
  const versions = versionsOf(pageId, pages);
  const swedish = versions.find((version) => version.edition === 'sv');
  const english = versions.find((version) => version.edition === 'en');
  if (!swedish || !english) return [];
  return [
    { hreflang: 'sv', path: swedish.path },
    { hreflang: 'en', path: english.path },
    { hreflang: 'x-default', path: swedish.path },
  ];
}

/**
 * The links at the top of a page to the other versions: to the same page's version where there is one, else to
 * that version's start page. A Swedish page links to Lättläst and English; the others to the two they are not.
 */
export function versionLinks(pageId: string, pages: readonly VersionedPage[]): PageVersion[] {
  const current = editionOfId(pageId);
  const versions = versionsOf(pageId, pages);
  const order: Edition[] =
    current === 'sv' ? ['lattlast', 'en'] : current === 'lattlast' ? ['sv', 'en'] : ['sv', 'lattlast'];
  return order.map(
    (edition) =>
      versions.find((version) => version.edition === edition) ?? {
        edition,
        lang: EDITIONS[edition].lang,
        path: EDITIONS[edition].home,
      },
  );
}
