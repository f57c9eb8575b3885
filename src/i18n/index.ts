// Which version of the guide a page belongs to, and the UI dictionary of its language. The folder decides:
// content/pages/en/ is English, content/pages/lattlast/ is Lättläst (easy-to-read Swedish), everything else Swedish.
import { en } from './en.ts';
import { lattlast } from './lattlast.ts';
import { sv } from './sv.ts';
import type { Lang, UiStrings } from './types.ts';

export type { Lang, UiStrings } from './types.ts';
export { svParts } from './sv.ts';

/** The three versions of the guide: ordinary Swedish, Lättläst and English. */
export type Edition = 'sv' | 'lattlast' | 'en';

export const EDITIONS: Record<
  Edition,
  {
    lang: Lang;
    /** Address of the version's start page. */ home: string;
    /** Folder under content/pages, '' for Swedish. */ folder: string;
  }
> = {
  sv: { lang: 'sv', home: '/', folder: '' },
  lattlast: { lang: 'sv', home: '/lattlast/', folder: 'lattlast' },
  en: { lang: 'en', home: '/en/', folder: 'en' },
};

/** The version a page id (as in content/pages, e.g. "lattlast/polisanmalan") belongs to. */
export function editionOfId(pageId: string): Edition {
  const first = pageId.split('/')[0];
  if (first === EDITIONS.en.folder) return 'en';
  if (first === EDITIONS.lattlast.folder) return 'lattlast';
  return 'sv';
}

/** The version an address (e.g. "/en/" or "/lattlast/polisanmalan/") belongs to. */
export function editionOfPath(path: string): Edition {
  return editionOfId(path.replace(/^\/+/, ''));
}

export function langOfPath(path: string): Lang {
  return EDITIONS[editionOfPath(path)].lang;
}

/** The hreflang of a link from one page to another: the target's language when it differs, else none. */
export function hreflangOf(target: string, from: string): Lang | undefined {
  return langOfPath(target) === langOfPath(from) ? undefined : langOfPath(target);
}

/** Each version's UI strings: Lättläst has its own easy Swedish words for what every page shows. */
const editionDictionaries: Record<Edition, UiStrings> = { sv, lattlast, en };

/** The UI strings for the page at this address, e.g. uiForPath(Astro.url.pathname): Lättläst pages get Lättläst's. */
export function uiForPath(path: string): UiStrings {
  return uiOfEdition(editionOfPath(path));
}

/** The UI strings of a version of the guide, e.g. for a link to it in its own words. */
export function uiOfEdition(edition: Edition): UiStrings {
  return editionDictionaries[edition];
}
