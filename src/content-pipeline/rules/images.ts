// Every image says what it shows.
import type { ContentRule } from '../content.ts';
import type { ContentError } from '../errors.ts';

export const images: ContentRule = (content) => {
  const errors: ContentError[] = [];
  for (const page of content.pages) {
    for (const image of page.parts.images) {
      if (image.alt?.trim()) continue;
      errors.push({
        file: page.file,
        line: image.line,
        problem: `bilden ${image.url} saknar alt-text`,
        expected: `en text som säger vad bilden visar: ![Karta över Sverige](${image.url})`,
      });
    }
  }
  return errors;
};
