// `npm run build`: builds into a temporary folder and replaces dist/ only when the whole build succeeded,
// so a failed build never leaves a half-built site where the last good one was. On failure it ends with a
// Swedish summary that names the file and line, since Astro's own schema errors are in English and lack lines.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONTENT_ERROR_HEADING, parsePage, parseYamlEntries } from '../lib/content-checks.ts';
import { DATA_FILES } from '../lib/data-files.ts';

const root = process.cwd();
const outDir = 'dist';
const newDir = '.dist-new';
const oldDir = '.dist-old';

const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

const COLLECTION_FILES: Record<string, string> = DATA_FILES;

/** Turns Astro's schema error ("pages → polisanmalan data does not match collection schema") into lines with file and line. */
function explainSchemaError(log: string): string[] | null {
  const header = /\[InvalidContentEntryDataError\] (\w+) → (\S+) data does not match collection schema\./.exec(log);
  if (!header) return null;
  const [, collection, id] = header;
  const after = log.slice(header.index + header[0].length);
  const issues = [...after.split(/\n\s*Hint:/)[0].matchAll(/^\s+([\w.]+): (.+)$/gm)].map((m) => ({ field: m[1].split('.')[0], message: m[2] }));
  const location = /Location:\s*\n\s*(\S+?):\d+:\d+/.exec(after)?.[1];
  const file = location ? relative(root, location) : (COLLECTION_FILES[collection] ?? `content/${collection}`);
  const text = existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : '';

  let lineOf = (_field: string): number | undefined => undefined;
  if (collection === 'pages') {
    const page = parsePage({ file, text });
    lineOf = (field) => page.fieldLines.get(field);
  } else {
    const entry = parseYamlEntries(text).find((candidate) => candidate.id === id);
    lineOf = (field) => entry?.fields.get(field)?.line ?? entry?.line;
  }
  return issues.map(({ field, message }) => {
    const line = lineOf(field);
    const frontmatterEnd = collection === 'pages' ? (parsePage({ file, text }).lines[0]?.line ?? 2) - 1 : 0;
    const where = line ? `rad ${line}` : collection === 'pages' ? `rad 1–${frontmatterEnd} (frontmatter)` : `posten ${id}`;
    const entry = collection === 'pages' ? '' : ` (posten ${id})`;
    return `${file}, ${where}${entry}: ${message}`;
  });
}

const readProjectFile = (file: string) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : '');

/** Turns Astro's "Invalid content reference" (an id in one data file that another does not have) into file and line. */
function explainReferenceError(log: string): string[] | null {
  const match =
    /Invalid content reference: entry "(.+?)" in collection "(\w+)" \(field: (.+?)\) references "(.+?)" in collection "(\w+)", but that entry does not exist\./.exec(
      log,
    );
  if (!match) return null;
  const [, id, collection, field, value, target] = match;
  const file = COLLECTION_FILES[collection] ?? `content/${collection}`;
  const targetFile = COLLECTION_FILES[target] ?? `content/${target}`;
  const entry = parseYamlEntries(readProjectFile(file)).find((candidate) => candidate.id === id);
  const line = entry?.fields.get(field.replace(/\[\d+\]$/, ''))?.line ?? entry?.line;
  const known = parseYamlEntries(readProjectFile(targetFile)).map((candidate) => candidate.id);
  return [
    `${file}, ${line ? `rad ${line}` : `posten ${id}`} (posten ${id}): fältet ${field} pekar på "${value}", som inte finns i ${targetFile}. Förväntat: ett av ${known.join(', ')}.`,
  ];
}

function explainContentErrors(log: string): string[] | null {
  const start = log.indexOf(CONTENT_ERROR_HEADING);
  if (start < 0) return null;
  const lines = log.slice(start).split('\n');
  const items: string[] = [];
  for (const line of lines.slice(1)) {
    if (!line.startsWith('  - ')) break;
    items.push(line.slice(4));
  }
  return items;
}

