// Reads the content files and parses each once: YAML with the yaml library, which gives the values and the line of
// every field from one parse (Astro's file() loaders are given the same parser, so both read the same values),
// Markdown and MDX with Sätteri, the parser of Astro 7. A file that cannot be parsed gives a syntax error here; the
// schemas and rules in check.ts work on what this returns.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slug } from 'github-slugger';
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type SchemaOptions } from 'yaml';
import { pagePath } from '../lib/paths.ts';
import type { ContentError } from './errors.ts';
import { DATA_COLLECTIONS, DATA_FILES, isPageFile, PAGES_DIR, type DataCollection } from './files.ts';

/** A file as read from disk, with its path relative to the project root (e.g. content/pages/polisanmalan.mdx). */
export interface SourceFile {
  file: string;
  text: string;
}

export interface ContentFiles {
  pages: SourceFile[];
  data: Record<DataCollection, SourceFile>;
}

export function readContentFiles(root = process.cwd()): ContentFiles {
  const read = (file: string): SourceFile => ({ file, text: readFileSync(join(root, file), 'utf8') });
  const pages = (readdirSync(join(root, PAGES_DIR), { recursive: true }) as string[])
    .map((name) => name.split('\\').join('/'))
    .filter(isPageFile)
    .sort()
    .map((name) => read(`${PAGES_DIR}/${name}`));
  const data = Object.fromEntries(DATA_COLLECTIONS.map((collection) => [collection, read(DATA_FILES[collection])]));
  return { pages, data: data as Record<DataCollection, SourceFile> };
}

// Dates written YYYY-MM-DD become dates, as they do for Astro's own YAML reader; the schemas accept both.
const YAML_OPTIONS: SchemaOptions = { customTags: ['timestamp'] };

/** The parser Astro's file() loaders use for the data files, which map ids to entries (src/content.config.ts). */
export function parseYaml(text: string): Record<string, Record<string, unknown>> {
  const document = parseDocument(text, YAML_OPTIONS);
  if (document.errors.length) throw document.errors[0];
  return document.toJS() ?? {};
}

/** The line of any path into a YAML node: the deepest part of the path that exists, or undefined for none. */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

function linesOf(document: Document, lineCounter: LineCounter, lineOffset: number): LineOf {
  const lineAt = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? lineCounter.linePos(range[0]).line + lineOffset : undefined;
  };
  return (path) => {
    let node: unknown = document.contents;
    let line: number | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === String(key));
        if (!pair) break;
        line = lineAt(pair.key) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key] !== undefined) {
        node = node.items[key];
        line = lineAt(node) ?? line;
      } else break;
    }
    return line;
  };
}

const YAML_EXPECTED =
  'sätt ett värde som innehåller kolon (:) eller citattecken inom citattecken, till exempel title: "Polisanmälan: så gör du", och använd två mellanslag för indrag';

/** A YAML text's values and the lines of its fields, from one parse; lineOffset is the text's first line in its file, minus 1. */
function readYaml(file: string, text: string, lineOffset: number): { value: unknown; lineOf: LineOf; errors: ContentError[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { ...YAML_OPTIONS, lineCounter });
  const lineOf = linesOf(document, lineCounter, lineOffset);
  const [found] = document.errors;
  if (!found) return { value: document.toJS(), lineOf, errors: [] };
  const position = found.linePos?.[0] ?? { line: 1, col: 1 };
  const reason = found.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return {
    value: undefined,
    lineOf,
    errors: [
      {
        file,
        line: position.line + lineOffset,
        column: position.col,
        problem: `Raden går inte att läsa som YAML (${reason}). Vanligaste orsaken är ett kolon (:) eller citattecken i ett värde`,
        expected: YAML_EXPECTED,
      },
    ],
  };
}

