// `npm run check:sources`: fetches every web address in the data files and checks that each source still says what
// the guide relies on (the optional field `expect`). It only reports: it never changes a file and never sets
// `checked`, which stays the day a person compared the fact with its source.
import type { DataEntry } from '../content-pipeline/parse.ts';

/** One address to fetch, with the entries that rely on it and the texts they expect it to contain. */
export interface SourceTarget {
  url: string;
  /** Where the address is written: "content/links/brottsofferjouren.yaml". */
  usedBy: string[];
  expects: string[];
}

export type SourceStatus =
  | { kind: 'ok'; httpStatus: number }
  | { kind: 'moved'; httpStatus: number; location: string }
  | { kind: 'gone'; httpStatus: number }
  | { kind: 'unreachable'; reason: string }
  | { kind: 'changed'; httpStatus: number; missing: string[] }
  | { kind: 'no-address'; missing: string[] };

export interface SourceResult {
  target: SourceTarget;
  status: SourceStatus;
}

/** Fields that hold a web address to fetch: a link's `url` and any entry's `sourceUrl`. */
const URL_FIELDS = ['url', 'sourceUrl'];

/** Every web address in the data entries, once each, with who uses it and what it must still contain. */
export function collectSources(entries: Pick<DataEntry, 'file' | 'value'>[]): {
  targets: SourceTarget[];
  withoutAddress: SourceResult[];
} {
  const byUrl = new Map<string, SourceTarget>();
  const withoutAddress: SourceResult[] = [];
  for (const { file, value } of entries) {
    if (!value || typeof value !== 'object') continue;
    const fields = new Map(Object.entries(value));
    const expect = fields.get('expect');
    const expects = typeof expect === 'string' && expect.trim() ? [expect.trim()] : [];
    const urls = URL_FIELDS.map((field) => fields.get(field)).filter(
      (url): url is string => typeof url === 'string' && /^https?:\/\//.test(url),
    );
    if (urls.length === 0 && expects.length > 0) {
      withoutAddress.push({
        target: { url: '', usedBy: [file], expects },
        status: { kind: 'no-address', missing: expects },
      });
    }
    for (const url of urls) {
      const target = byUrl.get(url) ?? { url, usedBy: [], expects: [] };
      target.usedBy.push(file);
      // The expected text belongs to the source: a link's own page, or the entry's sourceUrl.
      if (url === fields.get('sourceUrl') || !fields.has('sourceUrl')) target.expects.push(...expects);
      byUrl.set(url, target);
    }
  }
  return { targets: [...byUrl.values()], withoutAddress };
}

/** Text as a reader sees it, for comparing with `expect`: tags dropped, entities and all white space made plain. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[\s\u00a0]+/g, ' ');
}

const normalise = (text: string) =>
  text
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[\u2010\u2011]/g, '-')
    .trim()
    .toLowerCase();

export interface CheckOptions {
  /** How long one address may take, in milliseconds, before it counts as unreachable. */
  timeoutMs: number;
  /** How many addresses are fetched at the same time. */
  concurrency: number;
  /** At most this many bytes of a page are read when looking for expected text. */
  maxBytes?: number;
}

async function readLimited(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < maxBytes) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await reader.cancel().catch(() => undefined);
  return new TextDecoder().decode(Buffer.concat(chunks).subarray(0, maxBytes));
}

