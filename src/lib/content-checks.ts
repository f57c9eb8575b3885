// Checks across files that the schemas cannot make: ids used inside MDX, links, images, duplicates and reachability.
// Pure functions over file texts, so they run the same in the build, in `npm run review` and in unit tests.
// Every problem is one Swedish line for an editor: file, line, what is wrong, what is expected.
import { isMap, isScalar, LineCounter, parseDocument, type Pair } from 'yaml';
import { z } from 'astro/zod';
import { sectionSlug } from './slug.ts';
import { pagePath } from './paths.ts';
import { cardLinkSectionId } from './card-link.ts';

/** A file as read from disk, with its path relative to the project root (e.g. content/pages/polisanmalan.mdx). */
export interface SourceFile {
  file: string;
  text: string;
}

/** The data files, as read from content/. */
export interface DataFiles {
  phoneNumbers: SourceFile;
  links: SourceFile;
  organisations: SourceFile;
  people: SourceFile;
}

export const PAGES_DIR = 'content/pages';

export interface YamlEntry {
  id: string;
  line: number;
  fields: Map<string, { value: unknown; line: number }>;
}

/** Parses a YAML text whose top level maps ids to entries, keeping the line of every field. */
export function parseYamlEntries(text: string): YamlEntry[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (!isMap(doc.contents)) return [];
  const lineOf = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? lineCounter.linePos(range[0]).line : 1;
  };
  return doc.contents.items.map((pair: Pair) => {
    const fields = new Map<string, { value: unknown; line: number }>();
    if (isMap(pair.value)) {
      for (const field of pair.value.items) {
        const value = isScalar(field.value) ? field.value.value : field.value;
        fields.set(String(isScalar(field.key) ? field.key.value : field.key), { value, line: lineOf(field.key) });
      }
    }
    return { id: String(isScalar(pair.key) ? pair.key.value : pair.key), line: lineOf(pair.key), fields };
  });
}

export interface ParsedPage {
  file: string;
  /** The page's id and address part, as Astro's glob loader makes it. */
  id: string;
  data: Record<string, unknown>;
  /** The line of each frontmatter field. */
  fieldLines: Map<string, number>;
  /** The body's lines, with the file's line number of each. */
  lines: { line: number; text: string }[];
}

/** Splits a page into frontmatter and body; the frontmatter is parsed with the yaml library. */
export function parsePage({ file, text }: SourceFile): ParsedPage {
  const all = text.split(/\r?\n/);
  let bodyStart = 0;
  const data: Record<string, unknown> = {};
  const fieldLines = new Map<string, number>();
  if (all[0]?.trim() === '---') {
    const end = all.findIndex((line, index) => index > 0 && line.trim() === '---');
    if (end > 0) {
      bodyStart = end + 1;
      for (const entry of parseYamlEntriesFlat(all.slice(1, end).join('\n'))) {
        data[entry.key] = entry.value;
        fieldLines.set(entry.key, entry.line + 1);
      }
    }
  }
  const relative = file.startsWith(`${PAGES_DIR}/`) ? file.slice(PAGES_DIR.length + 1) : file;
  const fromFile = relative
    .replace(/\.(md|mdx)$/, '')
    .split('/')
    .map((part) => part.toLowerCase().replace(/\s+/g, '-'))
    .join('/');
  // As Astro's glob loader: a slug in the frontmatter wins; a nested index.mdx takes its folder's name.
  const id = typeof data.slug === 'string' && data.slug ? data.slug : fromFile.replace(/\/index$/, '');
  return {
    file,
    id,
    data,
    fieldLines,
    lines: all.slice(bodyStart).map((line, index) => ({ line: bodyStart + index + 1, text: line })),
  };
}

function parseYamlEntriesFlat(text: string): { key: string; value: unknown; line: number }[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (!isMap(doc.contents)) return [];
  return doc.contents.items.map((pair) => {
    const range = (pair.key as { range?: [number, number, number] }).range;
    const value = isScalar(pair.value) ? pair.value.value : pair.value?.toJSON?.();
    return { key: String(isScalar(pair.key) ? pair.key.value : pair.key), value, line: range ? lineCounter.linePos(range[0]).line : 1 };
  });
}

/** The components an MDX page may use, with the attribute that names a data id and the file that holds it. */
const ID_COMPONENTS: Record<string, { attribute: string; collection: keyof DataFiles } | null> = {
  Phone: { attribute: 'id', collection: 'phoneNumbers' },
  ExternalLink: { attribute: 'id', collection: 'links' },
  ContactPerson: { attribute: 'id', collection: 'people' },
  Organisation: { attribute: 'id', collection: 'organisations' },
  Email: { attribute: 'person', collection: 'people' },
  Action: null,
  PageList: null,
  SearchPage: null,
  StepByStep: null,
  NotesForm: null,
  EmergencyCard: null,
  PrintButton: null,
  CardLinkForm: null,
  CardLinkNotice: null,
  FeedbackPrivacy: null,
};

