// The WCAG 2.2 criteria that axe cannot check, measured in the browser on every page (and the 404 page).
// One test a criterion loops over the pages, so the suite stays quick as pages are added.
// Zoom: Chromium's browser zoom has no DevTools command. At 400 % a 1280 × 1024 window gives the page a layout
// viewport of 320 × 256 CSS px and a devicePixelRatio of 4, and media queries see 320 px; a 320 × 256 viewport with
// deviceScaleFactor 4 reproduces exactly that, and the test checks that the page sees it so.
import { test, expect, type Page } from '@playwright/test';
import { focusStop } from '../support/focus.ts';
import {
  backgroundAround,
  contrastRatio,
  edgeContrasts,
  motion,
  overflowingElements,
  smallTargets,
} from '../support/measure.ts';
import { openPage } from '../support/browser.ts';
import { sitePagesWithNotFound } from '../support/dist.ts';

const pages = sitePagesWithNotFound();
// Every page in one test: allow a second a page, and more on a busy machine.
test.beforeEach(() => test.setTimeout(30_000 + pages.length * 4_000));

/** Runs `check` on every page and fails once, listing every page's problems. */
async function onEveryPage(page: Page, check: (path: string) => Promise<string[]>): Promise<void> {
  const problems: string[] = [];
  for (const path of pages) {
    await openPage(page, path);
    problems.push(...(await check(path)).map((problem) => `${path}: ${problem}`));
  }
  expect(problems).toEqual([]);
}

/** The controls whose boundary a reader must see: buttons, fields and checkboxes. */
const controls = (page: Page) =>
  page.locator('button, input:not([type="hidden"]), textarea, select, summary').filter({ visible: true });

test.describe('1.4.10 Reflow', () => {
  test.use({ viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 });

  test('at 400 % zoom of a 1280 px wide window no page scrolls sideways or cuts off text', async ({ page }) => {
    await onEveryPage(page, async () => {
      const seen = await page.evaluate(() => ({ width: innerWidth, ratio: devicePixelRatio }));
      expect(seen).toEqual({ width: 320, ratio: 4 });
      return overflowingElements(page);
    });
  });
});

