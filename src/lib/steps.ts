import { getCollection, type CollectionEntry } from 'astro:content';

export type Audience = CollectionEntry<'steps'>['data']['audience'];

/** The steps for one audience in reading order. The content pipeline has checked their places and links. */
export async function stepsFor(audience: Audience): Promise<CollectionEntry<'steps'>[]> {
  return (await getCollection('steps', (step) => step.data.audience === audience)).sort((a, b) => a.data.order - b.data.order);
}
