// The content collections. Their schemas, with one documented line a field, are in
// src/content-pipeline/schemas.ts, where the content pipeline also runs them before Astro starts.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { DATA_FILES, PAGE_PATTERN, PAGES_DIR } from './content-pipeline/files.ts';
import { schemas } from './content-pipeline/schemas.ts';

export const collections = {
  phoneNumbers: defineCollection({ loader: file(DATA_FILES.phoneNumbers), schema: schemas.phoneNumbers }),
  links: defineCollection({ loader: file(DATA_FILES.links), schema: schemas.links }),
  organisations: defineCollection({ loader: file(DATA_FILES.organisations), schema: schemas.organisations }),
  people: defineCollection({ loader: file(DATA_FILES.people), schema: schemas.people }),
  pages: defineCollection({ loader: glob({ pattern: PAGE_PATTERN, base: `./${PAGES_DIR}` }), schema: schemas.pages }),
  steps: defineCollection({ loader: file(DATA_FILES.steps), schema: schemas.steps }),
  searchSynonyms: defineCollection({ loader: file(DATA_FILES.searchSynonyms), schema: schemas.searchSynonyms }),
};