test.describe('1.4.12 Text spacing', () => {
  for (const viewport of [
    { width: 320, height: 568 },
    { width: 1280, height: 800 },
  ]) {
    test(`with WCAG's line, paragraph, letter and word spacing no text is cut off or overlaps, at ${viewport.width} px`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await onEveryPage(page, async () => {
        // A constructed style sheet, which the site's CSP allows, with exactly the criterion's spacing.
        await page.evaluate(() => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
            p { margin-block-end: 2em !important; }`);
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        });
        const spacing = await page
          .getByRole('main')
          .getByRole('heading', { level: 1 })
          .evaluate((h1) => getComputedStyle(h1).letterSpacing);
        expect(parseFloat(spacing), 'the spacing was applied').toBeGreaterThan(2);
        return overflowingElements(page);
      });
    });
  }
});

test.describe('1.4.4 Resize text', () => {
  test('with the browser text size at 200 % no text is cut off and no page scrolls sideways', async ({ page }) => {
    // The reader's font size setting in Chromium (Settings > Appearance > Font size), doubled from 16 to 32 px.
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Page.enable');
    await devtools.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await onEveryPage(page, async () => {
      const size = await page
        .getByRole('main')
        .locator('p')
        .first()
        .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
      expect(size, 'the text really is twice as large').toBeGreaterThanOrEqual(32);
      return overflowingElements(page);
    });
  });
});

test.describe('1.4.11 Non-text contrast', () => {
  test('the edge of every button, field and checkbox has at least 3:1 contrast against its background', async ({
    page,
  }) => {
    await onEveryPage(page, async () =>
      (await edgeContrasts(page, controls(page)))
        .filter(({ ratio }) => ratio < 3)
        .map(({ name, ratio }) => `${name} has an edge of only ${ratio.toFixed(2)}:1`),
    );
  });
});

test.describe('2.5.8 Target size (minimum)', () => {
  for (const viewport of [
    { width: 320, height: 568 },
    { width: 1280, height: 800 },
  ]) {
    test(`every link and button not inside a sentence is at least 24 × 24 CSS px or spaced apart, at ${viewport.width} px`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await onEveryPage(page, () => smallTargets(page));
    });
  }
});

test.describe('forced colours (Windows contrast themes)', () => {
  test.use({ colorScheme: 'light' });

  test('buttons, fields, the step numbers and the focus ring stay visible', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await onEveryPage(page, async (path) => {
      // The step numbers are the first part of each step's heading ("Steg 1:"), drawn as a circle.
      const stepNumbers = page.getByRole('heading', { name: /^Steg \d+ ?:/ }).locator(':scope > span:first-child');
      await expect(stepNumbers).toHaveCount(await page.getByRole('heading', { name: /^Steg \d+ ?:/ }).count());
      const problems = (await edgeContrasts(page, controls(page), stepNumbers))
        .filter(({ ratio }) => ratio < 3)
        .map(({ name, ratio }) => `${name} has an edge of only ${ratio.toFixed(2)}:1`);
      // The focus ring on the first controls: the skip link, the emergency numbers, the header and its search.
      await page.locator('body').focus();
      for (let i = 0; i < (path === '/sok/' ? 8 : 6); i++) {
        await page.keyboard.press('Tab');
        const stop = await focusStop(page);
        if (!stop.visible) problems.push(`focus on ${stop.name} is not visible: ${stop.indicator}`);
      }
      return problems;
    });
  });
});

test('no page has sound, video, images of text, moving content, a time limit or a password field', async ({ page }) => {
  // What makes 1.2.1–1.2.5, 1.4.2, 1.4.5, 2.2.1, 2.2.2, 2.3.1 and 3.3.8 not apply. The one image allowed is the
  // akutkort's QR code, named by its address. Adding anything else here needs a person to check those criteria:
  // update docs/accessibility.md and this test together.
  await onEveryPage(page, async () => {
    const found = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          'img, svg, picture, canvas, video, audio, iframe, object, embed, marquee, meta[http-equiv="refresh" i], input[type="password"]',
        ),
      ]
        .filter(
          (el) =>
            !(
              el.matches('svg[role="img"]') &&
              /^QR-kod till .+: https?:\/\/\S+$/.test(el.getAttribute('aria-label') ?? '')
            ),
        )
        .map(
          (el) =>
            `<${el.tagName.toLowerCase()}${el.getAttribute('aria-label') ? ` aria-label="${el.getAttribute('aria-label')}"` : ''}>`,
        ),
    );
    return [...found, ...(await motion(page))];
  });
});

test.describe('prefers-reduced-motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('no page animates, transitions or scrolls smoothly', async ({ page }) => {
    await onEveryPage(page, () => motion(page));
  });
});

test.describe('prefers-color-scheme: dark', () => {
  // The decision: the site keeps its light colours, declared with color-scheme: light, rather than a second theme.
  // Its colours are chosen and tested once (axe, the tests above); a reader who needs dark pages gets them from the
  // system's contrast themes (forced colours, tested above) or the browser's own dark mode.
  test('every page declares a light colour scheme and looks the same as in light mode, form fields included', async ({
    page,
  }) => {
    const colours = () =>
      page.evaluate(() =>
        [document.documentElement, ...document.body.querySelectorAll('*')].map((el) => {
          const s = getComputedStyle(el);
          return `${el.tagName} ${s.colorScheme} ${s.color} ${s.backgroundColor} ${s.borderTopColor} ${s.borderBottomColor} ${s.outlineColor} ${s.accentColor}`;
        }),
      );
    await onEveryPage(page, async (path) => {
      await page.emulateMedia({ colorScheme: 'light' });
      const light = await colours();
      await page.emulateMedia({ colorScheme: 'dark' });
      await openPage(page, path);
      const problems: string[] = [];
      const scheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
      if (scheme !== 'light') problems.push(`the page's color-scheme is "${scheme}", not "light"`);
      const dark = await colours();
      const changed = dark.filter((line, index) => line !== light[index]);
      if (changed.length > 0)
        problems.push(`${changed.length} elements change colour in dark mode, e.g. ${changed[0]}`);
      const canvas = await backgroundAround(page.locator('body'));
      if (contrastRatio(canvas, [255, 255, 255]) > 1.05)
        problems.push(`the page's background is rgb(${canvas.join(', ')}) in dark mode`);
      await page.emulateMedia({ colorScheme: 'light' });
      return problems;
    });
  });
});