/** Syntax errors in YAML or MDX, and anything else: Astro's message with a Swedish explanation where we know the cause. */
function explainOtherError(log: string): string[] {
  const locationMatch = /^(.*)\n\s*Location:\s*\n\s*(\S+?)(?::(\d+):(\d+))?\s*$/m.exec(log);
  const astroMessage =
    locationMatch?.[1].trim().replace(/^\d+:\d+: /, '') ||
    /^\S*\s*\[ERROR\] (?:\[[^\]]+\] )?(.+)$/m.exec(log)?.[1] ||
    'okänt fel, se utskriften ovan';
  const path = locationMatch?.[2];
  const inProject = path && path.startsWith(root) && !path.includes('node_modules');
  const where = inProject ? `${relative(root, path)}, rad ${locationMatch[3] ?? '?'}, tecken ${locationMatch[4] ?? '?'}: ` : '';
  let explanation = '';
  if (/YAML|mapping|indentation|duplicated|can not read|end of the stream/i.test(astroMessage)) {
    explanation =
      'Raden går inte att läsa som YAML. Vanligaste orsaken är ett kolon (:) eller citattecken i ett värde. Förväntat: sätt värdet inom citattecken, till exempel title: "Polisanmälan: så gör du", och använd två mellanslag för indrag.';
  } else if (/closing tag|mdx-jsx|jsx|Unexpected character|Could not parse/i.test(astroMessage)) {
    explanation =
      'MDX-koden går inte att läsa: en tagg öppnas men stängs inte, stängs i fel ordning, eller så står < eller { i vanlig text. Förväntat: stäng varje tagg (<strong>…</strong>, <Phone id="…" />) och skriv &lt; eller \\{ för tecknen i text.';
  }
  return [`${where}${explanation ? `${explanation} (Astro: ${astroMessage})` : astroMessage}`];
}

function summary(log: string): string {
  const clean = stripAnsi(log);
  const problems = explainContentErrors(clean) ?? explainSchemaError(clean) ?? explainReferenceError(clean) ?? explainOtherError(clean);
  return [
    '',
    '══════════════════════════════════════════════════════════════',
    `BYGGET STOPPADES: ${problems.length === 1 ? 'ett fel' : `${problems.length} fel`} att rätta.`,
    ...problems.map((problem) => `  - ${problem}`),
    '',
    'Dina filer har inte ändrats, och den förra byggda webbplatsen i dist/ finns kvar.',
    'Rätta felet och kör npm run build igen. Förklaringar finns i content/README.md.',
    '══════════════════════════════════════════════════════════════',
  ].join('\n');
}

rmSync(join(root, newDir), { recursive: true, force: true });
// The same Node that runs this script (Node 24 from the `node` package) runs Astro.
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const child = spawn(process.execPath, [astro, 'build', '--outDir', newDir, ...process.argv.slice(2)], { cwd: root, stdio: ['inherit', 'pipe', 'pipe'] });
let log = '';
child.stdout.on('data', (chunk: Buffer) => {
  log += chunk;
  process.stdout.write(chunk);
});
child.stderr.on('data', (chunk: Buffer) => {
  log += chunk;
  process.stderr.write(chunk);
});
child.on('close', (code) => {
  if (code === 0 && existsSync(join(root, newDir, 'index.html'))) {
    rmSync(join(root, oldDir), { recursive: true, force: true });
    if (existsSync(join(root, outDir))) renameSync(join(root, outDir), join(root, oldDir));
    renameSync(join(root, newDir), join(root, outDir));
    rmSync(join(root, oldDir), { recursive: true, force: true });
    console.log(`\nKlart: webbplatsen finns i ${outDir}/. Titta på den med npm run preview.`);
    process.exit(0);
  }
  rmSync(join(root, newDir), { recursive: true, force: true });
  console.error(summary(log));
  process.exit(code || 1);
});
