// `npm run lint:spell`: Swedish spell check (English for the English version) of the pages, the text fields of the data files and the strings in
// components, with cspell's engine and its Swedish dictionary plus the project's word list content/ordlista.txt.
// Prints one Swedish line per unknown word (file, line, word) and exits 1 when there is one. Changes no file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spellCheckDocument, type CSpellUserSettings } from 'cspell-lib';
import { mdxProse, yamlProse } from './spell-text.ts';
import { DATA_DIRS } from '../content-pipeline/files.ts';
import { astroProse, typescriptProse } from './prose-scanner.ts';

export const WORD_LIST = 'content/ordlista.txt';

/** What is checked, relative to the project root. The search synonyms hold readers' own spellings on purpose. */
const SOURCES: { folder: string; pattern: RegExp; prose: (text: string) => string; language?: 'en' }[] = [
  { folder: 'content/pages', pattern: /\.mdx?$/, prose: mdxProse },
  ...Object.values(DATA_DIRS).map((folder) => ({ folder, pattern: /\.yaml$/, prose: yamlProse })),
  // The English words of steps and numbers (en: in content/steps/ and content/phone-numbers/).
  ...[DATA_DIRS.steps, DATA_DIRS.phoneNumbers].map((folder) => ({
    folder,
    pattern: /\.yaml$/,
    prose: (text: string) => yamlProse(text, 'en'),
    language: 'en' as const,
  })),
  { folder: 'src/components', pattern: /\.astro$/, prose: astroProse },
  { folder: 'src/components', pattern: /\.ts$/, prose: typescriptProse },
  { folder: 'src/pages', pattern: /\.astro$/, prose: astroProse },
  { folder: 'src/layouts', pattern: /\.astro$/, prose: astroProse },
  { folder: 'src/i18n', pattern: /\.ts$/, prose: typescriptProse },
];

/** English pages (content/pages/en/) and the English dictionary of the interface (en.ts) are checked in English. */
export function languageOf(file: string): 'sv' | 'en' {
  return /^content\/pages\/en\//.test(file) || /(^|\/)en\.ts$/.test(file) ? 'en' : 'sv';
}

function filesIn(root: string, folder: string, pattern: RegExp, recursive: boolean): string[] {
  return (readdirSync(join(root, folder), { recursive }) as string[])
    .map((name) => name.split(sep).join('/'))
    .filter((name) => pattern.test(name))
    .map((name) => `${folder}/${name}`)
    .sort();
}

export interface SpellIssue {
  file: string;
  line: number;
  word: string;
}

export async function spellCheck(root: string): Promise<{ files: number; issues: SpellIssue[] }> {
  // English pages name Swedish things (förtroendevald, Brottsofferjouren), so both dictionaries apply there.
  const settingsFor = (language: 'sv' | 'en'): CSpellUserSettings => ({
    language: language === 'en' ? 'en,sv' : 'sv',
    import: [fileURLToPath(import.meta.resolve('@cspell/dict-sv/cspell-ext.json'))],
    dictionaryDefinitions: [{ name: 'ordlista', path: join(root, WORD_LIST) }],
    dictionaries: ['ordlista'],
    // Abbreviations in capitals (SKR, DIGG, WCAG) are names, not misspellings.
    ignoreRegExpList: ['/\\b[A-ZÅÄÖ]{2,}s?\\b/g'],
  });
  const issues: SpellIssue[] = [];
  let files = 0;
  for (const { folder, pattern, prose, language: sourceLanguage } of SOURCES) {
    if (!existsSync(join(root, folder))) continue;
    for (const file of filesIn(root, folder, pattern, true)) {
      files++;
      const text = prose(readFileSync(join(root, file), 'utf8'));
      if (sourceLanguage && !/\p{L}/u.test(text)) continue;
      if (!sourceLanguage) files++;
      const language = sourceLanguage ?? languageOf(file);
      const result = await spellCheckDocument(
        {
          uri: pathToFileURL(join(root, file)).href,
          text,
          languageId: 'plaintext',
          locale: language === 'en' ? 'en,sv' : 'sv',
        },
        { generateSuggestions: false, noConfigSearch: true },
        settingsFor(language),
      );
      for (const error of result.errors ?? [])
        throw new Error(`Stavningskontrollen kunde inte läsa ${file}: ${error.message}`);
      for (const issue of result.issues) {
        issues.push({ file, line: text.slice(0, issue.offset).split('\n').length, word: issue.text });
      }
    }
  }
  return { files, issues };
}

/** One Swedish line per unknown word, for the editor. */
export function formatIssue({ file, line, word }: SpellIssue): string {
  return `${file}, rad ${line}: okänt ord ”${word}”.`;
}

if (import.meta.main) {
  const root = process.cwd();
  const { files, issues } = await spellCheck(root);
  if (issues.length === 0) {
    console.log(`Stavningskontrollen: inga okända ord i ${files} filer.`);
  } else {
    for (const issue of issues) console.error(formatIssue(issue));
    console.error(
      `\nStavningskontrollen hittade ${issues.length === 1 ? 'ett okänt ord' : `${issues.length} okända ord`}. ` +
        `Rätta stavningen. Är ordet rätt (ett namn eller en fackterm som du har slagit upp), lägg till det på en egen rad i ${WORD_LIST}.`,
    );
    process.exitCode = 1;
  }
}
