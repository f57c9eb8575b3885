/** The anchors the search page puts on its page. A module of its own, so the search script bundles nothing else. */
export const SEARCH_PAGE_ANCHORS = { results: 'sokresultat', allPages: 'alla-sidor' } as const;
