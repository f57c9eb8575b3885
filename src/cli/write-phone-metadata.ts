// Rewrites src/lib/phone-metadata-se.json from the installed libphonenumber-js: `npm run phone:metadata`.
// A unit test fails when the checked-in file differs, e.g. after libphonenumber-js was updated.
import { writeFile } from 'node:fs/promises';
import full from 'libphonenumber-js/metadata.max.json';
import { swedishMetadata } from './phone-metadata.ts';

export const phoneMetadataPath = new URL('../lib/phone-metadata-se.json', import.meta.url);

await writeFile(phoneMetadataPath, `${JSON.stringify(swedishMetadata(full))}\n`);
console.log(`Wrote ${phoneMetadataPath.pathname}`);
