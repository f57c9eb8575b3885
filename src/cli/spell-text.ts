// Finds the Swedish prose in the project's files for the spell check: the text of MDX pages and the text fields of the
// YAML data files here, the strings readers see in components in prose-scanner.ts. Everything else (frontmatter keys, component names,
// ids, addresses, code and English comments) is blanked out with spaces, so that a word keeps its line and column.
import { isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';

/** Fields of the YAML data files whose values readers (or editors, in error messages) read as Swedish text. */
export const YAML_TEXT_FIELDS = new Set([
  'title',
  'text',
  'card',
  'label',
  'note',
  'helpsWith',
  'name',
  'role',
  'shortRole',
  'points',
  'lattlast',
]);

/** Frontmatter fields of a page that are Swedish text. */
const FRONTMATTER_TEXT_FIELDS = new Set(['title', 'description', 'navLabel', 'keywords']);

/** Attributes whose quoted value is text a reader sees or hears. */
export const PROSE_ATTRIBUTES = new Set([
  'title',
  'label',
  'alt',
  'aria-label',
  'placeholder',
  'legend',
  'description',
  'content',
  'summary',
]);

/** Keeps only the characters in the given ranges; everything else but line breaks becomes a space. */
export function keepOnly(text: string, ranges: [number, number][]): string {
  const keep = new Uint8Array(text.length);
  for (const [start, end] of ranges) keep.fill(1, Math.max(0, start), Math.min(text.length, end));
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    out += keep[index] || char === '\n' || char === '\r' ? char : ' ';
  }
  return out;
}

/** Blanks what is not a word inside prose: addresses, e-mail, paths, code spans, entities. */
export function blankNonWords(text: string): string {
  return (
    text
      .replace(/`[^`\n]*`/g, (match) => ' '.repeat(match.length))
      .replace(/https?:\/\/\S+|\S+@\S+|&[#a-z0-9]+;/gi, (match) => ' '.repeat(match.length))
      .replace(/[\w.-]*\w[./:#@_]\w[\w./:#@_-]*/g, (match) => ' '.repeat(match.length))
      // A field name in quotes, as in error messages for editors: "card", "sourceUrl".
      .replace(/"[a-z][A-Za-z0-9]*"/g, (match) => ' '.repeat(match.length))
  );
}

/** The prose of an MDX page. */
export function mdxProse(text: string): string {
  const ranges: [number, number][] = [];
  let bodyStart = 0;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (frontmatter) {
    bodyStart = frontmatter[0].length;
    let offset = text.indexOf('\n') + 1;
    for (const line of frontmatter[1].split('\n')) {
      const field = /^([A-Za-z]+):(.*)$/.exec(line);
      if (field && FRONTMATTER_TEXT_FIELDS.has(field[1]))
        ranges.push([offset + field[1].length + 1, offset + line.length]);
      offset += line.length + 1;
    }
  }
  ranges.push([bodyStart, text.length]);
  let kept = keepOnly(text, ranges);
  // Tags and their attributes are code, except the values of attributes readers see (title, label, alt).
  kept = kept.replace(/<\/?[A-Za-z][^>]*>/g, (tag) => {
    const out = ' '.repeat(tag.length).split('');
    for (const match of tag.matchAll(/([\w-]+)=(["'])(.*?)\2/g)) {
      if (!PROSE_ATTRIBUTES.has(match[1])) continue;
      const start = match.index! + match[1].length + 2;
      out.splice(start, match[3].length, ...match[3]);
    }
    return out.join('');
  });
  // A link's address, fenced code and MDX comments are not prose.
  kept = kept.replace(/\]\([^)]*\)/g, (match) => ' '.repeat(match.length));
  kept = kept.replace(/^(```|~~~)[\s\S]*?^\1/gm, (match) => match.replace(/[^\n]/g, ' '));
  kept = kept.replace(/\{\/\*[\s\S]*?\*\/\}/g, (match) => match.replace(/[^\n]/g, ' '));
  return blankNonWords(kept);
}

/**
 * The values of the text fields of a YAML data file (title, text, points …); keys, ids, dates and addresses are left
 * out. The fields under an `en:` key (a step or a number in English) are English: they are the prose of
 * language 'en', the others of 'sv'.
 */
export function yamlProse(text: string, language: 'sv' | 'en' = 'sv'): string {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: true });
  const ranges: [number, number][] = [];
  visit(doc, {
    Scalar(key, node, path) {
      if (key === 'key' || !node.range) return;
      const parent = path[path.length - 1];
      let field: unknown;
      if (isPair(parent)) field = isScalar(parent.key) ? parent.key.value : undefined;
      else if (isSeq(parent)) {
        const owner = path[path.length - 2];
        field = isPair(owner) && isScalar(owner.key) ? owner.key.value : undefined;
      }
      const english = path.some(
        (ancestor) => isPair(ancestor) && isScalar(ancestor.key) && ancestor.key.value === 'en',
      );
      if (english !== (language === 'en')) return;
      if (typeof field === 'string' && YAML_TEXT_FIELDS.has(field) && typeof node.value === 'string')
        ranges.push([node.range[0], node.range[1]]);
    },
  });
  return blankNonWords(keepOnly(text, ranges));
}
