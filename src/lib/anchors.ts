// Section addresses that the layout and components put on pages. They live apart from the content pipeline's list of components so that code running
// in the reader's browser (the search page's script) can use them without bundling the list of components.
import type { Edition } from '../i18n/index.ts';

/** The anchors of the layout, the same on every page. */
export const LAYOUT_ANCHORS = { main: 'innehall' } as const;

/** The anchors the search page puts on its page. */
export const SEARCH_PAGE_ANCHORS = { results: 'sokresultat', allPages: 'alla-sidor' } as const;

/** The anchor of the akutkort's "För säkerhetsansvariga" part, which pages may link to. */
export const CARD_LINK_ANCHOR = 'for-sakerhetsansvariga';

/**
 * Each version's start page's section addresses from before its first steps came from content/steps/ (earlier address
 * → step id). They stay on the page, so that links in mails and on intranets still lead to the same step.
 */
export const EARLIER_STEP_ANCHORS: Readonly<Record<Edition, Readonly<Record<string, string>>>> = {
  sv: { polisanmal: 'anmal-till-polisen', sakerhetsansvarig: 'beratta-for-sakerhetsansvarig', stod: 'fa-stod' },
  lattlast: {
    fara: 'akut-fara',
    polisen: 'anmal-till-polisen',
    prata: 'beratta-for-sakerhetsansvarig',
    stod: 'fa-stod',
  },
  en: {
    'in-danger': 'akut-fara',
    report: 'anmal-till-polisen',
    'security-officer': 'beratta-for-sakerhetsansvarig',
    support: 'fa-stod',
  },
};
