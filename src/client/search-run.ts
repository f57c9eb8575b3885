// The search itself, fetched from the site when the reader first uses the search page's form (search-client.ts), and
// Pagefind's own script with it: readers who never search load none of it. Runs once, when it arrives.
import { SEARCH_PAGE_ANCHORS } from '../lib/anchors.ts';
import { fallback, fillIn, searchStrings } from './search-strings.ts';
import { searchStopwords } from '../i18n/browser/search.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
  preload(query: string): Promise<void>;
}

// Words that say nothing about what the reader looks for; left out when a sentence is split into words.
const STOPWORDS = new Set(searchStopwords.split(' '));

/**
 * Pagefind returns only pages with every word, so a reader's sentence ("vem kan jag prata med") often finds
 * nothing. Then each meaningful word is searched on its own, and pages matching more of them come first.
 */
async function searchWithFallback(pagefind: Pagefind, query: string): Promise<PagefindResult[]> {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((word) => word.length > 1 && !STOPWORDS.has(word));
  // Stop words are left out of the whole query too: "av" and "en" are on every page and would decide the order.
  const { results } = await pagefind.search(words.length > 0 ? words.join(' ') : query);
  const sameAsQuery = words.length === 1 && words[0] === query.toLowerCase().trim();
  if (results.length >= 3 || words.length === 0 || sameAsQuery) return results;
  const found = new Map<string, { result: PagefindResult; words: number; score: number }>();
  for (const { results: wordResults } of await Promise.all(words.map((word) => pagefind.search(word)))) {
    for (const result of wordResults) {
      const entry = found.get(result.id) ?? { result, words: 0, score: 0 };
      entry.words += 1;
      entry.score += result.score;
      found.set(result.id, entry);
    }
  }
  const seen = new Set(results.map((result) => result.id));
  const more = [...found.values()]
    .filter(({ result }) => !seen.has(result.id))
    .sort((a, b) => b.words - a.words || b.score - a.score)
    .map(({ result }) => result);
  return [...results, ...more];
}

/**
 * Results shown at first, and added by each press of "Visa fler träffar". Each result's title and excerpt come in a
 * file of its own (a fragment), so only the results shown cost a request. Four fill a phone's first screen and
 * more, and keep a reader's first search within its budget (npm run bench:targets).
 */
const RESULTS_PER_STEP = 4;
/** After this long without results the reader is offered the main pages instead of a spinner. */
const SLOW_AFTER_MS = 4000;
let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // A variable path keeps the bundler from resolving a file that only exists after indexing.
  const path = '/pagefind/pagefind.js';
  pagefindPromise ??= import(/* @vite-ignore */ path).then(async (pagefind: Pagefind) => {
    // An editor's search words (keywords) count as much as a match in the page's title; words from the site-wide
    // synonym list, given to every page about the subject, count less, so the page the editor meant comes first.
    // noWorker: the index is small enough to search on the page itself, which spares the reader Pagefind's web worker
    // script and its request before the first result. Pagefind picks its index from the page's lang attribute.
    await pagefind.options({
      noWorker: true,
      excerptLength: 24,
      ranking: { metaWeights: { title: 5, keywords: 5, synonyms: 2 } },
    });
    return pagefind;
  });
  // A failed load is not cached, so the reader's next search tries again.
  pagefindPromise.catch(() => (pagefindPromise = undefined));
  return pagefindPromise;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

// Text directives treat - & , as syntax, so they are escaped beyond encodeURIComponent.
const textDirective = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');

/**
 * The result's address with a text fragment (#:~:text=) for the words that matched: the browser scrolls to
 * and highlights them itself, so content pages need no JavaScript. Browsers without text fragments ignore it.
 */
function highlightUrl(url: string, excerptHtml: string): string {
  const excerpt = element('p');
  excerpt.innerHTML = excerptHtml;
  const marks = [...excerpt.querySelectorAll('mark')];
  const words = [
    ...new Set(marks.map((mark) => mark.textContent?.trim() ?? '').filter((word) => word.length > 1)),
  ].slice(0, 3);
  if (words.length === 0) return url;
  const directives: string[] = [];
  // The word with the one before it in the excerpt picks the occurrence in the text rather than the same word in the page's header.
  const before = (marks[0].previousSibling?.textContent ?? '').match(/([\p{L}\p{N}]+)\s+$/u)?.[1];
  if (before) directives.push(`text=${textDirective(before)}-,${textDirective(words[0])}`);
  directives.push(...words.map((word) => `text=${textDirective(word)}`));
  return `${url.split('#')[0]}#:~:${directives.join('&')}`;
}

