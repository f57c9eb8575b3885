// The Chromium that the Playwright suites (tests/e2e/, tests/editor/) drive: Debian's chromium-headless-shell, the same
// Blink engine as Chromium without the browser's window and UI, which is what Playwright itself runs for a headless
// test. The suite takes about a third less time in it than in the full browser (docs/performance.md). Browser
// downloads fail on these machines, so it comes from Debian; CHROMIUM_PATH names another.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
