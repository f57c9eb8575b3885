import { getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import { DATA_FILES } from './data-files.ts';

// Astro 7 no longer separates data from content collections; the data collections are the YAML files.
export type DataCollectionKey = Exclude<CollectionKey, 'pages'>;

const dataFiles: Record<DataCollectionKey, string> = DATA_FILES;

/** Looks up a data entry by id and fails the build, in Swedish, when the id does not exist. */
export async function requireEntry<C extends DataCollectionKey>(collection: C, id: string): Promise<CollectionEntry<C>> {
  const entry = await getEntry(collection, id);
  if (!entry) {
    throw new Error(`Okänt id "${id}": det finns inte i ${dataFiles[collection]}. Kontrollera stavningen eller lägg till det där.`);
  }
  return entry as CollectionEntry<C>;
}

export { dataFiles };
