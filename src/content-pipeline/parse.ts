// Reads the content files and parses each once: YAML with the yaml library, which gives the values and the line of
// every field from one parse (Astro's file() loaders are given the same parser, so both read the same values),
// Markdown and MDX with Sätteri, the parser of Astro 7. A file that cannot be parsed gives a syntax error here; the
// schemas and rules in check.ts work on what this returns.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slug } from 'github-slugger';
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type SchemaOptions } from 'yaml';
import { pagePath } from '../lib/paths.ts';
import type { ContentError } from './errors.ts';
import {
  DATA_COLLECTIONS,
  DATA_DIRS,
  entryId,
  isPageFile,
  PAGES_DIR,
  SYNONYMS_FILE,
  type DataCollection,
  type EntryCollection,
} from './files.ts';

/** A file as read from disk, with its path relative to the project root (e.g. content/pages/polisanmalan.mdx). */
export interface SourceFile {
  file: string;
  text: string;
}

export interface ContentFiles {
  pages: SourceFile[];
  /** The files of each data collection: one an entry, or the one file of the search synonyms. */
  data: Record<DataCollection, SourceFile[]>;
}

/** The entry files of a data collection, in the order of their ids; none when its folder is missing. */
export function readEntryFiles(root: string, collection: EntryCollection): SourceFile[] {
  const dir = join(root, DATA_DIRS[collection]);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map(entryId)
    .sort()
    .map((id) => ({
      file: `${DATA_DIRS[collection]}/${id}.yaml`,
      text: readFileSync(join(dir, `${id}.yaml`), 'utf8'),
    }));
}

export function readContentFiles(root = process.cwd()): ContentFiles {
  const read = (file: string): SourceFile => ({ file, text: readFileSync(join(root, file), 'utf8') });
  const pages = (readdirSync(join(root, PAGES_DIR), { recursive: true }) as string[])
    .map((name) => name.split('\\').join('/'))
    .filter(isPageFile)
    .sort()
    .map((name) => read(`${PAGES_DIR}/${name}`));
  const data = Object.fromEntries(
    DATA_COLLECTIONS.map((collection) => [
      collection,
      collection === 'searchSynonyms' ? [read(SYNONYMS_FILE)] : readEntryFiles(root, collection),
    ]),
  );
  return { pages, data: data as ContentFiles['data'] };
}

// Dates written YYYY-MM-DD become dates, as they do for Astro's own YAML reader; the schemas accept both.
const YAML_OPTIONS: SchemaOptions = { customTags: ['timestamp'] };

/**
 * The parser Astro's file() loader uses for the search synonyms (src/content.config.ts): the list in the file, as
 * an entry for each word.
 */
export function parseSynonyms(text: string): Record<string, Record<string, unknown>> {
  const document = parseDocument(text, YAML_OPTIONS);
  if (document.errors.length) throw document.errors[0];
  const { synonyms = [] } = (document.toJS() ?? {}) as { synonyms?: { word: string; means: unknown }[] };
  return Object.fromEntries(synonyms.map(({ word, means }) => [word, { means }]));
}

/** The line of any path into a YAML node: the deepest part of the path that exists, or undefined for none. */
type LineOf = (path: readonly PropertyKey[]) => number | undefined;

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
function readYaml(
  file: string,
  text: string,
  lineOffset: number,
): { value: unknown; lineOf: LineOf; errors: ContentError[] } {
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
  /** The entry's file: content/people/greta-berg.yaml, or content/search-synonyms.yaml for a search word. */
  file: string;
  /** The entry's first line in its file. */
  line: number;
  /** The entry as written, before its schema. */
  value: unknown;
  /** The line of a field inside the entry, e.g. ['phones', 0]; the entry's own line when the field is missing. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

export interface DataSource {
  collection: DataCollection;
  entries: DataEntry[];
  /** Every id, also of an entry whose file cannot be read: ids into the collection are checked against these. */
  ids: string[];
}

const NOT_AN_ENTRY = {
  problem: 'Filen innehåller inga fält',
  expected: 'ett fält per rad, till exempel name: Polisen',
};

/** The entries of a data collection, one a file named by its id, as Astro's glob() loader reads them. */
function parseEntryFiles(
  collection: DataCollection,
  sources: SourceFile[],
): { data: DataSource; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const entries: DataEntry[] = [];
  for (const source of sources) {
    const { value, lineOf, errors: yamlErrors } = readYaml(source.file, source.text, 0);
    errors.push(...yamlErrors);
    const id = entryId(source.file);
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      entries.push({ id, file: source.file, line: 1, value, lineOf: (path) => lineOf(path) ?? 1 });
    } else if (!yamlErrors.length) {
      errors.push({ file: source.file, line: 1, ...NOT_AN_ENTRY });
    }
  }
  const ids = sources.map((source) => entryId(source.file));
  return { data: { collection, entries, ids }, errors };
}

/** The search synonyms: a list of words, each with the words the guide uses for it. */
function parseSynonymsFile(source: SourceFile): { data: DataSource; errors: ContentError[] } {
  const { value, lineOf, errors } = readYaml(source.file, source.text, 0);
  const entries: DataEntry[] = [];
  const list = value && typeof value === 'object' ? (value as { synonyms?: unknown }).synonyms : undefined;
  if (Array.isArray(list)) {
    list.forEach((item, index) => {
      const line = lineOf(['synonyms', index]) ?? 1;
      const { word, ...rest } = (item ?? {}) as { word?: unknown };
      if (typeof word !== 'string' || !word.trim()) {
        errors.push({
          file: source.file,
          line,
          problem: 'Ett sökord saknar word',
          expected: 'word: och vardagsordet, till exempel word: snut',
        });
        return;
      }
      entries.push({
        id: word,
        file: source.file,
        line,
        value: rest,
        lineOf: (path) => lineOf(['synonyms', index, ...path]) ?? line,
      });
    });
  } else if (!errors.length) {
    errors.push({
      file: source.file,
      line: 1,
      problem: 'Filen har ingen lista synonyms',
      expected: 'synonyms: följt av en rad - word: … för varje vardagsord',
    });
  }
  return { data: { collection: 'searchSynonyms', entries, ids: entries.map((entry) => entry.id) }, errors };
}

/** A data collection's entries from its files. */
export function parseDataFiles(
  collection: DataCollection,
  sources: SourceFile[],
): { data: DataSource; errors: ContentError[] } {
  return collection === 'searchSynonyms' ? parseSynonymsFile(sources[0]) : parseEntryFiles(collection, sources);
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

const MDX_EXPECTED =
  'stäng varje tagg (<Lead>…</Lead>, <Phone id="…" />) och skriv &lt; eller \\{ för tecknen i vanlig text';

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
    frontmatter = yaml.errors.length
      ? null
      : yaml.value && typeof yaml.value === 'object'
        ? (yaml.value as Record<string, unknown>)
        : {};
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
