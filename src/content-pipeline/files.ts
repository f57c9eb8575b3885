// Where the content lives, relative to the project root (where npm scripts and Astro run). The collections in
// src/content.config.ts, the content pipeline and `npm run review` all read these paths from here.

/** The folder of page files: content/pages/polisanmalan.mdx is the page /polisanmalan/. */
export const PAGES_DIR = 'content/pages';

/** The YAML file behind each data collection. */
export const DATA_FILES = {
  phoneNumbers: 'content/phone-numbers.yaml',
  links: 'content/links.yaml',
  organisations: 'content/organisations.yaml',
  people: 'content/people.yaml',
  steps: 'content/steps.yaml',
  searchSynonyms: 'content/search-synonyms.yaml',
} as const;

export type DataCollection = keyof typeof DATA_FILES;

export const DATA_COLLECTIONS = Object.keys(DATA_FILES) as DataCollection[];

/** The page files Astro's glob loader reads: .md and .mdx, leaving out drafts whose name starts with _. */
export const PAGE_PATTERN = '**/[^_]*.{md,mdx}';

/** True for a path under PAGES_DIR that PAGE_PATTERN matches (checked against Astro's loader in the tests). */
export function isPageFile(relativeName: string): boolean {
  return /\.(md|mdx)$/.test(relativeName) && !relativeName.split('/').some((part) => part.startsWith('_'));
}
