// The content pipeline: every check on the content, in one pass, before Astro renders anything.
//   1. parse.ts parses every file once (syntax errors: YAML, MDX);
//   2. the schemas in schemas.ts check every field with safeParse, ids into other files included;
//   3. the rules in rules/ check what spans files (links, anchors, components, steps, reachability) on the values
//      the schemas parsed, typed, with the line of each field.
// Every error has the same form (errors.ts). It runs from src/cli/build.ts (`npm run build`) and, for a
// plain `astro build` or `astro dev`, from the integration in src/integrations/content-pipeline.ts.
import type { z } from 'astro/zod';
import type { CheckedData, CheckedEntry, CheckedPage, Content } from './content.ts';
import type { ContentError } from './errors.ts';
import { splitMessage } from './errors.ts';
import { DATA_COLLECTIONS, SYNONYMS_FILE, type DataCollection } from './files.ts';
import { pageParts, type PageParts } from './mdx.ts';
import { CONTENT_RULES } from './rules/index.ts';
import { parseDataFiles, parsePage, readContentFiles, type ContentFiles, type DataEntry } from './parse.ts';
import { contentSchemas, type PageData, type StepData } from './schemas.ts';

const NO_PARTS: PageParts = { headings: [], links: [], undefinedReferences: [], images: [], elements: [] };

/** A schema issue at the line of its field; a missing frontmatter field names the frontmatter's lines. */
function fieldError(
  issue: z.core.$ZodIssue,
  file: string,
  line: number | undefined,
  where: { entry?: string; frontmatterEnd?: number },
): ContentError {
  const path = issue.path.map(String).join('.');
  const message = splitMessage(issue.message) ?? {
    problem: `Fältet ${path}: ${issue.message}`,
    expected: 'ett värde som content/README.md beskriver',
  };
  if (line === undefined && where.frontmatterEnd)
    return { file, line: 1, endLine: where.frontmatterEnd, part: 'frontmatter', ...message };
  return { file, line, entry: where.entry, ...message };
}

/** A search word shares its file with the others, so a message names it; every other entry has a file of its own. */
const entryName = (entry: DataEntry): { entry?: string } => (entry.file === SYNONYMS_FILE ? { entry: entry.id } : {});

export function checkContent(files: ContentFiles): { errors: ContentError[]; content: Content } {
  const errors: ContentError[] = [];
  const data = {} as CheckedData;
  const unreadable = new Set<DataCollection>();
  const invalid = new Set<DataCollection>();
  for (const collection of DATA_COLLECTIONS) {
    const parsed = parseDataFiles(collection, files.data[collection]);
    data[collection] = parsed.data;
    errors.push(...parsed.errors);
    // A search word in a file that cannot be read is unknown; an entry's id is its file name, known either way.
    if (parsed.errors.length && collection === 'searchSynonyms') unreadable.add(collection);
    if (parsed.errors.length) invalid.add(collection);
  }
  const ids = Object.fromEntries(DATA_COLLECTIONS.map((c) => [c, new Set(data[c].ids)])) as Content['ids'];
  const schemas = contentSchemas(
    Object.fromEntries(DATA_COLLECTIONS.filter((c) => !unreadable.has(c)).map((c) => [c, ids[c]])),
  );

  const steps: Content['steps'] = [];
  for (const collection of DATA_COLLECTIONS) {
    for (const entry of data[collection].entries) {
      if (entry.value === null || typeof entry.value !== 'object' || Array.isArray(entry.value)) {
        errors.push({
          file: entry.file,
          line: entry.line,
          ...entryName(entry),
          problem: 'Posten har inga fält',
          expected: 'fälten under id:t, med två mellanslags indrag',
        });
        invalid.add(collection);
        continue;
      }
      const result = schemas[collection].safeParse(entry.value);
      if (!result.success) {
        errors.push(
          ...result.error.issues.map((issue) =>
            fieldError(issue, entry.file, entry.lineOf(issue.path), entryName(entry)),
          ),
        );
        invalid.add(collection);
        continue;
      }
      (entry as CheckedEntry<typeof collection>).data = result.data;
      if (collection === 'steps') steps.push({ entry, data: result.data as StepData });
    }
  }

  const pages: CheckedPage[] = [];
  for (const source of files.pages) {
    const { page, errors: syntaxErrors } = parsePage(source);
    errors.push(...syntaxErrors);
    let pageData: PageData | undefined;
    if (page.frontmatter) {
      const result = schemas.pages.safeParse(page.frontmatter);
      if (result.success) pageData = result.data;
      else
        errors.push(
          ...result.error.issues.map((issue) =>
            fieldError(issue, page.file, page.lineOf(issue.path), { frontmatterEnd: page.frontmatterEnd }),
          ),
        );
    }
    pages.push({ ...page, data: pageData, parts: page.tree ? pageParts(page.tree, page.lines) : NO_PARTS });
  }

  const content: Content = { data, ids, unreadable, invalid, pages, steps };
  for (const rule of CONTENT_RULES) errors.push(...rule(content));
  return { errors, content };
}

/** Reads the project's content from disk and checks it. */
export function checkProject(root = process.cwd()) {
  return checkContent(readContentFiles(root));
}
