import { getCollection, type CollectionEntry } from 'astro:content';
import { editionOfId, type Edition } from '../i18n/index.ts';
import type { VersionedPage } from '../lib/versions.ts';

let sorted: Promise<CollectionEntry<'pages'>[]> | undefined;
let menu: Promise<CollectionEntry<'pages'>[]> | undefined;
let synonymList: Promise<{ word: string; means: string[] }[]> | undefined;

/**
 * Every page in menu order; pages outside the menu (no navOrder) come last. Built once per build, not once per rendered page: the menu is on every page, and
 * sorting the whole collection for each of them made large sites slow.
 */
function pagesInOrder(): Promise<CollectionEntry<'pages'>[]> {
  // The dev server keeps modules between edits, so it reads afresh to show an editor's changes.
  if (import.meta.env.DEV) sorted = undefined;
  sorted ??= getCollection('pages').then((pages) =>
    pages.sort((a, b) => (a.data.navOrder ?? Infinity) - (b.data.navOrder ?? Infinity)),
  );
  return sorted;
}

/** The pages in the menu (those with navOrder), in menu order. Filtered once per build, not once per page, since every page shows the menu. */
function menuPages(): Promise<CollectionEntry<'pages'>[]> {
  if (import.meta.env.DEV) menu = undefined;
  menu ??= pagesInOrder().then((pages) => pages.filter((page) => page.data.navOrder !== undefined));
  return menu;
}

/** The site-wide synonym list from content/search-synonyms.yaml, read once per build. */
export function synonyms(): Promise<{ word: string; means: string[] }[]> {
  if (import.meta.env.DEV) synonymList = undefined;
  synonymList ??= getCollection('searchSynonyms').then((entries) =>
    entries.map((entry) => ({ word: entry.id, means: entry.data.means })),
  );
  return synonymList;
}

/** The pages of one version of the guide (Swedish, Lättläst or English), in menu order. */
export async function pagesOfEdition(edition: Edition): Promise<CollectionEntry<'pages'>[]> {
  return (await pagesInOrder()).filter((page) => editionOfId(page.id) === edition);
}

/** The menu of one version of the guide: its pages with navOrder, in order. */
export async function menuOfEdition(edition: Edition): Promise<CollectionEntry<'pages'>[]> {
  return (await menuPages()).filter((page) => editionOfId(page.id) === edition);
}

/** Every page with the Swedish page it is a version of, for the links between versions. */
export async function versionedPages(): Promise<VersionedPage[]> {
  return (await pagesInOrder()).map((page) => ({ id: page.id, original: page.data.original }));
}
