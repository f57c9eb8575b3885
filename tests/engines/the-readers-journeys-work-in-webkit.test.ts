// The reader's journeys in WebKit, the engine of every browser on an iPhone (Debian's WebKitGTK through WebKitWebDriver,
// under xvfb-run): tests/engines/support/journeys.ts.
import { readerJourneys } from './support/journeys.ts';

readerJourneys('webkit');
