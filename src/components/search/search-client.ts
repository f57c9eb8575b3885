// Pagefind's own script is fetched only when the reader starts to search: readers who never search load none of it.

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const MAX_RESULTS = 10;
let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // A variable path keeps the bundler from resolving a file that only exists after indexing.
  const path = '/pagefind/pagefind.js';
  pagefindPromise ??= import(/* @vite-ignore */ path).then(async (pagefind: Pagefind) => {
    await pagefind.options({ excerptLength: 24 });
    return pagefind;
  });
  return pagefindPromise;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

async function renderResults(query: string, container: HTMLElement): Promise<void> {
  container.replaceChildren(element('p', 'Söker …'));
  const pagefind = await loadPagefind();
  const { results } = await pagefind.search(query);
  const pages = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));

  const heading = element('h2', pages.length === 0 ? `Inga träffar för ”${query}”` : `Träffar för ”${query}”`);
  heading.id = 'traffar';
  if (pages.length === 0) {
    container.replaceChildren(heading, element('p', 'Pröva ett annat ord, eller välj en sida i listan nedan.'));
    return;
  }
  const list = element('ol');
  list.className = 'search-results';
  for (const page of pages) {
    const item = element('li');
    const link = element('a', page.meta.title ?? page.url);
    link.href = page.url;
    const excerpt = element('p');
    // Pagefind's excerpt is text it escaped itself, with <mark> around the words that matched.
    excerpt.innerHTML = page.excerpt;
    item.append(link, excerpt);
    list.append(item);
  }
  const count = element('p', pages.length === 1 ? '1 sida hittades.' : `${pages.length} sidor hittades.`);
  container.replaceChildren(heading, count, list);
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('.search-page form[role="search"]');
  const container = document.getElementById('sokresultat');
  if (!form || !container) return;
  document.getElementById('sok-utan-javascript')?.setAttribute('hidden', '');
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;

  const search = (query: string) => {
    const trimmed = query.trim();
    if (!trimmed) {
      container.replaceChildren();
      return;
    }
    renderResults(trimmed, container).catch(() => {
      container.replaceChildren(
        element('p', 'Sökningen fungerar inte just nu. Välj en sida i listan nedan, eller ring 112 om du är i akut fara.'),
      );
    });
  };

  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
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
