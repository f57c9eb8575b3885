// The printed akutkort carries a QR code to the step-by-step guide, drawn at build time from the site's address.
import { test, expect } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

test('the QR code on the printed card decodes to the step guide at the site address, printed beside it', async ({
  page,
}) => {
  await page.goto('/akutkort/');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  const guideUrl = new URL('/vad-gor-jag-nu/', canonical!).href;

  await page.emulateMedia({ media: 'print' });
  const card = page.getByRole('region', { name: 'Akutkort: om du hotas eller angrips som förtroendevald' });
  const qr = card.getByRole('img', { name: `QR-kod till Vad gör jag nu? steg för steg: ${guideUrl}` });
  await expect(qr).toBeVisible();
  // The address is also printed in text, next to the code, for readers without a camera.
  await expect(card.getByRole('link', { name: guideUrl, exact: true })).toBeVisible();

  const png = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded, 'a QR code was found in the screenshot').not.toBeNull();
  expect(decoded!.data).toBe(guideUrl);
});
