// The one format of every content error: the file, the line, what is wrong and what is expected, in Swedish.

export interface ContentError {
  /** Relative to the project root, e.g. content/pages/polisanmalan.mdx. */
  file: string;
  /** The line the editor should look at; left out when the problem is the whole file. */
  line?: number;
  /** With `line`, a range such as the frontmatter's lines 1–9. */
  endLine?: number;
  column?: number;
  /** What the range is, e.g. "frontmatter". */
  part?: string;
  /** The entry in a YAML file, e.g. greta-berg. */
  entry?: string;
  /** What is wrong. */
  problem: string;
  /** What the build expects instead. */
  expected: string;
}

const CONTENT_ERROR_HEADING = 'BYGGET STOPPADES';

/** "content/people/greta-berg.yaml, rad 15", or "content/search-synonyms.yaml, rad 4 (posten snut)" */
function errorLocation(error: ContentError): string {
  let where = error.file;
  if (error.line !== undefined) {
    where += `, rad ${error.line}${error.endLine !== undefined && error.endLine !== error.line ? `–${error.endLine}` : ''}`;
    if (error.column !== undefined) where += `, tecken ${error.column}`;
    if (error.part) where += ` (${error.part})`;
  }
  if (error.entry) where += ` (posten ${error.entry})`;
  return where;
}

// A closing parenthesis ends a sentence only after its own full stop: "(och 30 till)" still gets one.
const sentence = (text: string) => (/[.!?]\)?$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** One line for one error. */
export function formatContentError(error: ContentError): string {
  return `${errorLocation(error)}: ${sentence(error.problem)} Förväntat: ${sentence(error.expected)}`;
}

/** Errors in the order an editor reads them: by file, then by line. */
export function sortErrors(errors: ContentError[]): ContentError[] {
  return [...errors].sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
}

/** The block the build ends with when the content has errors. */
export function formatContentErrors(errors: ContentError[], during: 'build' | 'preview' = 'build'): string {
  const next =
    during === 'build'
      ? [
          'Dina filer har inte ändrats, och den förra byggda webbplatsen i dist/ finns kvar.',
          'Rätta felen och kör npm run build igen. Förklaringar finns i content/README.md.',
        ]
      : [
          'Dina filer har inte ändrats. Rätta felen och spara, så visas sidan igen. Förklaringar finns i content/README.md.',
        ];
  return [
    '',
    '══════════════════════════════════════════════════════════════',
    `${CONTENT_ERROR_HEADING}: ${errors.length === 1 ? 'ett fel' : `${errors.length} fel`} i innehållet att rätta.`,
    ...sortErrors(errors).map((error) => `  - ${formatContentError(error)}`),
    '',
    ...next,
    '══════════════════════════════════════════════════════════════',
  ].join('\n');
}

/** Splits a schema message written as "what is wrong. Förväntat: what is expected." */
export function splitMessage(message: string): { problem: string; expected: string } | null {
  const at = message.indexOf(' Förväntat: ');
  if (at < 0) return null;
  return { problem: message.slice(0, at), expected: message.slice(at + ' Förväntat: '.length).replace(/\.$/, '') };
}

/** The ids that exist, for "Förväntat: ett av …". Long lists are cut so the message stays readable. */
export function oneOf(values: Iterable<string>, max = 12): string {
  const all = [...values];
  return `ett av ${all.slice(0, max).join(', ')}${all.length > max ? ` (och ${all.length - max} till)` : ''}`;
}