/** Ids that the layout or a component puts on a page, so links to them are valid. */
const LAYOUT_IDS = ['innehall'];
const COMPONENT_IDS: Record<string, string[]> = { SearchPage: ['sokresultat', 'alla-sidor'], CardLinkForm: [cardLinkSectionId] };

/** Link texts that say nothing about where the link leads. */
export const VAGUE_LINK_TEXTS = ['klicka här', 'klicka', 'här', 'läs mer', 'mer', 'länk'];

/** True when a link's text says nothing about where it leads. */
export function isVagueLinkText(text: string): boolean {
  return VAGUE_LINK_TEXTS.includes(text.replace(/\s+/g, ' ').trim().toLowerCase().replace(/[.!:…]+$/, ''));
}

const isEmail = (value: string) => z.email().safeParse(value).success;

export interface KnownIds {
  phoneNumbers: Set<string>;
  links: Map<string, string>;
  organisations: Set<string>;
  people: Set<string>;
}

export function knownIds(data: DataFiles): KnownIds {
  const ids = (source: SourceFile) => new Set(parseYamlEntries(source.text).map((entry) => entry.id));
  return {
    phoneNumbers: ids(data.phoneNumbers),
    organisations: ids(data.organisations),
    people: ids(data.people),
    links: new Map(parseYamlEntries(data.links.text).map((entry) => [entry.id, String(entry.fields.get('url')?.value ?? '')])),
  };
}

const list = (values: Iterable<string>) => [...values].join(', ');

/** References from one data file to another, e.g. a person's organisation. */
export function checkDataReferences(data: DataFiles): string[] {
  const known = knownIds(data);
  const rules: { source: keyof DataFiles; field: string; target: keyof DataFiles }[] = [
    { source: 'people', field: 'organisation', target: 'organisations' },
    { source: 'people', field: 'phone', target: 'phoneNumbers' },
    { source: 'organisations', field: 'phone', target: 'phoneNumbers' },
    { source: 'organisations', field: 'website', target: 'links' },
    { source: 'phoneNumbers', field: 'replacedBy', target: 'phoneNumbers' },
  ];
  const errors: string[] = [];
  for (const { source, field, target } of rules) {
    for (const entry of parseYamlEntries(data[source].text)) {
      const reference = entry.fields.get(field);
      if (!reference || reference.value === null || reference.value === undefined) continue;
      const targetIds = known[target];
      if (!targetIds.has(String(reference.value))) {
        errors.push(
          `${data[source].file}, rad ${reference.line}: ${entry.id} har ${field}: "${String(reference.value)}", men det id:t finns inte i ${data[target].file}. Förväntat: ett av ${list(targetIds.keys())}.`,
        );
      }
    }
  }
  return errors;
}

/**
 * The ids a reader can jump to on a page: headings, <Action id>, explicit ids, the layout's, and on a page with
 * <StepByStep> each step's id from content/steps.yaml.
 */
export function anchorsOf(page: ParsedPage, stepIds: readonly string[] = []): Set<string> {
  const anchors = new Set(LAYOUT_IDS);
  let inCode = false;
  for (const { text } of page.lines) {
    if (/^\s*(```|~~~)/.test(text)) inCode = !inCode;
    if (inCode) continue;
    const heading = /^#{2,3}\s+(.+?)\s*#*\s*$/.exec(text);
    if (heading) anchors.add(sectionSlug(plainText(heading[1])));
    // Data components (<Phone id>) name an entry, not an anchor; <Action id> and HTML ids are anchors.
    for (const match of text.matchAll(/<(?:Action|[a-z][a-z0-9]*)\b[^>]*\bid=["']([^"']+)["']/g)) anchors.add(match[1]);
    for (const [component, ids] of Object.entries(COMPONENT_IDS)) {
      if (text.includes(`<${component}`)) ids.forEach((id) => anchors.add(id));
    }
    if (text.includes('<StepByStep')) stepIds.forEach((id) => anchors.add(id));
  }
  return anchors;
}

function plainText(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
}

interface FoundLink {
  line: number;
  target: string;
  text: string | null;
}

function linksOf(page: ParsedPage): FoundLink[] {
  const found: FoundLink[] = [];
  let inCode = false;
  for (const { line, text } of page.lines) {
    if (/^\s*(```|~~~)/.test(text)) inCode = !inCode;
    if (inCode) continue;
    for (const match of text.matchAll(/(?<!!)\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g)) {
      found.push({ line, target: match[2], text: match[1] });
    }
    for (const match of text.matchAll(/<a\b[^>]*\bhref=["']([^"']*)["'][^>]*>([\s\S]*?)<\/a>/g)) {
      found.push({ line, target: match[1], text: plainText(match[2]) });
    }
    for (const match of text.matchAll(/<ExternalLink\b[^>]*>([^<]*)<\/ExternalLink>/g)) {
      found.push({ line, target: '', text: match[1] });
    }
  }
  return found;
}

