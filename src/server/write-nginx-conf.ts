// Rewrites the checked-in nginx template from headers.ts: `npm run nginx:conf`.
import { writeFile } from 'node:fs/promises';
import { nginxServerBlock, productionServer } from './nginx.ts';

export const nginxConfPath = new URL('./nginx-site.conf', import.meta.url);

await writeFile(nginxConfPath, nginxServerBlock(productionServer));
console.log(`Wrote ${nginxConfPath.pathname}`);
