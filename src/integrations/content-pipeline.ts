// Runs the content pipeline (src/content-pipeline/) before Astro reads any content, for `astro build` and
// `astro dev` started directly. `npm run build` runs it itself first and tells this hook by CONTENT_CHECKED.
import type { AstroIntegration } from 'astro';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkProject } from '../content-pipeline/check.ts';
import { formatContentError, formatContentErrors, sortErrors } from '../content-pipeline/errors.ts';

export const CONTENT_CHECKED_ENV = 'CONTENT_CHECKED';

/** The event that carries the pipeline's messages to the editor's check panel (src/editor/check-panel.ts). */
const CHECK_EVENT = 'innehall:kontroll';

export interface ContentPipelineOptions {
  /**
   * How the preview shows errors: Vite's error overlay over the page (npm run dev), or the editor's check panel
   * (npm run edit), which stays beside the forms and clears itself when the content is right.
   */
  report?: 'overlay' | 'panel';
}

export default function contentPipeline({ report: show = 'overlay' }: ContentPipelineOptions = {}): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'content-pipeline',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        if (process.env[CONTENT_CHECKED_ENV] === '1') return;
        const { errors } = checkProject(root);
        if (!errors.length) return;
        // The build stops; the preview server keeps running and shows the errors, so an editor can fix them.
        if (command === 'build') throw new Error(formatContentErrors(errors));
        errors.forEach((error) => logger.error(formatContentError(error)));
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = join(root, 'content') + sep;
        let messages: string[] = [];
        const report = () => {
          const { errors } = checkProject(root);
          messages = sortErrors(errors).map(formatContentError);
          if (show === 'panel') server.ws.send(CHECK_EVENT, { messages });
          if (!errors.length) return logger.info('Innehållet har inga fel.');
          messages.forEach((message) => logger.error(message));
          // Vite's error overlay: the editor sees the messages in the browser as soon as the file is saved.
          if (show === 'overlay')
            server.ws.send({ type: 'error', err: { message: formatContentErrors(errors, 'preview'), stack: '' } });
        };
        // A page opened after the last save asks for the messages as they are.
        if (show === 'panel') {
          messages = sortErrors(checkProject(root).errors).map(formatContentError);
          server.ws.on(CHECK_EVENT, (_data, client) => client.send(CHECK_EVENT, { messages }));
        }
        // One save can arrive as several events (the file emptied, then written): check once they have settled,
        // or the check reads a half-written file. New and deleted files count too.
        let settle: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(contentDir)) return;
          clearTimeout(settle);
          settle = setTimeout(report, 200);
        });
      },
    },
  };
}