function externalUrlsOf(page: ParsedPage): { line: number; url: string }[] {
  const found: { line: number; url: string }[] = [];
  let inCode = false;
  for (const { line, text } of page.lines) {
    if (/^\s*(```|~~~)/.test(text)) inCode = !inCode;
    if (inCode) continue;
    for (const match of text.matchAll(/\b(?:https?|ftp):\/\/[^\s)"'<>\]]+/gi)) found.push({ line, url: match[0].replace(/[.,;:!?]+$/, '') });
  }
  return found;
}

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');

/** All checks on pages, given the data files they refer to. Returns Swedish messages, in file order. */
export function checkPages(pageFiles: SourceFile[], data: DataFiles, stepIds: readonly string[] = []): string[] {
  const known = knownIds(data);
  const pages = pageFiles.map(parsePage);
  const byPath = new Map(pages.map((page) => [pagePath(page.id), page]));
  const registered = new Set([...known.links.values()].map(withoutTrailingSlash));
  const errors: string[] = [];
  const edges = new Map<string, Set<string>>();
  // A page's anchors are read once, however many links point into it.
  const anchorCache = new Map<ParsedPage, Set<string>>();
  const cachedAnchorsOf = (target: ParsedPage) => {
    let anchors = anchorCache.get(target);
    if (!anchors) anchorCache.set(target, (anchors = anchorsOf(target, stepIds)));
    return anchors;
  };

  for (const page of pages) {
    const at = (line: number) => `${page.file}, rad ${line}`;
    const outgoing = new Set<string>();
    edges.set(page.file, outgoing);

    const owner = page.data.owner;
    if (typeof owner === 'string' && !known.people.has(owner)) {
      errors.push(
        `${at(page.fieldLines.get('owner') ?? 1)}: owner: "${owner}" finns inte i ${data.people.file}. Förväntat: ett av ${list(known.people)}.`,
      );
    }

    let inCode = false;
    for (const { line, text } of page.lines) {
      if (/^\s*(```|~~~)/.test(text)) inCode = !inCode;
      if (inCode) continue;

      for (const match of text.matchAll(/<([A-Z][A-Za-z0-9]*)\b([^>]*)>?/g)) {
        const [, name, attributes] = match;
        if (!(name in ID_COMPONENTS)) {
          errors.push(`${at(line)}: komponenten <${name}> finns inte. Förväntat: en av ${list(Object.keys(ID_COMPONENTS).map((c) => `<${c}>`))}.`);
          continue;
        }
        const rule = ID_COMPONENTS[name];
        if (!rule) continue;
        const value = new RegExp(`\\b${rule.attribute}=["']([^"']*)["']`).exec(attributes)?.[1];
        const ids = known[rule.collection];
        if (value === undefined) {
          errors.push(`${at(line)}: <${name}> saknar ${rule.attribute}="…". Förväntat: ett id från ${data[rule.collection].file}, till exempel <${name} ${rule.attribute}="${[...ids.keys()][0]}" />.`);
        } else if (!ids.has(value)) {
          errors.push(`${at(line)}: <${name} ${rule.attribute}="${value}" /> – id:t "${value}" finns inte i ${data[rule.collection].file}. Förväntat: ett av ${list(ids.keys())}.`);
        }
      }

      for (const match of text.matchAll(/!\[([^\]]*)\]\(([^)]*)\)/g)) {
        if (!match[1].trim()) {
          errors.push(`${at(line)}: bilden ${match[2].trim()} saknar alt-text. Förväntat: en text mellan hakparenteserna som säger vad bilden visar, till exempel ![Karta över Sverige](${match[2].trim()}).`);
        }
      }
      for (const match of text.matchAll(/<img\b[^>]*>/gi)) {
        const alt = /\balt=["']([^"']*)["']/i.exec(match[0])?.[1];
        if (!alt?.trim()) {
          errors.push(`${at(line)}: bilden ${match[0]} saknar alt-text. Förväntat: alt="…" som säger vad bilden visar.`);
        }
      }
    }

    for (const { line, url } of externalUrlsOf(page)) {
      if (!/^https:\/\//i.test(url)) {
        errors.push(`${at(line)}: länken ${url} är inte https. Förväntat: en https-adress från ${data.links.file}, helst som <ExternalLink id="…" />.`);
      } else if (!registered.has(withoutTrailingSlash(url))) {
        errors.push(`${at(line)}: länken ${url} finns inte i länkregistret ${data.links.file}. Förväntat: lägg till adressen där med källa och datum (checked) och länka med <ExternalLink id="…" />.`);
      }
    }

    for (const { line, target, text } of linksOf(page)) {
      if (text !== null && isVagueLinkText(text)) {
        errors.push(`${at(line)}: länktexten "${text.trim()}" säger inte vart länken leder. Förväntat: en text som beskriver målet, till exempel "Så gör du en polisanmälan".`);
      }
      if (target.toLowerCase().startsWith('mailto:')) {
        const address = decodeURIComponent(target.slice('mailto:'.length).split('?')[0]);
        if (!isEmail(address)) {
          errors.push(`${at(line)}: e-postadressen "${address}" är inte giltig. Förväntat: en adress som namn@exempel.se.`);
        }
        continue;
      }
      if (!target.startsWith('/') && !target.startsWith('#')) continue;
      const [pathPart, anchor] = target.split('#') as [string, string | undefined];
      const targetPath = pathPart === '' ? pagePath(page.id) : pathPart;
      const targetPage = byPath.get(targetPath) ?? byPath.get(`${targetPath}/`);
      if (!targetPage) {
        errors.push(`${at(line)}: länken ${target} går till en sida som inte finns. Förväntat: en av ${list(byPath.keys())}.`);
        continue;
      }
      if (!targetPath.endsWith('/')) {
        errors.push(`${at(line)}: länken ${target} saknar / på slutet. Förväntat: ${pagePath(targetPage.id)}${anchor ? `#${anchor}` : ''}.`);
      }
      outgoing.add(targetPage.file);
      if (anchor !== undefined) {
        const anchors = cachedAnchorsOf(targetPage);
        if (!anchors.has(anchor)) {
          errors.push(`${at(line)}: länken ${target} går till avsnittet #${anchor}, som inte finns på ${targetPage.file}. Förväntat: ett av ${list([...anchors].map((a) => `#${a}`))}.`);
        }
      }
    }
  }

  errors.push(...checkDuplicates(pages));
  errors.push(...checkReachable(pages, edges));
  return errors;
}

