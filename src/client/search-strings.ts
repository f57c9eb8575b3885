// The search page's words in the page's language: the page writes them from the UI dictionary (src/i18n) into
// data-strings, so the script carries no copy of them. Pagefind picks the index of the page's <html lang> itself.
import type { SearchClientStrings } from '../i18n/types.ts';

export function searchStrings(): SearchClientStrings {
  const raw = document.querySelector<HTMLElement>('.search-page')?.dataset.strings;
  return JSON.parse(raw ?? '{}') as SearchClientStrings;
}

/** Fills {name} placeholders. */
export function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** A message with links to the guide's main pages, for when search cannot answer. */
export function fallback(message: string): HTMLElement {
  const box = document.createElement('div');
  box.className = 'search-page__fallback';
  box.setAttribute('role', 'status');
  box.append(Object.assign(document.createElement('p'), { textContent: message }));
  const links = document.querySelector<HTMLTemplateElement>('#sok-huvudsidor');
  if (links) box.append(links.content.cloneNode(true));
  return box;
}
