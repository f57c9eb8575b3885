// `npm run format:content`: writes every file in content/ that the editor edits in the editor's own format
// (src/editor/format.ts), so that the next change made in the browser is a change of its own lines only.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unformattedFiles } from '../editor/format.ts';

const root = process.cwd();
const changed = unformattedFiles(root);
for (const { file, formatted } of changed) writeFileSync(join(root, file), formatted);
console.log(
  changed.length
    ? `Skrev om ${changed.length} filer i redigerarens format:\n${changed.map(({ file }) => `  ${file}`).join('\n')}`
    : 'Alla filer har redan redigerarens format.',
);
