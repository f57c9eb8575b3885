// The reader's journeys in Firefox (Debian's firefox-esr, headless, over WebDriver BiDi): tests/engines/support/journeys.ts.
import { readerJourneys } from './support/journeys.ts';

readerJourneys('firefox');
