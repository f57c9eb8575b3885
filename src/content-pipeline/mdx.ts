// What the rules need from a page's syntax tree: headings, links (inline, by reference, bare addresses and <a>),
// images and JSX elements with their attributes, each with its line. Code is text and is skipped.
import type { Definition, LinkReference, Nodes, Parent } from 'mdast';
import type { MdastNode, MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { SKIP, visit } from 'unist-util-visit';
import { CONTENT_COMPONENTS, type ComponentRule } from './components.ts';

interface Heading {
  depth: number;
  text: string;
  line: number;
  /** Written as a JSX element (<h2>) instead of Markdown (##). */
  jsx: boolean;
}

interface Link {
  url: string;
  /** What the reader sees; null for a link whose text a component writes. */
  text: string | null;
  line: number;
}

interface Image {
  url: string;
  alt: string | null;
  line: number;
}

/** An attribute's value: text, or the source of a {…} expression. */
type AttributeValue = string | { expression: string } | null;

export interface Element {
  name: string;
  line: number;
  /** The line of the closing tag. */
  endLine: number;
  /** The text between the tags, as the reader sees it. */
  text: string;
  attributes: Map<string, AttributeValue>;
  /** The line of an attribute, which may be below the tag's first line. */
  attributeLine: (name: string) => number;
}

export interface PageParts {
  headings: Heading[];
  links: Link[];
  /** [text][label] links whose label has no definition ([label]: /address/). */
  undefinedReferences: { label: string; line: number }[];
  images: Image[];
  elements: Element[];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const lineOf = (node: Nodes) => node.position?.start.line ?? 1;

const isJsx = (node: Nodes): node is JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The text a reader sees in a node; components (capitalised JSX) write their own and count as nothing. */
function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (isJsx(node) && /^[A-Z]/.test(node.name ?? '')) return '';
  return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
}

function attributesOf(node: JsxElement): Map<string, AttributeValue> {
  const attributes = new Map<string, AttributeValue>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const { value } = attribute;
    if (value === null || value === undefined) attributes.set(attribute.name, null);
    else if (typeof value === 'string') attributes.set(attribute.name, value);
    else attributes.set(attribute.name, { expression: value.value });
  }
  return attributes;
}

/** Reads a page's tree; `lines` are the file's lines, for attributes on lines of their own. */
export function pageParts(tree: MdastNode, lines: readonly string[]): PageParts {
  const parts: PageParts = { headings: [], links: [], undefinedReferences: [], images: [], elements: [] };
  const definitions = new Map<string, string>();
  const references: LinkReference[] = [];

  visit(tree, (node: Nodes) => {
    switch (node.type) {
      case 'code':
      case 'inlineCode':
      case 'yaml':
        return SKIP;
      case 'heading':
        parts.headings.push({ depth: node.depth, text: textOf(node).trim(), line: lineOf(node), jsx: false });
        break;
      case 'link':
        parts.links.push({ url: node.url, text: textOf(node), line: lineOf(node) });
        break;
      case 'linkReference':
        references.push(node);
        break;
      case 'definition':
        definitions.set((node as Definition).identifier, node.url);
        break;
      case 'image':
        parts.images.push({ url: node.url, alt: node.alt ?? null, line: lineOf(node) });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (!node.name) break; // a fragment, <>…</>
        const element = jsxElement(node, lines);
        parts.elements.push(element);
        if (/^h[1-6]$/.test(node.name))
          parts.headings.push({ depth: Number(node.name[1]), text: element.text, line: element.line, jsx: true });
        const href = element.attributes.get('href');
        if (node.name === 'a' && typeof href === 'string')
          parts.links.push({ url: href, text: element.text, line: element.attributeLine('href') });
        const rule = (CONTENT_COMPONENTS as Record<string, ComponentRule>)[node.name];
        const target = rule?.linkAttribute ? element.attributes.get(rule.linkAttribute) : undefined;
        if (rule?.linkAttribute && typeof target === 'string') {
          const text = rule.linkTextAttribute ? element.attributes.get(rule.linkTextAttribute) : undefined;
          parts.links.push({
            url: target,
            text: typeof text === 'string' ? text : null,
            line: element.attributeLine(rule.linkAttribute),
          });
        }
        if (node.name === 'img') {
          const alt = element.attributes.get('alt');
          parts.images.push({
            url: String(element.attributes.get('src') ?? ''),
            alt: typeof alt === 'string' ? alt : null,
            line: element.line,
          });
        }
        break;
      }
    }
  });

  for (const node of references) {
    const url = definitions.get(node.identifier);
    if (url === undefined) parts.undefinedReferences.push({ label: node.label ?? node.identifier, line: lineOf(node) });
    else parts.links.push({ url, text: textOf(node), line: lineOf(node) });
  }
  parts.links.sort((a, b) => a.line - b.line);
  return parts;
}

function jsxElement(node: JsxElement, lines: readonly string[]): Element {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const end = node.position?.end ?? start;
  return {
    name: node.name ?? '',
    line: start.line,
    endLine: end.line,
    text: (node.children as Parent['children']).map(textOf).join('').trim(),
    attributes: attributesOf(node),
    attributeLine: (name) => {
      // Sätteri gives attributes no position, so the attribute is found in the tag's own lines.
      const pattern = new RegExp(`(^|\\s)${name.replace(/[^\w-]/g, '')}\\s*=`);
      for (let line = start.line; line <= end.line; line++) {
        const text = (lines[line - 1] ?? '').slice(line === start.line ? start.column - 1 : 0);
        if (pattern.test(text)) return line;
        if (text.includes('>') && line > start.line) break;
      }
      return start.line;
    },
  };
}
