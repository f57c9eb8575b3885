import { getCollection, type CollectionEntry } from 'astro:content';
import type { Edition } from '../i18n/index.ts';
import { knownEntry } from './entries.ts';

export type Audience = CollectionEntry<'steps'>['data']['audience'];

/** The steps for one audience in reading order. The content pipeline has checked their places and links. */
export async function stepsFor(audience: Audience): Promise<CollectionEntry<'steps'>[]> {
  return (await getCollection('steps', (step) => step.data.audience === audience)).sort(
    (a, b) => a.data.order - b.data.order,
  );
}

/** What a step says in one version of the guide. */
interface StepWording {
  title: string;
  text: string;
  points: string[];
  pages: { path: string; text: string }[];
  card?: string;
}

/**
 * A step in the words of the version a page belongs to: the Swedish fields, or the step's lattlast or en field. The
 * content pipeline has made sure that every step a Lättläst or English page shows has its words for that version.
 */
function stepWording(step: CollectionEntry<'steps'>, edition: Edition): StepWording {
  return (edition === 'sv' ? undefined : step.data[edition]) ?? step.data;
}

/**
 * Who answers a number and its note in the words of a version. An English page shows no Swedish label: without an
 * `en` field in phone-numbers.yaml the number stands alone.
 */
function phoneWording(phone: CollectionEntry<'phoneNumbers'>, edition: Edition): { label?: string; note?: string } {
  if (edition === 'sv') return phone.data;
  return phone.data[edition] ?? (edition === 'lattlast' ? phone.data : {});
}

const digits = (text: string) => text.replace(/\D/g, '');

/**
 * The steps for one audience in a version's words, each with its numbers and who answers them in the same words. A
 * label that only repeats the number, as "Nödnumret 112" does, is left out.
 */
export async function wordedSteps(audience: Audience, edition: Edition) {
  return Promise.all(
    (await stepsFor(audience)).map(async (step) => ({
      step,
      words: stepWording(step, edition),
      phones: (await Promise.all(step.data.phones.map((id) => knownEntry('phoneNumbers', id)))).map((phone) => {
        const { label, note } = phoneWording(phone, edition);
        const repeatsNumber = label !== undefined && digits(label).includes(digits(phone.data.number.display));
        return { phone, note, label: repeatsNumber ? undefined : label };
      }),
    })),
  );
}