/**
 * Says what the search found in the page's status line, which screen readers read out. The results themselves are
 * not a live region: a screen reader would read every excerpt in one breath. The reader moves on to them instead.
 */
const announce = (text: string) => (document.getElementById('sok-status')!.textContent = text);

async function renderResults(query: string, container: HTMLElement): Promise<void> {
  const strings = searchStrings();
  container.replaceChildren(element('p', strings.searching));
  // Emptied, so an earlier count is never read out with a later search's message.
  announce('');
  const slow = setTimeout(() => {
    container.replaceChildren(fallback(strings.slow));
  }, SLOW_AFTER_MS);
  try {
    const pagefind = await loadPagefind();
    const results = await searchWithFallback(pagefind, query);
    const firstPages = await Promise.all(results.slice(0, RESULTS_PER_STEP).map((result) => result.data()));
    showResults(query, results, firstPages, container);
  } finally {
    clearTimeout(slow);
  }
}

function resultItem(page: PagefindResultData): HTMLLIElement {
  const item = element('li');
  const link = element('a', page.meta.title ?? page.url);
  link.href = highlightUrl(page.url, page.excerpt);
  const excerpt = element('p');
  // Pagefind's excerpt is text it escaped itself, with <mark> around the words that matched.
  excerpt.innerHTML = page.excerpt;
  item.append(link, excerpt);
  return item;
}

function showResults(
  query: string,
  results: PagefindResult[],
  firstPages: PagefindResultData[],
  container: HTMLElement,
): void {
  const strings = searchStrings();
  const heading = element('h2', fillIn(results.length === 0 ? strings.noHits : strings.hits, { query }));
  heading.id = 'traffar';
  if (results.length === 0) {
    // The acute steps first (112, 114 14, the security officer), then the way on to the list of every page below.
    const acute = document.querySelector<HTMLTemplateElement>('#sok-akut')?.content.cloneNode(true) ?? '';
    container.replaceChildren(heading, acute, element('p', strings.tryAnother));
    announce(heading.textContent!);
    return;
  }
  const list = element('ol');
  list.className = 'search-results';
  list.append(...firstPages.map(resultItem));
  const count = element(
    'p',
    results.length === 1 ? strings.oneFound : fillIn(strings.manyFound, { count: results.length }),
  );
  container.replaceChildren(heading, count, list);
  announce(`${heading.textContent}: ${count.textContent}`);
  if (results.length > firstPages.length) container.append(moreButton(results, firstPages.length, list));
}

/** "Visa fler träffar": fetches the next results' fragments, adds them and moves the focus to the first one added. */
function moreButton(results: PagefindResult[], alreadyShown: number, list: HTMLOListElement): HTMLElement {
  let shown = alreadyShown;
  const wrapper = element('p');
  const strings = searchStrings();
  const button = element('button', strings.more);
  button.type = 'button';
  button.className = 'button button--secondary';
  const problem = element('span');
  problem.setAttribute('role', 'status');
  wrapper.append(button, ' ', problem);
  button.addEventListener('click', async () => {
    button.disabled = true;
    problem.textContent = '';
    try {
      const pages = await Promise.all(results.slice(shown, shown + RESULTS_PER_STEP).map((result) => result.data()));
      const items = pages.map(resultItem);
      list.append(...items);
      shown += pages.length;
      items[0]?.querySelector('a')?.focus();
      if (shown >= results.length) wrapper.remove();
    } catch {
      problem.textContent = strings.moreFailed;
    } finally {
      button.disabled = false;
    }
  });
  return wrapper;
}

/** Takes over the search page's form: its submit listener comes after search-client.ts's, which lets it through now. */
function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('.search-page form[role="search"]');
  const container = document.getElementById(SEARCH_PAGE_ANCHORS.results);
  if (!form || !container) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;

  const search = (query: string) => {
    const trimmed = query.trim();
    if (!trimmed) {
      container.replaceChildren();
      return;
    }
    renderResults(trimmed, container).catch(() => {
      container.replaceChildren(fallback(searchStrings().failed));
    });
  };

  // This script arrives once the reader has moved into the form or come with a search, so Pagefind is fetched now.
  void loadPagefind().catch(() => undefined);
  // While the reader types, Pagefind fetches the part of the index the words are in, so Enter has less left to do.
  input.addEventListener('input', () => {
    const term = input.value.trim();
    if (term)
      void loadPagefind()
        .then((pagefind) => pagefind.preload(term))
        .catch(() => undefined);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value.trim());
    history.replaceState(null, '', url);
    search(input.value);
  });

  const initialQuery = new URLSearchParams(location.search).get('q');
  if (initialQuery) {
    input.value = initialQuery;
    search(initialQuery);
  }
}

startSearch();