/** Fetches one address without following redirects, so a moved page is reported with its new address. */
export async function checkSource(target: SourceTarget, options: CheckOptions): Promise<SourceResult> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let response: Response;
  try {
    response = await fetch(target.url, {
      redirect: 'manual',
      signal,
      headers: { 'user-agent': 'stod-fortroendevalda check:sources', accept: 'text/html,*/*' },
    });
  } catch (error) {
    const reason = signal.aborted
      ? `inget svar inom ${Math.round(options.timeoutMs / 1000)} s`
      : String((error as Error).cause ?? (error as Error).message);
    return { target, status: { kind: 'unreachable', reason } };
  }
  const httpStatus = response.status;
  if (httpStatus >= 300 && httpStatus < 400) {
    await response.body?.cancel().catch(() => undefined);
    const location = response.headers.get('location');
    return {
      target,
      status: {
        kind: 'moved',
        httpStatus,
        location: location ? new URL(location, target.url).href : '(ingen ny adress angiven)',
      },
    };
  }
  if (httpStatus >= 400) {
    await response.body?.cancel().catch(() => undefined);
    return { target, status: { kind: 'gone', httpStatus } };
  }
  if (target.expects.length === 0) {
    await response.body?.cancel().catch(() => undefined);
    return { target, status: { kind: 'ok', httpStatus } };
  }
  let body: string;
  try {
    body = await readLimited(response, options.maxBytes ?? 5_000_000);
  } catch {
    return {
      target,
      status: {
        kind: 'unreachable',
        reason: `sidan kom inte fram helt inom ${Math.round(options.timeoutMs / 1000)} s`,
      },
    };
  }
  const text = normalise(visibleText(body));
  const missing = target.expects.filter((expected) => !text.includes(normalise(expected)));
  return { target, status: missing.length > 0 ? { kind: 'changed', httpStatus, missing } : { kind: 'ok', httpStatus } };
}

/** Checks every address, at most `concurrency` at a time, and keeps the order of the data files. */
export async function checkSources(targets: SourceTarget[], options: CheckOptions): Promise<SourceResult[]> {
  const results: SourceResult[] = new Array(targets.length);
  let next = 0;
  const worker = async () => {
    while (next < targets.length) {
      const index = next++;
      results[index] = await checkSource(targets[index], options);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, targets.length)) }, worker));
  return results;
}

export const needsPerson = (result: SourceResult) => result.status.kind !== 'ok';

function describe(status: SourceStatus): { label: string; todo: string } {
  switch (status.kind) {
    case 'ok':
      return { label: `OK (${status.httpStatus})`, todo: '' };
    case 'moved':
      return {
        label: `Flyttad (${status.httpStatus})`,
        todo: `Ny adress: ${status.location}. Kontrollera sidan och byt adress i filen.`,
      };
    case 'gone':
      return {
        label: `Borta (${status.httpStatus})`,
        todo: 'Sidan finns inte längre. Leta upp den nya sidan eller ta bort uppgiften.',
      };
    case 'unreachable':
      return { label: 'Nås inte', todo: `${status.reason}. Försök igen senare, eller öppna adressen i en webbläsare.` };
    case 'changed':
      return {
        label: `Ändrad (${status.httpStatus})`,
        todo: `Texten ${status.missing.map((text) => `”${text}”`).join(', ')} finns inte längre på sidan. Läs källan och rätta uppgiften.`,
      };
    case 'no-address':
      return {
        label: 'Saknar adress',
        todo: `expect (${status.missing.map((text) => `”${text}”`).join(', ')}) kan inte kontrolleras: ange url eller sourceUrl.`,
      };
  }
}

/** A table in Swedish with one row per address, and a closing line that says what to do. */
export function formatSourceReport(results: SourceResult[]): string {
  const header = ['Status', 'Adress', 'Används i', 'Vad du gör'];
  const rows = results.map(({ target, status }) => {
    const { label, todo } = describe(status);
    return [label, target.url || '–', target.usedBy.join(', '), todo];
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.slice(0, 200).map((row) => Math.min(row[column].length, 60))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column])))
      .join(' | ')
      .trimEnd();
  const attention = results.filter(needsPerson).length;
  return [
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    '',
    attention === 0
      ? `Alla ${results.length} adresser svarar och innehåller det som väntas. Ingen fil har ändrats.`
      : `${attention} av ${results.length} adresser behöver en person. Ingen fil har ändrats: rätta uppgifterna själv och skriv dagens datum i checked först när du har läst källan.`,
  ].join('\n');
}
