// The two Chromiums of the tests, benchmarks and tools, both from Debian (browser downloads fail on these machines);
// CHROMIUM_PATH names another for both.
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * For the Playwright suites (tests/e2e/, tests/editor/): chromium-headless-shell, the same Blink engine as Chromium
 * without the browser's window and UI, which is what Playwright itself runs for a headless test. The Chromium suite
 * takes about half as long in it as in the full browser (docs/performance.md).
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell',
  args,
};

/** For the benchmarks and the tools that picture the site: the full browser, what readers run. */
export const fullChromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args,
};
