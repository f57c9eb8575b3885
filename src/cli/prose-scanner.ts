// The strings readers see in Astro components and TypeScript files, for the spell check: template text, the values
// of attributes readers see or hear, and string literals that read as Swedish rather than code. Read from the syntax
// tree of Astro's own compiler (@astrojs/compiler-rs), whose offsets let each word keep its line and column.
import { parse } from '@astrojs/compiler-rs';
import { blankNonWords, keepOnly, PROSE_ATTRIBUTES } from './spell-text.ts';

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

interface SyntaxNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is SyntaxNode =>
  typeof value === 'object' && value !== null && typeof (value as SyntaxNode).type === 'string';
const elementName = (node: SyntaxNode) =>
  ((node.openingElement as { name?: { name?: unknown } } | undefined)?.name?.name as string | undefined) ?? '';

/** The ranges of prose in an Astro file (or in TypeScript, given as an Astro file's frontmatter), shifted by `offset`. */
function proseRanges(astro: string, offset: number): [number, number][] {
  const ranges: [number, number][] = [];
  const keep = (start: number, end: number) => void ranges.push([start + offset, end + offset]);
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isNode(value)) return;
    switch (value.type) {
      case 'AstroComment':
      case 'ImportDeclaration':
        return;
      case 'JSXText':
        return keep(value.start, value.end);
      case 'Literal':
        if (typeof value.value === 'string' && isProse(value.value)) keep(value.start + 1, value.end - 1);
        return;
      case 'TemplateElement': {
        const raw = (value.value as { raw: string }).raw;
        const start = value.start + astro.slice(value.start, value.end).indexOf(raw);
        if (isProse(raw)) keep(start, start + raw.length);
        return;
      }
      case 'JSXAttribute': {
        const name = String((value.name as { name?: unknown }).name ?? '');
        const attributeValue = value.value;
        if (isNode(attributeValue) && attributeValue.type === 'Literal') {
          if (PROSE_ATTRIBUTES.has(name) && isProse(String(attributeValue.value)))
            keep(attributeValue.start + 1, attributeValue.end - 1);
          return;
        }
        return visit(attributeValue);
      }
      case 'JSXElement':
        // A style sheet is not prose; an inline script is parsed as code, so its string literals are found above.
        if (elementName(value) === 'style') return;
        break;
    }
    for (const [key, child] of Object.entries(value)) if (key !== 'type') visit(child);
  };
  visit(parse(astro).ast);
  return ranges;
}

/** The strings readers see in an Astro component: template text, prose attributes and prose string literals. */
export function astroProse(text: string): string {
  return blankNonWords(keepOnly(text, proseRanges(text, 0)));
}

/** The prose string literals of a TypeScript file. */
export function typescriptProse(text: string): string {
  return blankNonWords(keepOnly(text, proseRanges(`---\n${text}\n---\n`, -4)));
}
