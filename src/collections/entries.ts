import { getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import { checkProject } from '../content-pipeline/check.ts';
import { formatContentErrors } from '../content-pipeline/errors.ts';

// Astro 7 no longer separates data from content collections; the data collections are the YAML files.
export type DataCollectionKey = Exclude<CollectionKey, 'pages'>;

/**
 * A data entry by id. The content pipeline (src/content-pipeline/) has checked every id in the content before
 * Astro builds, with the file and line, so in a build a missing entry is a bug in the code. In the preview
 * (`npm run dev`) a page can be shown before the pipeline has seen the editor's last change: then the pipeline's
 * own messages are shown.
 */
export async function knownEntry<C extends DataCollectionKey>(collection: C, id: string): Promise<CollectionEntry<C>> {
  const entry = await getEntry(collection, id);
  if (entry) return entry as CollectionEntry<C>;
  const { errors } = checkProject();
  if (errors.length) throw new Error(formatContentErrors(errors, 'preview'));
  throw new Error(`${collection} has no entry "${id}", which the content pipeline should have reported.`);
}
