// The real content files, read into memory, for unit tests that break a copy and run the content pipeline on it.
import { parseDataFiles, readContentFiles, type ContentFiles } from '../../src/content-pipeline/parse.ts';
import type { DataCollection } from '../../src/content-pipeline/files.ts';
import { formatContentError } from '../../src/content-pipeline/errors.ts';
import { checkContent } from '../../src/content-pipeline/check.ts';
import { projectRoot } from './fixture.ts';

/** The real entries of a data collection by id, as the pipeline reads them, for tests that compare a page with its data. */
export function entriesOf<T = Record<string, string>>(collection: DataCollection): Record<string, T> {
  const { data } = parseDataFiles(collection, readContentFiles(projectRoot).data[collection]);
  return Object.fromEntries(data.entries.map((entry) => [entry.id, entry.value as T]));
}

export class ContentCopy {
  readonly files: ContentFiles = readContentFiles(projectRoot);

  private source(file: string) {
    const data = Object.values(this.files.data)
      .flat()
      .find((source) => source.file === file);
    const source = data ?? this.files.pages.find((page) => page.file === file);
    if (!source) throw new Error(`${file} is not a content file`);
    return source;
  }

  text(file: string): string {
    return this.source(file).text;
  }

  /** Replaces exactly one occurrence, so a test fails loudly when the real file changes under it. */
  edit(file: string, from: string | RegExp, to: string): this {
    const source = this.source(file);
    const count =
      typeof from === 'string'
        ? source.text.split(from).length - 1
        : (source.text.match(new RegExp(from.source, `${from.flags.replace('g', '')}g`)) ?? []).length;
    if (count !== 1) throw new Error(`${file}: expected one match of ${from}, found ${count}`);
    source.text = source.text.replace(from, to);
    return this;
  }

  /** Gives a data entry another file name, and so another id. */
  rename(file: string, to: string): this {
    this.source(file).file = to;
    return this;
  }

  /** Adds a page. */
  write(file: string, text: string): this {
    this.files.pages.push({ file, text });
    this.files.pages.sort((a, b) => (a.file < b.file ? -1 : 1));
    return this;
  }

  /** The 1-based line of the first line that contains `needle`. */
  lineOf(file: string, needle: string): number {
    const line =
      this.text(file)
        .split('\n')
        .findIndex((candidate) => candidate.includes(needle)) + 1;
    if (!line) throw new Error(`${file} has no line with ${needle}`);
    return line;
  }

  /** The pipeline's messages, one line each, as the build prints them. */
  check(): string[] {
    return checkContent(this.files).errors.map(formatContentError);
  }
}
