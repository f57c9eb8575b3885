// `npm run format:content`: writes every file in content/ that the editor edits in the editor's own format
// (src/editor/format.ts), so that the next change made in the browser is a change of its own lines only.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unformattedFiles } from '../editor/format.ts';

const root = process.cwd();
let changed: ReturnType<typeof unformattedFiles>;
try {
  changed = unformattedFiles(root);
} catch (error) {
  // A value the editor's form would refuse: nothing is written until every file reads as the editor reads it.
  console.error(`Ingen fil har ändrats. Redigeraren skulle inte godta ${(error as Error).message}`);
  process.exit(1);
}
for (const { file, formatted } of changed) writeFileSync(join(root, file), formatted);
console.log(
  changed.length
    ? `Skrev om ${changed.length} filer i redigerarens format:\n${changed.map(({ file }) => `  ${file}`).join('\n')}`
    : 'Alla filer har redan redigerarens format.',
);
