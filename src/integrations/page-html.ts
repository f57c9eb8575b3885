// A built page's HTML as the post-build steps see it: one pass of htmlparser2 finds the inline scripts and styles, the
// CSP meta element and the attributes no CSP hash can allow. Steps change a page by splicing new text in at the
// positions found here, so every byte they do not mean to change stays as Astro wrote it.
import { Parser } from 'htmlparser2';

/** The http-equiv of the meta element that carries a page's CSP; the one place the build names it. */
const CSP_META_HTTP_EQUIV = 'content-security-policy';

/** A stretch of the page's text: from `start` up to, not including, `end`. */
export interface Span {
  start: number;
  end: number;
}

interface Attribute extends Span {
  /** The attribute's value (the span). */
  code: string;
}

interface InlineElement extends Span {
  /** The element's content, between its start and end tags (the span). */
  code: string;
  /** The whole element, tags included. */
  element: Span;
}

export interface PageHtml {
  html: string;
  /** Inline scripts (a script with a src attribute is a file, allowed by 'self', and is not listed). */
  scripts: InlineElement[];
  styles: InlineElement[];
  /** The CSP meta element's content attribute: the span is the attribute's value in the page's text. */
  csp?: Attribute;
  /** Attributes no hash in the CSP can allow: style attributes and event handlers (`onclick`). */
  unhashable: string[];
}

const EVENT_HANDLER = /^on[a-z]+$/;

/** Parses a page once and says where its inline code and its CSP are. */
export function parsePage(html: string): PageHtml {
  const page: PageHtml = { html, scripts: [], styles: [], unhashable: [] };
  let open: { name: 'script' | 'style'; tagStart: number; start: number; hasSrc: boolean } | undefined;
  const parser: Parser = new Parser({
    onopentag(name, attributes) {
      for (const attribute of Object.keys(attributes)) {
        if (attribute === 'style' || EVENT_HANDLER.test(attribute)) page.unhashable.push(attribute);
      }
      if (name === 'script' || name === 'style')
        open = { name, tagStart: parser.startIndex, start: parser.endIndex + 1, hasSrc: 'src' in attributes };
      if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === CSP_META_HTTP_EQUIV && !page.csp) {
        page.csp = attributeSpan(html, parser.startIndex, parser.endIndex + 1, 'content', attributes.content ?? '');
      }
    },
    onclosetag(name) {
      if (!open || name !== open.name) return;
      const element = {
        start: open.start,
        end: parser.startIndex,
        code: html.slice(open.start, parser.startIndex),
        element: { start: open.tagStart, end: parser.endIndex + 1 },
      };
      if (name === 'style') page.styles.push(element);
      else if (!open.hasSrc) page.scripts.push(element);
      open = undefined;
    },
  });
  parser.write(html);
  parser.end();
  return page;
}

/** Where an attribute's value is in a start tag; the value must be written as it reads (no character references). */
function attributeSpan(html: string, tagStart: number, tagEnd: number, name: string, value: string): Attribute {
  const tag = html.slice(tagStart, tagEnd);
  for (const quote of ['"', "'"]) {
    const at = tag.indexOf(`${name}=${quote}${value}${quote}`);
    if (at >= 0) {
      const start = tagStart + at + name.length + 2;
      return { start, end: start + value.length, code: value };
    }
  }
  throw new Error(
    `Kunde inte hitta attributet ${name} i ${tag}: skrivs det med teckenreferenser? Uppdatera src/integrations/page-html.ts.`,
  );
}

/** The page with each span replaced by its new text; spans must not overlap. */
export function splice(html: string, replacements: { span: Span; text: string }[]): string {
  let result = '';
  let at = 0;
  for (const { span, text } of [...replacements].sort((a, b) => a.span.start - b.span.start)) {
    result += html.slice(at, span.start) + text;
    at = span.end;
  }
  return result + html.slice(at);
}
