// libphonenumber-js's full metadata covers every country (about 145 KB). The site formats only Swedish numbers, and the
// akutkort checks a number inside the page, so its metadata is cut down to Sweden: about 2 KB travel with the page.
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
