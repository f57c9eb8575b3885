// Section addresses that the layout and components put on pages. They live apart from allowed.ts so that code running
// in the reader's browser (the search page's script) can use them without bundling the list of components.

/** The anchors of the layout, the same on every page. */
export const LAYOUT_ANCHORS = { main: 'innehall' } as const;

/** The anchors the search page puts on its page. */
export const SEARCH_PAGE_ANCHORS = { results: 'sokresultat', allPages: 'alla-sidor' } as const;

/** The anchor of the akutkort's "För säkerhetsansvariga" part, which pages may link to. */
export const CARD_LINK_ANCHOR = 'for-sakerhetsansvariga';

/**
 * The start page's section addresses from before its first steps came from content/steps.yaml (earlier address →
 * step id). They stay on the page, so that links in mails and on intranets still lead to the same step.
 */
export const EARLIER_STEP_ANCHORS: Readonly<Record<string, string>> = { polisanmal: 'anmal-till-polisen', sakerhetsansvarig: 'beratta-for-sakerhetsansvarig', stod: 'fa-stod' };
