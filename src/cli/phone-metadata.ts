// libphonenumber-js's full metadata covers every country. The site formats only Swedish numbers, and the akutkort
// checks a number inside the page, so its metadata is cut down to Sweden, which is all that travels with the page
// (the sizes are in docs/act-now.md).
import type { MetadataJson } from 'libphonenumber-js/core';

/** Sweden's part of libphonenumber-js's metadata, in the library's own format. */
export function swedishMetadata(full: MetadataJson): MetadataJson {
  return {
    version: full.version,
    country_calling_codes: { '46': ['SE'] },
    countries: { SE: full.countries.SE },
    nonGeographic: {},
  } as MetadataJson;
}
