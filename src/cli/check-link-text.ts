// Checks the built pages for links whose text says nothing about where they lead ("klicka här", "läs mer").
// The content pipeline's link rule catches most in the source; this one also sees links that components write.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isVagueLinkText } from '../content-pipeline/rules/links.ts';
import { builtFiles } from '../lib/built-site.ts';
import { parseOptions } from '../lib/command-options.ts';

const [dir = 'dist'] = parseOptions({ allowPositionals: true }, 'node src/cli/check-link-text.ts [MAPP]').positionals;
const decode = (html: string) =>
  html
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
const problems: string[] = [];
const files = builtFiles(dir).filter((file) => file.endsWith('.html'));

for (const file of files) {
  const html = readFileSync(file, 'utf8');
  const name = relative(process.cwd(), file);
  for (const match of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/gi)) {
    const label = /\baria-label=["']([^"']*)["']/i.exec(match[1])?.[1];
    const text = decode(label ?? match[2].replace(/<[^>]+>/g, ' '));
    if (!text.trim())
      problems.push(
        `${name}: en länk saknar text (${match[0].slice(0, 80)}). Förväntat: en text som säger vart länken leder.`,
      );
    else if (isVagueLinkText(text))
      problems.push(
        `${name}: länktexten "${text.trim()}" säger inte vart länken leder. Förväntat: en text som beskriver målet.`,
      );
  }
}

if (problems.length) {
  console.error(`Länktexter som måste ändras (${problems.length} st):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`Länktexter: ${files.length} sidor kontrollerade, inga vaga länktexter.`);
