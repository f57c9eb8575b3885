// The content collections. Their schemas, with one documented line a field, are in src/content-pipeline/schemas.ts,
// where the content pipeline also runs them before Astro starts. Astro reads the files with the pipeline's own YAML
// parser and page ids, so both see the same values under the same ids.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { DATA_FILES, PAGE_PATTERN, PAGES_DIR, type DataCollection } from './content-pipeline/files.ts';
import { pageId, parseYaml } from './content-pipeline/parse.ts';
import { schemas } from './content-pipeline/schemas.ts';

const yaml = (collection: DataCollection) => file(DATA_FILES[collection], { parser: parseYaml });

export const collections = {
  phoneNumbers: defineCollection({ loader: yaml('phoneNumbers'), schema: schemas.phoneNumbers }),
  links: defineCollection({ loader: yaml('links'), schema: schemas.links }),
  organisations: defineCollection({ loader: yaml('organisations'), schema: schemas.organisations }),
  people: defineCollection({ loader: yaml('people'), schema: schemas.people }),
  pages: defineCollection({
    loader: glob({ pattern: PAGE_PATTERN, base: `./${PAGES_DIR}`, generateId: ({ entry, data }) => pageId(entry, data.slug) }),
    schema: schemas.pages,
  }),
  steps: defineCollection({ loader: yaml('steps'), schema: schemas.steps }),
  searchSynonyms: defineCollection({ loader: yaml('searchSynonyms'), schema: schemas.searchSynonyms }),
};
