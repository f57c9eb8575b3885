// One browser tab in Firefox (Gecko) or WebKit, driven the same way, so the reader's journeys are written once.
// - Firefox: Debian's firefox-esr, headless, over WebDriver BiDi with puppeteer-core (no browser download).
// - WebKit: Debian's WebKitGTK MiniBrowser through WebKitWebDriver and webdriverio, under xvfb-run (no --headless).
// Elements are found as a reader finds them, by role and accessible name (findByRole below, run in the page).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import puppeteer, { type ElementHandle } from 'puppeteer-core';
import { remote } from 'webdriverio';

type Role =
  'button' | 'link' | 'textbox' | 'searchbox' | 'heading' | 'status' | 'region' | 'search' | 'banner' | 'main';

/** An element as a reader finds it: its role and accessible name, optionally inside another one (a landmark, a region). */
export interface Query {
  role: Role;
  name?: string;
  within?: Query;
}

/** What loading a page showed: its title and h1, its width, and every error or CSP violation while it loaded. */
interface Visit {
  status: 'loaded';
  title: string;
  h1: string;
  scrollWidth: number;
  clientWidth: number;
  problems: string[];
}

export interface Tab {
  engine: 'Firefox' | 'WebKit';
  /** The CSS width pages are checked at: 320 px, or the narrowest window WebKitGTK allows. */
  narrowWidth: number;
  /** Opens a page and waits for it to load; listens for errors and CSP violations from then on. */
  goto(url: string): Promise<void>;
  /** Opens a page at the narrow width and reports what its load showed, errors and CSP violations from its first byte on. */
  visit(url: string): Promise<Visit>;
  fill(query: Query, text: string): Promise<void>;
  /** Enter or Tab, in the field: the WebKit driver drops letters when it types text, so keys are only these two. */
  press(query: Query, key: 'Enter' | 'Tab'): Promise<void>;
  click(query: Query): Promise<void>;
  /** The accessible text of an element, or null when there is no visible one. */
  text(query: Query): Promise<string | null>;
  value(query: Query): Promise<string | null>;
  /** Runs a function in the page. */
  evaluate<T>(fn: (...args: never[]) => T, ...args: unknown[]): Promise<T>;
  /** Errors and CSP violations in the page since the last goto, and dialogs the page opened. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * Runs in the page: the visible element with this role and accessible name. The names are computed as the site
 * needs them (aria-label, aria-labelledby, a label's text, the element's text), not by the full algorithm.
 */
function findByRole(query: Query, root: ParentNode = document): Element | null {
  const selectors: Record<Role, string> = {
    button: 'button, [role="button"]',
    link: 'a[href]',
    textbox: 'input:not([type]), input[type="text"], input[type="tel"], input[type="email"], textarea',
    searchbox: 'input[type="search"]',
    heading: 'h1, h2, h3, h4, h5, h6',
    status: '[role="status"], [aria-live]',
    region: 'section[aria-label], section[aria-labelledby], [role="region"]',
    search: '[role="search"]',
    banner: 'body > header, .page > header, header[role="banner"]',
    main: 'main',
  };
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (el: Element): string => {
    const label = el.getAttribute('aria-label');
    if (label) return clean(label);
    const by = el.getAttribute('aria-labelledby');
    if (by)
      return clean(
        by
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent)
          .join(' '),
      );
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0) return clean(labels[0].textContent);
    // The element's own text, without what is hidden from assistive technology (a section link's "#").
    const copy = el.cloneNode(true) as Element;
    for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
    return clean(copy.textContent);
  };
  const visible = (el: Element) => el.getClientRects().length > 0;
  const scope = query.within ? findByRole(query.within, root) : root;
  if (!scope) return null;
  const found = [...scope.querySelectorAll(selectors[query.role])].filter(
    (el) => query.name === undefined || nameOf(el) === query.name,
  );
  // Status regions are often empty and so have no box; everything else a reader uses is visible.
  return (query.role === 'status' ? found[0] : found.find(visible)) ?? null;
}

