// Lättläst and English pages (content/pages/lattlast/, content/pages/en/): `original` and `basedOn` name ordinary
// Swedish pages that exist, and a phone number written as text (e.g. "Call 112" in a heading) is one that
// phone-numbers.yaml has, so no version keeps a number that was changed in the data.
import { editionOfId } from '../../i18n/index.ts';
import type { ContentRule } from '../content.ts';
import type { ContentError } from '../errors.ts';
import { oneOf } from '../errors.ts';
import { dataPlace } from '../files.ts';

/** Digits with spaces or hyphens between them: 112, 114 14, 0200-212019. */
const NUMBER = /(?<![\d.,])\d[\d -]*\d(?![\d.,]?\d)/g;

export const versions: ContentRule = (content) => {
  const errors: ContentError[] = [];
  const swedish = content.pages.filter((page) => editionOfId(page.id) === 'sv').map((page) => page.id);
  const numbers = new Map(
    content.data.phoneNumbers.entries.flatMap((entry) =>
      entry.data ? [[entry.data.number.display.replace(/\D/g, ''), entry.id]] : [],
    ),
  );
  for (const page of content.pages) {
    if (editionOfId(page.id) === 'sv' || !page.data) continue;
    const original = page.data.original;
    if (original === undefined) {
      errors.push({
        file: page.file,
        line: 1,
        endLine: page.frontmatterEnd,
        part: 'frontmatter',
        problem: 'sidan är en lättläst eller engelsk version men säger inte vilken svensk sida den är en version av',
        expected:
          'original: och id:t för den svenska sidan, till exempel original: polisanmalan, eller original: index för startsidan',
      });
    }
    const named = [
      ...(typeof original === 'string' ? [{ field: 'original', id: original, line: page.lineOf(['original']) }] : []),
      ...page.data.basedOn.map((id, index) => ({ field: 'basedOn', id, line: page.lineOf(['basedOn', index]) })),
    ];
    for (const { field, id, line } of named) {
      if (!swedish.includes(id))
        errors.push({
          file: page.file,
          line,
          problem: `${field}: "${id}" är ingen svensk sida`,
          expected: oneOf(swedish),
        });
    }
    if (content.unreadable.has('phoneNumbers')) continue;
    let inCode = false;
    page.lines.forEach((text, index) => {
      if (index < page.frontmatterEnd) return;
      if (/^\s*(```|~~~)/.test(text)) inCode = !inCode;
      if (inCode) return;
      // Ids, addresses and classes are left out (<Phone id="polisen" /> is the right way to write a number); text
      // a reader sees, such as an <Action title="…">, is read.
      const plain = text
        .replace(/\b(?:id|person|href|src|class|lang)=(["'])[^"']*\1/g, ' ')
        .replace(/\]\([^)]*\)/g, '] ');
      for (const match of plain.matchAll(NUMBER)) {
        const digits = match[0].replace(/\D/g, '');
        // Years (2020) and short counts are not phone numbers.
        if (digits.length < 3 || /^(19|20)\d\d$/.test(match[0])) continue;
        if (!numbers.has(digits)) {
          errors.push({
            file: page.file,
            line: index + 1,
            problem: `numret ${match[0].trim()} finns inte i ${dataPlace('phoneNumbers')}`,
            expected: `numret skrivet med <Phone id="…" />, så att det följer med när numret ändras: ${oneOf(numbers.values())}`,
          });
        }
      }
    });
  }
  return errors;
};
