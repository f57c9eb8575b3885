// Takes the README's screenshots of the built site at phone, tablet and desktop widths.
// Run with `npm run screenshots` after `npm run build`.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const port = 4329;
const widths = [
  { width: 320, height: 568 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
  env: { ...process.env, ASTRO_PREVIEW_BACKGROUND: '0' },
  stdio: 'ignore',
});

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The preview server did not answer at ${url}`);
}

try {
  await waitForServer(`http://127.0.0.1:${port}/`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  for (const viewport of widths) {
    const page = await browser.newPage({ viewport });
    await page.goto(`http://127.0.0.1:${port}/`);
    const path = `tests/screenshots/start-${viewport.width}.png`;
    await page.screenshot({ path });
    console.log(`${path}`);
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
