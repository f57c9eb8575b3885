import { getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';

// Astro 7 no longer separates data from content collections; the data collections are the YAML files.
export type DataCollectionKey = Exclude<CollectionKey, 'pages'>;

/**
 * A data entry by id. The content pipeline (src/content-pipeline/) has checked every id in the content before
 * Astro runs, with the file and line, so a missing entry here is a bug in the code, not an editor's mistake.
 */
export async function knownEntry<C extends DataCollectionKey>(collection: C, id: string): Promise<CollectionEntry<C>> {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`${collection} has no entry "${id}", which the content pipeline should have reported.`);
  return entry as CollectionEntry<C>;
}
