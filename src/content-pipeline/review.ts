// Finds pages and facts whose review or check date is older than a given age, for `npm run review` and the build.
import type { DataCollection } from './files.ts';
import { parseDataFiles, parsePage, type SourceFile } from './parse.ts';
import { editionOfId } from '../i18n/index.ts';

export const DEFAULT_MAX_AGE_MONTHS = 12;

export interface StaleItem {
  file: string;
  line: number;
  /** What the item is, in Swedish: "sida", "telefonnummer", … */
  kind: string;
  id: string;
  /** The title or name an editor recognises. */
  label: string;
  field: 'reviewed' | 'checked';
  date: Date;
}

/** The data files whose entries carry `checked`. */
export type CheckedFiles = Partial<Record<DataCollection, SourceFile[]>>;

const KINDS: Partial<Record<DataCollection, { kind: string; labelField: string }>> = {
  people: { kind: 'person', labelField: 'name' },
  organisations: { kind: 'organisation', labelField: 'name' },
  phoneNumbers: { kind: 'telefonnummer', labelField: 'number' },
  links: { kind: 'länk', labelField: 'url' },
};

function toDate(value: unknown): Date | null {
  if (value instanceof Date) return value;
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The day before which a review or check counts as stale. */
function cutoffDate(now: Date, maxAgeMonths: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - maxAgeMonths);
  return cutoff;
}

export function findStale(
  pageFiles: SourceFile[],
  data: CheckedFiles,
  now: Date,
  maxAgeMonths = DEFAULT_MAX_AGE_MONTHS,
): StaleItem[] {
  const cutoff = cutoffDate(now, maxAgeMonths);
  const stale: StaleItem[] = [];
  for (const source of pageFiles) {
    const { page } = parsePage(source);
    const date = toDate(page.frontmatter?.reviewed);
    // A page without a valid date is the schema's error, not a review item.
    if (date && date < cutoff) {
      stale.push({
        file: page.file,
        line: page.lineOf(['reviewed']) ?? 1,
        kind: 'sida',
        id: page.id,
        label: String(page.frontmatter?.title ?? page.id),
        field: 'reviewed',
        date,
      });
    }
  }
  for (const [collection, { kind, labelField }] of Object.entries(KINDS) as [
    DataCollection,
    { kind: string; labelField: string },
  ][]) {
    const sources = data[collection];
    if (!sources) continue;
    for (const entry of parseDataFiles(collection, sources).data.entries) {
      const fields = (entry.value ?? {}) as Record<string, unknown>;
      const date = toDate(fields.checked);
      if (date && date < cutoff) {
        stale.push({
          file: entry.file,
          line: entry.lineOf(['checked']),
          kind,
          id: entry.id,
          label: String(fields[labelField] ?? entry.id),
          field: 'checked',
          date,
        });
      }
    }
  }
  return stale;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export function formatStaleReport(items: StaleItem[], now: Date, maxAgeMonths: number): string {
  const cutoff = isoDay(cutoffDate(now, maxAgeMonths));
  if (!items.length) return `Allt är granskat eller kontrollerat efter ${cutoff} (senaste ${maxAgeMonths} månaderna).`;
  const lines = items.map(
    (item) =>
      `  - ${item.file}, rad ${item.line}: ${item.kind} ${item.id} (${item.label}), ${item.field}: ${isoDay(item.date)}`,
  );
  return [
    `${items.length} sidor och uppgifter har inte granskats eller kontrollerats sedan ${cutoff} (äldre än ${maxAgeMonths} månader):`,
    ...lines,
    'Kontrollera varje uppgift mot källan (source) och skriv dagens datum i reviewed (sidor) eller checked (uppgifter).',
  ].join('\n');
}

/** `--months=6` (given as `flag`) or REVIEW_MAX_AGE_MONTHS=6; the default is 12 months. */
export function maxAgeMonths(flag: string | undefined, env: Record<string, string | undefined>): number {
  const raw = flag ?? env.REVIEW_MAX_AGE_MONTHS;
  const months = raw === undefined ? DEFAULT_MAX_AGE_MONTHS : Number(raw);
  if (!Number.isInteger(months) || months < 0) {
    throw new Error(`Ogiltig ålder "${raw}": ange antal månader som ett heltal, till exempel --months=12.`);
  }
  return months;
}

/** A Lättläst or English page whose Swedish original was changed after the version was last reviewed. */
export interface OutdatedVersion {
  file: string;
  /** The line of `reviewed` in the version's frontmatter. */
  line: number;
  id: string;
  reviewed: Date;
  /** The Swedish pages changed since then, with the day of their change. */
  changed: { id: string; file: string; updated: Date }[];
}

/**
 * Versions to bring in step: a page under content/pages/lattlast/ or content/pages/en/ whose `original` or
 * `basedOn` page has an `updated` date after the version's `reviewed`.
 */
export function findOutdatedVersions(pageFiles: SourceFile[]): OutdatedVersion[] {
  const pages = pageFiles.map((source) => parsePage(source).page);
  const byId = new Map(pages.map((page) => [page.id, page]));
  const outdated: OutdatedVersion[] = [];
  for (const page of pages) {
    if (editionOfId(page.id) === 'sv' || !page.frontmatter) continue;
    const reviewed = toDate(page.frontmatter.reviewed);
    if (!reviewed) continue;
    const originals = [
      page.frontmatter.original,
      ...(Array.isArray(page.frontmatter.basedOn) ? page.frontmatter.basedOn : []),
    ].filter((id): id is string => typeof id === 'string');
    const changed = originals.flatMap((id) => {
      const original = byId.get(id);
      const updated = toDate(original?.frontmatter?.updated);
      return original && updated && updated > reviewed ? [{ id, file: original.file, updated }] : [];
    });
    if (changed.length)
      outdated.push({ file: page.file, line: page.lineOf(['reviewed']) ?? 1, id: page.id, reviewed, changed });
  }
  return outdated;
}

export function formatOutdatedVersions(items: OutdatedVersion[]): string {
  if (!items.length)
    return 'Lättläst och engelska sidor: alla är granskade efter den senaste ändringen av sina svenska original.';
  return [
    `${items.length} lättlästa eller engelska sidor har inte granskats sedan deras svenska original ändrades:`,
    ...items.map(
      (item) =>
        `  - ${item.file}, rad ${item.line}: ${item.id} granskades ${isoDay(item.reviewed)}, men ${item.changed.map((changed) => `${changed.file} ändrades ${isoDay(changed.updated)}`).join(' och ')}`,
    ),
    'Jämför versionen med originalet, ändra det som behövs och skriv dagens datum i reviewed (och i updated om du ändrade texten).',
  ].join('\n');
}
