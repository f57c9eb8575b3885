import { getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';

// Astro 7 no longer separates data from content collections; the data collections are the YAML files.
export type DataCollectionKey = Exclude<CollectionKey, 'pages'>;

const dataFiles: Record<DataCollectionKey, string> = {
  phoneNumbers: 'content/phone-numbers.yaml',
  links: 'content/links.yaml',
  organisations: 'content/organisations.yaml',
  people: 'content/people.yaml',
  steps: 'content/steps.yaml',
  searchSynonyms: 'content/search-synonyms.yaml',
};

/** Looks up a data entry by id and fails the build, in Swedish, when the id does not exist. */
export async function requireEntry<C extends DataCollectionKey>(collection: C, id: string): Promise<CollectionEntry<C>> {
  const entry = await getEntry(collection, id);
  if (!entry) {
    throw new Error(`Okänt id "${id}": det finns inte i ${dataFiles[collection]}. Kontrollera stavningen eller lägg till det där.`);
  }
  return entry as CollectionEntry<C>;
}

export { dataFiles };
