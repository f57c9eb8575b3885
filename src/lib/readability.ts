// LIX (läsbarhetsindex, C.-H. Björnsson 1968): words per sentence plus the percentage of long words (more than six
// letters). Under 25 is very easy text (children's books, easy-to-read); 30–40 is ordinary news text.
// Used by the Lättläst test (at most 25, measured on the whole page) and by the build summary, which reports the
// ordinary pages' figures for their main text.
import { Parser } from 'htmlparser2';

/** The highest LIX a Lättläst page may have; tests/budgets/lattlast-pages-read-easily.test.ts fails above it. */
export const LATTLAST_MAX_LIX = 25;

export interface Lix {
  lix: number;
  words: number;
  sentences: number;
  longWords: number;
}

// A word: letters and digits, joined by hyphens or apostrophes; 1.50 and 1,5 are one number.
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+|(?<=\p{N})[.,]\p{N}+)*/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;
const LONG_WORD_LETTERS = 6;

/**
 * The LIX of a text. A sentence ends at . : ! or ? (as Björnsson counts) and at a line break, since a heading,
 * a list item or a line of Lättläst is a sentence of its own even without a full stop.
 */
export function lix(text: string): Lix {
  const sentences = text.split(/[.:!?]+(?=\s|$)|\n/u).filter((part) => HAS_WORD.test(part));
  const words = text.match(WORD) ?? [];
  const longWords = words.filter((word) => (word.match(/\p{L}/gu) ?? []).length > LONG_WORD_LETTERS).length;
  if (words.length === 0) return { lix: 0, words: 0, sentences: 0, longWords: 0 };
  const count = Math.max(sentences.length, 1);
  return {
    lix: words.length / count + (100 * longWords) / words.length,
    words: words.length,
    sentences: count,
    longWords,
  };
}

const BLOCKS = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dt',
  'dd',
  'div',
  'section',
  'td',
  'th',
  'br',
  'ul',
  'ol',
  'blockquote',
  'figcaption',
  'summary',
  'legend',
  'label',
  'button',
  'nav',
  'header',
  'footer',
  'main',
  'aside',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);
const VOID = new Set(['br', 'img', 'input', 'meta', 'link', 'hr', 'source', 'wbr', 'area', 'col', 'embed', 'track']);

/**
 * The text a reader reads in a page's <main>, one block (paragraph, heading, list item) a line. Left out, as the
 * search index leaves them out: parts marked data-pagefind-ignore (section links, the feedback question, page
 * lists), scripts and templates.
 */
export function mainText(html: string): string {
  return blockText(
    html,
    'main',
    (name, attributes) => name !== 'main' && (SKIPPED.has(name) || 'data-pagefind-ignore' in attributes),
  );
}

/**
 * The text a reader meets on the whole page, one block a line: the emergency line, the header, the menu, <main>
 * (with the feedback question and the sources) and the footer, also what is said only to screen readers. Left out:
 * scripts, styles, templates, <noscript>, elements marked hidden, and words in another language than Swedish
 * (lang="en" on "In English"), which LIX for Swedish cannot measure.
 */
export function pageText(html: string): string {
  return blockText(html, 'body', (name, attributes) => {
    const foreign = attributes.lang !== undefined && !attributes.lang.startsWith('sv');
    return SKIPPED.has(name) || 'hidden' in attributes || foreign;
  });
}

/** The text inside the first <root>, one block a line, without the elements `skipped` leaves out and what they hold. */
function blockText(
  html: string,
  root: 'main' | 'body',
  skipped: (name: string, attributes: Record<string, string>) => boolean,
): string {
  let inRoot = 0;
  let skipDepth = 0;
  const stack: boolean[] = [];
  let text = '';
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const isVoid = VOID.has(name);
        const skip = inRoot > 0 && skipped(name, attributes);
        if (name === root) inRoot++;
        if (!isVoid) stack.push(skip);
        if (skip && !isVoid) skipDepth++;
        if (inRoot && BLOCKS.has(name)) text += '\n';
      },
      ontext(data) {
        // A line break inside a paragraph is a space on screen; blocks are separated below.
        if (inRoot && skipDepth === 0) text += data.replace(/\n/g, ' ');
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        const skip = stack.pop();
        if (skip) skipDepth--;
        if (inRoot && BLOCKS.has(name)) text += '\n';
        if (name === root) inRoot--;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
