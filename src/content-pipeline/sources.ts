// Reads the content files and parses them as Astro does, with the same parsers: YAML with js-yaml, Markdown and
// MDX with Sätteri (the parser of Astro 7). The line of a YAML field comes from the yaml library, which keeps
// positions; for pages it parses only when a line is asked for, since js-yaml is several times faster.
// A file that cannot be parsed gives a syntax error here; every other check works on what this returns.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slug } from 'github-slugger';
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { load as loadYaml, YAMLException } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
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

/** The line of any path into a YAML node: the deepest part of the path that exists, or undefined for none. */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/** Lines of paths into a YAML text, from a parse with positions; lineOffset is the text's first line in its file, minus 1. */
function yamlLines(text: string, lineOffset: number): LineOf {
  const lineCounter = new LineCounter();
  const root = parseDocument(text, { lineCounter }).contents;
  const lineAt = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? lineCounter.linePos(range[0]).line + lineOffset : undefined;
  };
  return (path) => {
    let node: unknown = root;
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

/** The same as yamlLines, parsed on the first question. */
function lazyYamlLines(text: string, lineOffset: number): LineOf {
  let lines: LineOf | undefined;
  return (path) => (lines ??= yamlLines(text, lineOffset))(path);
}

const YAML_EXPECTED =
  'sätt ett värde som innehåller kolon (:) eller citattecken inom citattecken, till exempel title: "Polisanmälan: så gör du", och använd två mellanslag för indrag';

/** YAML read by js-yaml, as Astro reads it (dates become dates); a syntax error names its line and column. */
function parseYaml(file: string, text: string, lineOffset: number): { value: unknown; errors: ContentError[] } {
  try {
    return { value: loadYaml(text), errors: [] };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // The yaml library points at the line with the mistake, where js-yaml often points at the line after it.
    const lineCounter = new LineCounter();
    const found = parseDocument(text, { lineCounter }).errors[0];
    const position = found?.linePos?.[0] ?? { line: error.mark.line + 1, col: error.mark.column + 1 };
    const reason = found ? found.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '') : error.reason;
    return {
      value: undefined,
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
}

export interface DataEntry {
  id: string;
  /** The line of the entry's id. */
  line: number;
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
  const { value, errors } = parseYaml(source.file, source.text, 0);
  const entries: DataEntry[] = [];
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const lineOf = yamlLines(source.text, 0);
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
  /** The page's id, as Astro's glob loader makes it (see pageId). */
  id: string;
  /** Its address: /polisanmalan/, or / for index. */
  path: string;
  /** The frontmatter as read, before the schema; null when it cannot be read. */
  data: Record<string, unknown> | null;
  /** The line of the frontmatter's closing ---, 0 without frontmatter. */
  frontmatterEnd: number;
  lineOf: LineOf;
  /** The page as a syntax tree with positions; null when the MDX cannot be parsed. */
  tree: MdastNode | null;
  /** The file's lines, for finding an attribute inside a tag that spans lines. */
  lines: string[];
}

/**
 * The page id of Astro's glob loader (generateIdDefault in astro/dist/content/loaders/glob.js, which is not
 * exported): the frontmatter slug if there is one, else each folder and the file name through github-slugger,
 * with a trailing /index dropped. tests/output-checks compares it with the pages Astro built.
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

const MDX_EXPECTED = 'stäng varje tagg (<strong>…</strong>, <Phone id="…" />) och skriv &lt; eller \\{ för tecknen i vanlig text';

export function parsePage(source: SourceFile): { page: PageSource; errors: ContentError[] } {
  const { file, text } = source;
  const lines = text.split(/\r?\n/);
  const errors: ContentError[] = [];
  let data: Record<string, unknown> | null = {};
  let frontmatterEnd = 0;
  let lineOf: LineOf = () => undefined;
  if (lines[0]?.trim() === '---') {
    frontmatterEnd = lines.findIndex((line, index) => index > 0 && line.trim() === '---') + 1;
    const yaml = lines.slice(1, Math.max(frontmatterEnd - 1, 1)).join('\n');
    const { value, errors: yamlErrors } = parseYaml(file, yaml, 1);
    errors.push(...yamlErrors);
    data = yamlErrors.length ? null : value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
    lineOf = lazyYamlLines(yaml, 1);
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
  const id = pageId(relative, data?.slug);
  return { page: { file, id, path: pagePath(id), data, frontmatterEnd, lineOf, tree, lines }, errors };
}