/** Runs in the page: collects errors and CSP violations of `target` (a window) into an array it returns. */
function listenForProblems(target: Window): string[] {
  const problems: string[] = [];
  target.addEventListener('securitypolicyviolation', (event) =>
    problems.push(`CSP: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`),
  );
  target.addEventListener(
    'error',
    (event) => problems.push(`error: ${(event as ErrorEvent).message ?? 'a resource failed'}`),
    true,
  );
  target.addEventListener('unhandledrejection', (event) =>
    problems.push(`unhandled rejection: ${String(event.reason)}`),
  );
  return problems;
}

const describe = (query: Query): string =>
  `${query.role} "${query.name ?? ''}"${query.within ? ` in ${describe(query.within)}` : ''}`;

async function until<T>(what: string, read: () => Promise<T | null>, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > end) throw new Error(`not found in time: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export async function openFirefox(): Promise<Tab> {
  if (!existsSync(firefoxPath))
    throw new Error(`Firefox is missing at ${firefoxPath}: install firefox-esr (.ci/run does).`);
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
  const page = await browser.newPage();
  await page.setViewport({ width: 320, height: 640 });
  const fromPage: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') fromPage.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => fromPage.push(`page error: ${(error as Error).message}`));
  page.on('dialog', (dialog) => {
    fromPage.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // From the first script of every document, before the page's own code runs.
  await page.evaluateOnNewDocument(`window.__problems = (${listenForProblems})(window)`);

  const element = async (query: Query): Promise<ElementHandle<Element>> =>
    until(
      describe(query),
      async () => (await page.evaluateHandle(findByRole, query)).asElement() as ElementHandle<Element> | null,
    );
  const inPageProblems = () => page.evaluate(() => (window as unknown as { __problems?: string[] }).__problems ?? []);

  const tab: Tab = {
    engine: 'Firefox',
    narrowWidth: 320,
    async goto(url) {
      fromPage.length = 0;
      await page.goto(url, { waitUntil: 'load' });
    },
    async visit(url) {
      await tab.goto(url);
      const shown = await page.evaluate(() => ({
        title: document.title,
        h1: document.querySelector('h1')?.textContent?.trim() ?? '',
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      return { status: 'loaded', ...shown, problems: await tab.problems() };
    },
    async fill(query, text) {
      const el = await element(query);
      await el.evaluate((input) => ((input as HTMLInputElement).value = ''));
      await el.type(text);
    },
    async press(query, key) {
      await (await element(query)).press(key);
    },
    async click(query) {
      await (await element(query)).click();
    },
    async text(query) {
      const el = (await page.evaluateHandle(findByRole, query)).asElement();
      if (!el) return null;
      return el.evaluate((found) =>
        ((found as HTMLElement).innerText ?? found.textContent ?? '').replace(/\s+/g, ' ').trim(),
      );
    },
    async value(query) {
      const el = await element(query);
      return el.evaluate((input) => (input as HTMLInputElement).value);
    },
    evaluate(fn, ...args) {
      return page.evaluate(fn as (...a: unknown[]) => never, ...args);
    },
    async problems() {
      return [...fromPage, ...(await inPageProblems())];
    },
    async close() {
      await browser.close();
    },
  };
  return tab;
}

const webKitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const miniBrowserPath = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export async function openWebKit(webDriverPort: number): Promise<Tab> {
  for (const [path, what] of [
    [webKitDriverPath, 'WebKitWebDriver'],
    [miniBrowserPath, 'MiniBrowser'],
  ]) {
    if (!existsSync(path)) throw new Error(`${what} is missing at ${path}: install webkit2gtk-driver (.ci/run does).`);
  }
  if (!process.env.DISPLAY)
    throw new Error('WebKit needs a display: run the engine tests under xvfb-run (npm run test:engines does).');
  const driver: ChildProcess = spawn(webKitDriverPath, [`--port=${webDriverPort}`], { stdio: 'ignore' });
  const driverExited = new Promise((resolve) => driver.once('exit', resolve));
  let browser: WebdriverIO.Browser;
  try {
    browser = await remote({
      hostname: '127.0.0.1',
      port: webDriverPort,
      path: '/',
      logLevel: 'error',
      connectionRetryCount: 20,
      connectionRetryTimeout: 30_000,
      // No browserName: WebKitWebDriver then fails to match the capabilities.
      capabilities: {
        'webkitgtk:browserOptions': {
          binary: miniBrowserPath,
          args: ['--automation', '--javascript-can-open-windows-automatically=true'],
        },
      } as WebdriverIO.Capabilities,
    });
  } catch (error) {
    driver.kill();
    throw error;
  }
  await browser.setWindowSize(320, 640);

  const element = (query: Query) =>
    until(describe(query), async () => {
      const found = await browser.execute(findByRole as unknown as (q: Query) => HTMLElement | null, query);
      return found ? browser.$(found as unknown as WebdriverIO.Element) : null;
    });
  const inPageProblems = () => browser.execute(() => (window as unknown as { __problems?: string[] }).__problems ?? []);

  return {
    engine: 'WebKit',
    // WebKitGTK's window is at least 334 CSS px wide, as an ordinary window and as a 320 px popup (measured).
    narrowWidth: 334,
    async goto(url) {
      await browser.url(url);
      // The driver exposes no console log and no script that runs before the page's own: listening starts after load.
      // Load-time problems are what visit() looks for.
      await browser.execute(`window.__problems = (${listenForProblems})(window)`);
    },
    async visit(url) {
      // The page opens in a popup from a page of the same origin: the popup's first, empty document and the page it
      // loads share one window object, so listeners set on it at once hear everything the page does while loading.
      const origin = new URL(url).origin;
      // The opener is a page of the site: a page with another Cross-Origin-Opener-Policy (a text file has none) would lose
      // its popup to another browsing context group.
      if (!(await browser.getUrl()).startsWith(origin)) await browser.url(`${origin}/`);
      const result = await browser.executeAsync(
        (target: string, done: (result: Visit | { status: string }) => void) => {
          const popup = window.open(target, 'visit', 'popup,width=320,height=640');
          if (!popup) return done({ status: 'the popup was blocked' });
          // As listenForProblems, written out: a function cannot be passed to the page, and the CSP forbids eval.
          const problems: string[] = [];
          popup.addEventListener('securitypolicyviolation', (event) =>
            problems.push(`CSP: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`),
          );
          popup.addEventListener(
            'error',
            (event) => problems.push(`error: ${(event as ErrorEvent).message ?? 'a resource failed'}`),
            true,
          );
          popup.addEventListener('unhandledrejection', (event) =>
            problems.push(`unhandled rejection: ${String(event.reason)}`),
          );
          const started = Date.now();
          const check = setInterval(() => {
            try {
              if (popup.location.href === target && popup.document.readyState === 'complete') {
                clearInterval(check);
                // Module scripts have run by the load event; a moment more lets a late error or violation arrive.
                setTimeout(() => {
                  const root = popup.document.documentElement;
                  done({
                    status: 'loaded',
                    title: popup.document.title,
                    h1: popup.document.querySelector('h1')?.textContent?.trim() ?? '',
                    scrollWidth: root.scrollWidth,
                    clientWidth: root.clientWidth,
                    problems,
                  });
                  popup.close();
                }, 100);
              } else if (Date.now() - started > 15_000) {
                clearInterval(check);
                done({ status: `not loaded: ${popup.location.href}` });
              }
            } catch (error) {
              clearInterval(check);
              done({ status: `not readable: ${String(error)}` });
            }
          }, 25);
        },
        url,
      );
      if (result.status !== 'loaded') throw new Error(`${url}: ${result.status}`);
      return result as Visit;
    },
    async fill(query, text) {
      await (await element(query)).setValue(text);
    },
    async press(query, key) {
      await (await element(query)).click();
      await browser.keys(key);
    },
    async click(query) {
      await (await element(query)).click();
    },
    async text(query) {
      const found = await browser.execute(findByRole as unknown as (q: Query) => HTMLElement | null, query);
      if (!found) return null;
      return browser.execute(
        (el: HTMLElement) => (el.innerText ?? el.textContent ?? '').replace(/\s+/g, ' ').trim(),
        found,
      );
    },
    async value(query) {
      return (await element(query)).getValue();
    },
    evaluate(fn, ...args) {
      return browser.execute(fn as (...a: unknown[]) => never, ...args) as never;
    },
    async problems() {
      return inPageProblems();
    },
    async close() {
      await browser.deleteSession().catch(() => undefined);
      driver.kill();
      await driverExited;
    },
  };
}
