// What the content pipeline's rules read: the content as the schemas parsed it. Its own module so that check.ts, which
// runs the rules, and the rules, which read this, do not import each other.
import type { ContentError } from './errors.ts';
import type { DataCollection } from './files.ts';
import type { PageParts } from './mdx.ts';
import type { DataEntry, DataSource, PageSource } from './parse.ts';
import type { CollectionData, PageData, StepData } from './schemas.ts';

export interface CheckedPage extends PageSource {
  /** The frontmatter as its schema parsed it; undefined when it has an error. */
  data?: PageData;
  /** What the rules read in the page's body; empty when the MDX cannot be parsed. */
  parts: PageParts;
}

/** A data entry with its fields as the schema parsed them; `data` is undefined when the entry has an error. */
export interface CheckedEntry<C extends DataCollection> extends DataEntry {
  data?: CollectionData[C];
}

export type CheckedData = { [C in DataCollection]: Omit<DataSource, 'entries'> & { entries: CheckedEntry<C>[] } };

/** What the rules get: the parsed content, the ids in each data file and the steps that passed their schema. */
export interface Content {
  data: CheckedData;
  ids: Record<DataCollection, Set<string>>;
  /** Data files that cannot be read: ids into them are not checked, since every one would look unknown. */
  unreadable: Set<DataCollection>;
  /** Data files with an error of any kind: rules that count their entries wait until they are fixed. */
  invalid: Set<DataCollection>;
  pages: CheckedPage[];
  steps: { entry: DataEntry; data: StepData }[];
}

export type ContentRule = (content: Content) => ContentError[];
