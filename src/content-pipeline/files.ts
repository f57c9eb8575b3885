// Where the content lives, relative to the project root (where npm scripts and Astro run). The collections in
// src/content.config.ts, the content pipeline, `npm run review` and the editor (npm run edit) read these paths here.

/** The folder of page files: content/pages/polisanmalan.mdx is the page /polisanmalan/. */
export const PAGES_DIR = 'content/pages';

/**
 * The folder behind each data collection: one YAML file an entry, named by its id
 * (content/phone-numbers/polisen.yaml is the phone number polisen).
 */
export const DATA_DIRS = {
  phoneNumbers: 'content/phone-numbers',
  links: 'content/links',
  organisations: 'content/organisations',
  people: 'content/people',
  steps: 'content/steps',
} as const;

export type EntryCollection = keyof typeof DATA_DIRS;

/** The search synonyms: one file with a list of everyday words and the words the guide uses for them. */
export const SYNONYMS_FILE = 'content/search-synonyms.yaml';

export type DataCollection = EntryCollection | 'searchSynonyms';

export const ENTRY_COLLECTIONS = Object.keys(DATA_DIRS) as EntryCollection[];

export const DATA_COLLECTIONS: DataCollection[] = [...ENTRY_COLLECTIONS, 'searchSynonyms'];

/** Where an editor finds a collection's entries: the folder, or the synonyms' file. */
export function dataPlace(collection: DataCollection): string {
  return collection === 'searchSynonyms' ? SYNONYMS_FILE : `${DATA_DIRS[collection]}/`;
}

/** The entry files Astro's glob loader reads. */
export const ENTRY_PATTERN = '*.yaml';

/** An entry's id: its file name without .yaml (Astro's glob loader is given this as its generateId). */
export function entryId(fileName: string): string {
  return fileName.slice(fileName.lastIndexOf('/') + 1).replace(/\.yaml$/, '');
}

/** The page files Astro's glob loader reads: .md and .mdx, leaving out drafts whose name starts with _. */
export const PAGE_PATTERN = '**/[^_]*.{md,mdx}';

/** True for a path under PAGES_DIR that PAGE_PATTERN matches. */
export function isPageFile(relativeName: string): boolean {
  return /\.(md|mdx)$/.test(relativeName) && !relativeName.split('/').some((part) => part.startsWith('_'));
}
