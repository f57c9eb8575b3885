import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Indexes the built site with Pagefind so that `astro build` alone yields a searchable site. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outputDir = fileURLToPath(dir);
        const { index, errors: createErrors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind kunde inte starta: ${createErrors.join(', ')}`);
        try {
          const { errors: addErrors, page_count } = await index.addDirectory({ path: outputDir });
          if (addErrors.length) throw new Error(`Pagefind kunde inte indexera: ${addErrors.join(', ')}`);
          const { errors: writeErrors } = await index.writeFiles({ outputPath: `${outputDir}/pagefind` });
          if (writeErrors.length) throw new Error(`Pagefind kunde inte skriva index: ${writeErrors.join(', ')}`);
          logger.info(`Sökindex klart: ${page_count} sidor.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