export interface DataEntry {
  id: string;
  /** The line of the entry's id. */
  line: number;
  /** The entry as written, before its schema. */
  value: unknown;
  /** The line of a field inside the entry, e.g. ['phones', 0]; the entry's own line when the field is missing. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

export interface DataSource {
  collection: DataCollection;
  file: string;
  entries: DataEntry[];
}

/** A data file maps ids to entries, as Astro's file() loader reads it. */
export function parseDataFile(collection: DataCollection, source: SourceFile): { data: DataSource; errors: ContentError[] } {
  const { value, lineOf, errors } = readYaml(source.file, source.text, 0);
  const entries: DataEntry[] = [];
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [id, entry] of Object.entries(value)) {
      const line = lineOf([id]) ?? 1;
      entries.push({ id, line, value: entry, lineOf: (path) => lineOf([id, ...path]) ?? line });
    }
  } else if (!errors.length && value !== undefined && value !== null) {
    errors.push({ file: source.file, line: 1, problem: 'Filen är ingen lista med poster', expected: 'en post per id, till exempel polisen: följt av fälten med två mellanslags indrag' });
  }
  return { data: { collection, file: source.file, entries }, errors };
}

export interface PageSource {
  file: string;
  /** The page's id, the one Astro's loader gives it (pageId). */
  id: string;
  /** Its address: /polisanmalan/, or / for index. */
  path: string;
  /** The frontmatter as read, before the schema; null when it cannot be read. */
  frontmatter: Record<string, unknown> | null;
  /** The line of the frontmatter's closing ---, 0 without frontmatter. */
  frontmatterEnd: number;
  lineOf: LineOf;
  /** The page as a syntax tree with positions; null when the MDX cannot be parsed. */
  tree: MdastNode | null;
  /** The file's lines, for finding an attribute inside a tag that spans lines. */
  lines: string[];
}

/**
 * A page's id: the frontmatter slug if there is one, else each folder and the file name through github-slugger, with
 * a trailing /index dropped. Astro's glob loader is given this function as its generateId (src/content.config.ts),
 * so the pipeline and Astro cannot disagree.
 */
export function pageId(relativeName: string, frontmatterSlug?: unknown): string {
  if (frontmatterSlug) return String(frontmatterSlug);
  return relativeName
    .replace(/\.[^./]+$/, '')
    .split('/')
    .map((segment) => slug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

const MDX_EXPECTED = 'stäng varje tagg (<Lead>…</Lead>, <Phone id="…" />) och skriv &lt; eller \\{ för tecknen i vanlig text';

export function parsePage(source: SourceFile): { page: PageSource; errors: ContentError[] } {
  const { file, text } = source;
  const lines = text.split(/\r?\n/);
  const errors: ContentError[] = [];
  let frontmatter: Record<string, unknown> | null = {};
  let frontmatterEnd = 0;
  let lineOf: LineOf = () => undefined;
  if (lines[0]?.trim() === '---') {
    frontmatterEnd = lines.findIndex((line, index) => index > 0 && line.trim() === '---') + 1;
    const yaml = readYaml(file, lines.slice(1, Math.max(frontmatterEnd - 1, 1)).join('\n'), 1);
    errors.push(...yaml.errors);
    frontmatter = yaml.errors.length ? null : yaml.value && typeof yaml.value === 'object' ? (yaml.value as Record<string, unknown>) : {};
    lineOf = yaml.lineOf;
  }
  let tree: MdastNode | null = null;
  try {
    tree = (file.endsWith('.md') ? markdownToMdast : mdxToMdast)(text, { features: { frontmatter: true, gfm: true } });
  } catch (error) {
    // Sätteri's message starts with the line and column: "12:23: Unexpected closing tag …".
    const [, line, column, message] = /^(\d+):(\d+): ([\s\S]*)$/.exec((error as Error).message) ?? [];
    errors.push({
      file,
      line: line ? Number(line) : undefined,
      column: column ? Number(column) : undefined,
      problem: `MDX-koden går inte att läsa (${(message ?? (error as Error).message).trim()}). Oftast öppnas en tagg men stängs inte, stängs i fel ordning, eller så står < eller { i vanlig text`,
      expected: MDX_EXPECTED,
    });
  }
  const relative = file.startsWith(`${PAGES_DIR}/`) ? file.slice(PAGES_DIR.length + 1) : file;
  const id = pageId(relative, frontmatter?.slug);
  return { page: { file, id, path: pagePath(id), frontmatter, frontmatterEnd, lineOf, tree, lines }, errors };
}