function checkDuplicates(pages: ParsedPage[]): string[] {
  const errors: string[] = [];
  const seen = { title: new Map<string, ParsedPage>(), address: new Map<string, ParsedPage>() };
  for (const page of pages) {
    if (typeof page.data.title === 'string') {
      const key = page.data.title.trim().toLowerCase();
      const other = seen.title.get(key);
      if (other) {
        errors.push(`${page.file}, rad ${page.fieldLines.get('title') ?? 1}: titeln "${page.data.title}" används redan av ${other.file}. Förväntat: en unik titel (title) för varje sida.`);
      } else seen.title.set(key, page);
    }
    const address = pagePath(page.id);
    const other = seen.address.get(address);
    if (other) {
      errors.push(`${page.file}: adressen ${address} används redan av ${other.file}. Förväntat: ett unikt filnamn (eller slug) för varje sida.`);
    } else seen.address.set(address, page);
  }
  return errors;
}

/** A page is reached when it is in the menu (navOrder) or linked from a page that is reached. */
function checkReachable(pages: ParsedPage[], edges: Map<string, Set<string>>): string[] {
  const reached = new Set(pages.filter((page) => page.data.navOrder !== undefined && page.data.navOrder !== null).map((page) => page.file));
  const queue = [...reached];
  // An index instead of queue.shift(), which may copy the rest of the queue on every call.
  for (let index = 0; index < queue.length; index++) {
    for (const next of edges.get(queue[index]) ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  return pages
    .filter((page) => !reached.has(page.file))
    .map(
      (page) =>
        `${page.file}: ingen meny och ingen annan sida leder till sidan ${pagePath(page.id)}. Förväntat: ange navOrder (platsen i menyn) i sidans frontmatter, eller länka till ${pagePath(page.id)} från en sida som finns i menyn.`,
    );
}

/** Everything in one list: the build stops on the first non-empty result. */
export function checkContent(pageFiles: SourceFile[], data: DataFiles, stepIds: readonly string[] = []): string[] {
  return [...checkDataReferences(data), ...checkPages(pageFiles, data, stepIds)];
}

export const CONTENT_ERROR_HEADING = 'Innehållet har fel som måste rättas innan webbplatsen kan byggas';

/** The one message the build stops with. */
export function formatContentErrors(errors: string[]): string {
  return `${CONTENT_ERROR_HEADING} (${errors.length} st). Inga filer har ändrats.\n${errors.map((error) => `  - ${error}`).join('\n')}`;
}
