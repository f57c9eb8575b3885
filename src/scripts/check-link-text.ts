// Checks the built pages for links whose text says nothing about where they lead ("klicka här", "läs mer").
// The content pipeline's link rule catches most in the source; this one also sees links that components write.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isVagueLinkText } from '../content-pipeline/rules/links.ts';

const dir = process.argv[2] ?? 'dist';
const decode = (html: string) => html.replace(/&nbsp;|&#160;/g, ' ').replace(/&amp;/g, '&').replace(/&[a-z]+;|&#\d+;/g, ' ');
const problems: string[] = [];
const files = (readdirSync(dir, { recursive: true }) as string[]).filter((name) => name.endsWith('.html')).sort();

for (const name of files) {
  const html = readFileSync(join(dir, name), 'utf8');
  for (const match of html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/gi)) {
    const label = /\baria-label=["']([^"']*)["']/i.exec(match[1])?.[1];
    const text = decode(label ?? match[2].replace(/<[^>]+>/g, ' '));
    if (!text.trim()) problems.push(`${join(dir, name)}: en länk saknar text (${match[0].slice(0, 80)}). Förväntat: en text som säger vart länken leder.`);
    else if (isVagueLinkText(text)) problems.push(`${join(dir, name)}: länktexten "${text.trim()}" säger inte vart länken leder. Förväntat: en text som beskriver målet.`);
  }
}

if (problems.length) {
  console.error(`Länktexter som måste ändras (${problems.length} st):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`Länktexter: ${files.length} sidor kontrollerade, inga vaga länktexter.`);
