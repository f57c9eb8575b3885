// Takes the README's screenshots of the built site at phone, tablet and desktop widths.
// Run with `npm run screenshots` after `npm run build`.
import { chromium } from '@playwright/test';
import { startNginx } from '../support/nginx.ts';
import { fullChromiumLaunchOptions } from '../support/chromium.ts';

const widths = [
  { width: 320, height: 568 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];

const server = await startNginx({ port: Number(process.env.SCREENSHOT_PORT ?? 4329) });
try {
  const browser = await chromium.launch(fullChromiumLaunchOptions);
  for (const viewport of widths) {
    const page = await browser.newPage({ viewport });
    await page.goto(`${server.url}/`);
    const path = `tests/screenshots/start-${viewport.width}.png`;
    await page.screenshot({ path });
    console.log(path);
    await page.close();
  }
  await browser.close();
} finally {
  await server.stop();
}
