// Draws the link-preview image (public/og-image.png, 1200×630) that mail, chat and intranets show for a shared link.
// Run with `npm run og-image` when the site's name or the emergency numbers change; the PNG is committed.
import { chromium } from '@playwright/test';
import { sv } from '../../src/i18n/sv.ts';
import { fullChromiumLaunchOptions } from '../support/chromium.ts';

const html = `<!doctype html><html lang="sv"><meta charset="utf-8"><style>
  body { margin: 0; width: 1200px; height: 630px; display: flex; flex-direction: column; justify-content: space-between;
    font-family: system-ui, 'DejaVu Sans', sans-serif; background: #f3f5f8; color: #1b1f24; }
  .bar { background: #0b2e4f; color: #fff; padding: 36px 72px; font-size: 40px; font-weight: 700; white-space: nowrap; }
  .bar span { margin-inline-end: 56px; }
  .name { padding: 0 72px; font-size: 76px; font-weight: 700; color: #0b2e4f; line-height: 1.1; }
  .lead { padding: 0 72px 64px; font-size: 34px; color: #4a5260; }
</style><body>
  <div class="bar"><span>Akut fara? Ring 112</span><span>Polisanmälan: 114 14</span></div>
  <div class="name">${sv.site.nameFirst}<br>${sv.site.nameSecond}</div>
  <div class="lead">Vad du gör nu, vem du vänder dig till och var du får stöd.</div>
</body></html>`;

const browser = await chromium.launch(fullChromiumLaunchOptions);
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: 'public/og-image.png' });
await browser.close();
console.log('public/og-image.png');
