// The UI words a page shows in its language, from the same dictionaries the site is built with (src/i18n), so a
// test of every page finds the emergency bar, menu and footer on English pages too.
import { editionOfPath, uiForPath, type UiStrings } from '../../src/i18n/index.ts';

export { editionOfPath };

/** The dictionary of the page at this address. */
export function uiOf(path: string): UiStrings {
  return uiForPath(path);
}
