// A virtual screen reader (@guidepup/virtual-screen-reader) running inside the page, driven from the test.
// It builds the accessibility tree from the DOM as a screen reader does and logs each phrase it would speak.
// The site's CSP rightly refuses an injected script, so tests that use it open pages in a context with bypassCSP;
// the CSP itself is asserted in ordinary contexts (no-page-violates-the-content-security-policy).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

const vsrFile = fileURLToPath(
  new URL('../../node_modules/@guidepup/virtual-screen-reader/lib/esm/index.browser.js', import.meta.url),
);
const vsrSource = readFileSync(vsrFile, 'utf8');
/** Read by the browser only: the page fetches it from its own origin so no other origin is contacted. */
const vsrPath = '/__virtual-screen-reader.js';

export interface ScreenReader {
  /** Moves to the next item (like VoiceOver's VO+Right) until `until` matches the phrase spoken, at most `limit` times. */
  nextUntil(until: RegExp, limit?: number): Promise<void>;
  /** Moves to the next item `count` times. */
  next(count?: number): Promise<void>;
  /** Every phrase spoken since the reader started, or since the log was last cleared. */
  log(): Promise<string[]>;
  clear(): Promise<void>;
  /** Types into the focused field, as a reader does on the keyboard. */
  type(text: string): Promise<void>;
  /** Presses a key, e.g. "Enter", on the item the reader is on. */
  press(key: string): Promise<void>;
  /** Activates the item the reader is on (a link or a button), as VoiceOver's VO+Space does. */
  act(): Promise<void>;
  /**
   * Starts reading the page again from the top. The reader builds its tree from the DOM and rebuilds it only when
   * the DOM changes, so a change made by CSS alone (such as :target) needs a restart to be heard.
   */
  restart(): Promise<void>;
}

/** Starts the virtual screen reader on the open page, at the top of the document. */
export async function startScreenReader(page: Page): Promise<ScreenReader> {
  await page.route(`**${vsrPath}`, (route) => route.fulfill({ contentType: 'text/javascript', body: vsrSource }));
  await page.evaluate(async (path) => {
    const { virtual } = await import(path);
    (window as unknown as { __virtual: unknown }).__virtual = virtual;
    await virtual.start({ container: document.body });
  }, vsrPath);
  const call = <T>(fn: string, ...args: unknown[]) =>
    page.evaluate(
      async ([name, params]) => {
        const virtual = (window as unknown as { __virtual: Record<string, (...a: unknown[]) => Promise<unknown>> })
          .__virtual;
        return virtual[name as string](...(params as unknown[]));
      },
      [fn, args] as const,
    ) as Promise<T>;
  return {
    async next(count = 1) {
      for (let i = 0; i < count; i++) await call('next');
    },
    async nextUntil(until, limit = 200) {
      for (let i = 0; i < limit; i++) {
        await call('next');
        const last = await call<string>('lastSpokenPhrase');
        if (until.test(last)) return;
      }
      throw new Error(
        `The screen reader did not reach ${until} within ${limit} steps; last heard: ${await call<string>('lastSpokenPhrase')}`,
      );
    },
    log: () => call<string[]>('spokenPhraseLog'),
    clear: () => call<void>('clearSpokenPhraseLog'),
    type: (text) => call<void>('type', text),
    press: (key) => call<void>('press', key),
    act: () => call<void>('act'),
    async restart() {
      await call<void>('stop');
      await page.evaluate(() =>
        (window as unknown as { __virtual: { start(o: object): Promise<void> } }).__virtual.start({
          container: document.body,
        }),
      );
    },
  };
}
