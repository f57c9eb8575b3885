import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR, parseYamlEntries, type DataFiles, type SourceFile } from './content-checks.ts';

// Paths are relative to the project root, which is where npm scripts and Astro run.
const read = (file: string, root: string): SourceFile => ({ file, text: readFileSync(join(root, file), 'utf8') });

/** The page files Astro's loader reads: .md and .mdx under content/pages, drafts starting with _ left out. */
export function readPageFiles(root = process.cwd()): SourceFile[] {
  return (readdirSync(join(root, PAGES_DIR), { recursive: true }) as string[])
    .map((name) => name.split('\\').join('/'))
    .filter((name) => /\.(md|mdx)$/.test(name) && !name.split('/').some((part) => part.startsWith('_')))
    .sort()
    .map((name) => read(`${PAGES_DIR}/${name}`, root));
}

export function readDataFiles(root = process.cwd()): DataFiles {
  return {
    phoneNumbers: read('content/phone-numbers.yaml', root),
    links: read('content/links.yaml', root),
    organisations: read('content/organisations.yaml', root),
    people: read('content/people.yaml', root),
  };
}

/** The steps' ids in content/steps.yaml: each is the address of its step on the page that shows the steps. */
export function readStepIds(root = process.cwd()): string[] {
  return parseYamlEntries(read('content/steps.yaml', root).text).map((entry) => entry.id);
}
