// Finds the Swedish prose in the project's files for the spell check: the text of MDX pages, the text fields of the
// YAML data files, and the strings readers see in components. Everything else (frontmatter keys, component names,
// ids, addresses, code and English comments) is blanked out with spaces, so that a word keeps its line and column.
import { isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';

/** Fields of the YAML data files whose values readers (or editors, in error messages) read as Swedish text. */
export const YAML_TEXT_FIELDS = new Set(['title', 'text', 'card', 'label', 'note', 'helpsWith', 'name', 'role', 'shortRole', 'points']);

/** Frontmatter fields of a page that are Swedish text. */
const FRONTMATTER_TEXT_FIELDS = new Set(['title', 'description', 'navLabel', 'keywords']);

/** Attributes whose quoted value is text a reader sees or hears. */
const PROSE_ATTRIBUTES = new Set(['title', 'label', 'alt', 'aria-label', 'placeholder', 'legend', 'description', 'content', 'summary']);

/** Keeps only the characters in the given ranges; everything else but line breaks becomes a space. */
function keepOnly(text: string, ranges: [number, number][]): string {
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
function blankNonWords(text: string): string {
  return text
    .replace(/`[^`\n]*`/g, (match) => ' '.repeat(match.length))
    .replace(/https?:\/\/\S+|\S+@\S+|&[#a-z0-9]+;/gi, (match) => ' '.repeat(match.length))
    .replace(/[\w.-]*\w[./:#@_]\w[\w./:#@_-]*/g, (match) => ' '.repeat(match.length))
    // A field name in quotes, as in error messages for editors: "card", "sourceUrl".
    .replace(/"[a-z][A-Za-z0-9]*"/g, (match) => ' '.repeat(match.length));
}

/** A string literal that reads as Swedish text rather than code: class names, ids, paths and keys are left out. */
export function isProse(value: string): boolean {
  const text = value.trim();
  if (text.length < 2 || !/[a-zåäö]/i.test(text)) return false;
  if (/[=;{}<>\\|$[\]]/.test(text) || /--|__/.test(text)) return false; // code, selectors, class lists
  if (/^\.{0,2}\//.test(text)) return false; // a path
  if (/^[a-z0-9-]+$/.test(text)) return false; // an id, a name attribute, a type
  if (/^[a-z]+[A-Z]\w*$/.test(text)) return false; // camelCase
  if (/^[\w.-]*\w[./:#@]\w\S*$/.test(text)) return false; // a path, address or key
  return true;
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
      if (field && FRONTMATTER_TEXT_FIELDS.has(field[1])) ranges.push([offset + field[1].length + 1, offset + line.length]);
      offset += line.length + 1;
    }
  }
  ranges.push([bodyStart, text.length]);
  let kept = keepOnly(text, ranges);
  // Tags and their attributes are code, except the values of attributes readers see (title, label, alt).
  kept = kept.replace(/<\/?[A-Za-z][^>]*>/g, (tag) => {
    let out = ' '.repeat(tag.length).split('');
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

/** The values of the text fields of a YAML data file (title, text, points …); keys, ids, dates and addresses are left out. */
export function yamlProse(text: string): string {
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
      if (typeof field === 'string' && YAML_TEXT_FIELDS.has(field) && typeof node.value === 'string') ranges.push([node.range[0], node.range[1]]);
    },
  });
  return blankNonWords(keepOnly(text, ranges));
}

/** A tiny scanner over TypeScript and Astro templates that records the ranges of prose. */
class ProseScanner {
  readonly ranges: [number, number][] = [];
  private readonly text: string;
  constructor(text: string) {
    this.text = text;
  }

  private keepString(start: number, end: number): void {
    if (isProse(this.text.slice(start, end))) this.ranges.push([start, end]);
  }

  /** Scans TypeScript from i until an unmatched `}` (returns its index) or `end`. */
  code(i: number, end = this.text.length): number {
    const t = this.text;
    let lastSignificant = '(';
    while (i < end) {
      const c = t[i];
      if (c === '/' && t[i + 1] === '/') {
        while (i < end && t[i] !== '\n') i++;
        continue;
      }
      if (c === '/' && t[i + 1] === '*') {
        const close = t.indexOf('*/', i + 2);
        i = close < 0 ? end : close + 2;
        continue;
      }
      if (c === '/' && /[(,=:[!&|?{};]|^$/.test(lastSignificant)) {
        // A regular expression literal: skip it, brackets included.
        i++;
        let inClass = false;
        while (i < end && t[i] !== '\n') {
          if (t[i] === '\\') i += 2;
          else if (t[i] === '[') (inClass = true), i++;
          else if (t[i] === ']') (inClass = false), i++;
          else if (t[i] === '/' && !inClass) break;
          else i++;
        }
        i++;
        lastSignificant = '/';
        continue;
      }
      if (c === "'" || c === '"') {
        const start = ++i;
        while (i < end && t[i] !== c && t[i] !== '\n') i += t[i] === '\\' ? 2 : 1;
        this.keepString(start, i);
        i++;
        lastSignificant = c;
        continue;
      }
      if (c === '`') {
        let start = ++i;
        while (i < end && t[i] !== '`') {
          if (t[i] === '\\') i += 2;
          else if (t[i] === '$' && t[i + 1] === '{') {
            this.keepString(start, i);
            i = this.code(i + 2, end) + 1;
            start = i;
          } else i++;
        }
        this.keepString(start, i);
        i++;
        lastSignificant = '`';
        continue;
      }
      if (c === '{') {
        i = this.code(i + 1, end) + 1;
        lastSignificant = '}';
        continue;
      }
      if (c === '}') return i;
      if (c === '<' && /[A-Za-z>]/.test(t[i + 1] ?? '') && /[(,?:=>&|]|^$/.test(lastSignificant)) {
        i = this.element(i);
        lastSignificant = '>';
        continue;
      }
      if (!/\s/.test(c)) lastSignificant = c;
      i++;
    }
    return i;
  }

  /** Scans one tag from its `<`; returns the index after `>` and what kind of tag it was. */
  private tag(i: number): { next: number; kind: 'open' | 'close' | 'self'; name: string } {
    const t = this.text;
    const closing = t[i + 1] === '/';
    let j = i + (closing ? 2 : 1);
    const nameStart = j;
    while (j < t.length && /[\w.:-]/.test(t[j])) j++;
    const name = t.slice(nameStart, j).toLowerCase();
    let attribute = '';
    while (j < t.length && t[j] !== '>') {
      if (t[j] === '/' && t[j + 1] === '>') return { next: j + 2, kind: 'self', name };
      if (t[j] === '{') {
        j = this.code(j + 1) + 1;
        continue;
      }
      if (t[j] === '"' || t[j] === "'") {
        const quote = t[j];
        const start = ++j;
        while (j < t.length && t[j] !== quote) j++;
        if (PROSE_ATTRIBUTES.has(attribute)) this.keepString(start, j);
        j++;
        continue;
      }
      if (/[\w-]/.test(t[j])) {
        const start = j;
        while (j < t.length && /[\w:-]/.test(t[j])) j++;
        attribute = t.slice(start, j).toLowerCase();
        continue;
      }
      j++;
    }
    return { next: j + 1, kind: closing ? 'close' : 'open', name };
  }

  /** Scans markup from an element's `<` to the end of that element (or of the text when `whole`). */
  element(i: number, whole = false): number {
    const t = this.text;
    let depth = 0;
    let textStart = i;
    const keepText = (end: number) => {
      if (end > textStart && /[a-zåäö]/i.test(t.slice(textStart, end))) this.ranges.push([textStart, end]);
    };
    while (i < t.length) {
      const c = t[i];
      if (c === '<' && t.startsWith('<!--', i)) {
        keepText(i);
        const close = t.indexOf('-->', i);
        i = close < 0 ? t.length : close + 3;
        textStart = i;
        continue;
      }
      if (c === '<' && /[A-Za-z/>]/.test(t[i + 1] ?? '')) {
        keepText(i);
        if (t[i + 1] === '>') {
          depth++;
          i += 2;
          textStart = i;
          continue;
        }
        const { next, kind, name } = this.tag(i);
        i = next;
        if ((name === 'script' || name === 'style') && kind === 'open') {
          const close = t.indexOf(`</${name}`, i);
          const end = close < 0 ? t.length : close;
          if (name === 'script') this.code(i, end);
          i = end;
          textStart = i;
          continue;
        }
        if (kind === 'open' && !['br', 'hr', 'img', 'input', 'meta', 'link'].includes(name)) depth++;
        if (kind === 'close') depth--;
        textStart = i;
        if (!whole && depth <= 0) return i;
        continue;
      }
      if (c === '{') {
        keepText(i);
        i = this.code(i + 1) + 1;
        textStart = i;
        continue;
      }
      if (c === '}' && !whole) return i;
      i++;
    }
    keepText(i);
    return i;
  }
}

/** The strings readers see in an Astro component: template text, prose attributes and prose string literals. */
export function astroProse(text: string): string {
  const scanner = new ProseScanner(text);
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  let templateStart = 0;
  if (frontmatter) {
    scanner.code(4, frontmatter[0].length - 3);
    templateStart = frontmatter[0].length;
  }
  scanner.element(templateStart, true);
  return blankNonWords(keepOnly(text, scanner.ranges));
}

/** The prose string literals of a TypeScript file. */
export function typescriptProse(text: string): string {
  const scanner = new ProseScanner(text);
  scanner.code(0);
  return blankNonWords(keepOnly(text, scanner.ranges));
}
