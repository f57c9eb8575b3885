// The search page's script in the page: a reader who never searches loads nothing more. The search itself
// (search-run.ts, with Pagefind) is fetched from the site when the reader moves into the form, or at once when the
// page opens with a search (?q=, from the search field in every page's header).
import { SEARCH_PAGE_ANCHORS } from '../lib/anchors.ts';
import { fallback, searchStrings } from './search-strings.ts';
// Vite builds a worker entry as a bundle of its own with its own URL, so this script stays free of imports (Astro
// inlines only such scripts) and the search travels in one file, fetched from the site itself ('self' in CSP).
import runScript from './search-run.ts?worker&url';

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('.search-page form[role="search"]');
  if (!form) return;
  document.getElementById('sok-utan-javascript')?.setAttribute('hidden', '');
  let ready = false;
  let loading: Promise<void> | undefined;
  const load = () =>
    (loading ??= import(/* @vite-ignore */ runScript).then(
      () => void (ready = true),
      () => {
        // Not cached, so the reader's next search tries again.
        loading = undefined;
        document.getElementById(SEARCH_PAGE_ANCHORS.results)?.replaceChildren(fallback(searchStrings().failed));
      },
    ));
  form.addEventListener('focusin', () => void load(), { once: true });
  // A search made before the search has arrived waits for it and is then made again, now handled by search-run.ts.
  form.addEventListener('submit', (event) => {
    if (ready) return;
    event.preventDefault();
    void load().then(() => ready && form.requestSubmit());
  });
  if (new URLSearchParams(location.search).get('q')) void load();
}
