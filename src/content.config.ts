// The content collections. Their schemas, with one documented line a field, are in src/content-pipeline/schemas.ts,
// where the content pipeline also runs them before Astro starts. Astro reads the files under the pipeline's own ids,
// and the search synonyms with its parser, so both see the same entries.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  DATA_DIRS,
  ENTRY_PATTERN,
  entryId,
  PAGE_PATTERN,
  PAGES_DIR,
  SYNONYMS_FILE,
  type EntryCollection,
} from './content-pipeline/files.ts';
import { pageId, parseSynonyms } from './content-pipeline/parse.ts';
import { schemas } from './content-pipeline/schemas.ts';

const entries = (collection: EntryCollection) =>
  glob({ pattern: ENTRY_PATTERN, base: `./${DATA_DIRS[collection]}`, generateId: ({ entry }) => entryId(entry) });

export const collections = {
  phoneNumbers: defineCollection({ loader: entries('phoneNumbers'), schema: schemas.phoneNumbers }),
  links: defineCollection({ loader: entries('links'), schema: schemas.links }),
  organisations: defineCollection({ loader: entries('organisations'), schema: schemas.organisations }),
  people: defineCollection({ loader: entries('people'), schema: schemas.people }),
  pages: defineCollection({
    loader: glob({
      pattern: PAGE_PATTERN,
      base: `./${PAGES_DIR}`,
      generateId: ({ entry, data }) => pageId(entry, data.slug),
    }),
    schema: schemas.pages,
  }),
  steps: defineCollection({ loader: entries('steps'), schema: schemas.steps }),
  searchSynonyms: defineCollection({
    loader: file(SYNONYMS_FILE, { parser: parseSynonyms }),
    schema: schemas.searchSynonyms,
  }),
};
