import { getCollection, type CollectionEntry } from 'astro:content';
import { pagePath } from './paths.ts';

export type Audience = CollectionEntry<'steps'>['data']['audience'];

/** The steps for one audience in reading order; fails the build, in Swedish, when two share a place or a page link is dead. */
export async function stepsFor(audience: Audience): Promise<CollectionEntry<'steps'>[]> {
  const steps = (await getCollection('steps', (step) => step.data.audience === audience)).sort((a, b) => a.data.order - b.data.order);
  const pagePaths = new Set((await getCollection('pages')).map((page) => pagePath(page.id)));
  steps.forEach((step, index) => {
    const previous = steps[index - 1];
    if (previous && previous.data.order === step.data.order) {
      throw new Error(`content/steps.yaml: stegen "${previous.id}" och "${step.id}" har båda order ${step.data.order}. Ge dem olika nummer.`);
    }
    for (const link of step.data.pages) {
      const path = link.path.split('#')[0];
      if (!pagePaths.has(path)) {
        throw new Error(`content/steps.yaml: steget "${step.id}" länkar till ${link.path}, men det finns ingen sådan sida i content/pages.`);
      }
    }
  });
  return steps;
}
