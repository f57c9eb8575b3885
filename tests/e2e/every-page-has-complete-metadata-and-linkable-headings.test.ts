import { test, expect } from '@playwright/test';
import { missingPath, sitePages, sitePagesWithNotFound, sitemapPathsInBuild } from '../support/dist.ts';
import { forEachPage, openPage } from '../support/browser.ts';
import { uiOf } from '../support/languages.ts';

test('every page says its language and has a description, Open Graph tags and a canonical link', async ({ page }) => {
  await forEachPage(sitePages(), async (path) => {
    await openPage(page, path);
    await expect(page.locator('html')).toHaveAttribute('lang', uiOf(path).lang);
    await expect(page).toHaveTitle(/\S/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S{3}/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /\S{3}/);
    const canonical = page.locator('link[rel="canonical"]');
    await expect(canonical).toHaveCount(1);
    expect(new URL((await canonical.getAttribute('href'))!).pathname, 'canonical path').toBe(path);
    // The page's h1 is the Open Graph title.
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      'content',
      (await page.getByRole('heading', { level: 1 }).innerText()).trim(),
    );
  });
});

test('a shared link shows a preview image that the site serves', async ({ page, request }) => {
  await openPage(page, '/polisanmalan/');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image, 'og:image').toMatch(/^https?:\/\/.+\/og-image\.png$/);
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /112/);
  // The image's address uses SITE_URL; the file itself is fetched from the server under test.
  const response = await request.get(new URL(image!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect((await response.body()).subarray(16, 24).readUInt32BE(0), 'PNG width').toBe(1200);
});

test('the 404 page is Swedish, has a description and asks not to be indexed', async ({ page }) => {
  await openPage(page, missingPath);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S{3}/);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('every page has its own title', async ({ request }) => {
  const titles = new Map<string, string[]>();
  for (const path of sitePagesWithNotFound()) {
    const html = await (await request.get(path)).text();
    const title = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '';
    expect(title, `title of ${path}`).not.toBe('');
    titles.set(title, [...(titles.get(title) ?? []), path]);
  }
  const shared = [...titles].filter(([, paths]) => paths.length > 1);
  expect(shared, 'titles used by more than one page').toEqual([]);
});

test('the sitemap served to search engines lists every page and nothing else', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemapUrls = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  expect(sitemapUrls.length).toBeGreaterThan(0);
  const listed: string[] = [];
  for (const sitemap of sitemapUrls) {
    const response = await request.get(sitemap);
    expect(response.status(), sitemap).toBe(200);
    listed.push(...[...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname));
  }
  expect(listed.sort()).toEqual(sitePages());
  expect(sitemapPathsInBuild()).toEqual(sitePages());
});

test("robots.txt lets crawlers in and names the sitemap at the site's own address", async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  const robots = await response.text();
  expect(robots).toMatch(/^User-agent: \*$/m);
  expect(robots).not.toMatch(/^Disallow: \/$/m);
  // The same SITE_URL as the canonical links, so the sitemap it names is the one served under that address.
  const canonical = (await (await request.get('/')).text()).match(/<link rel="canonical" href="([^"]+)"/)?.[1];
  expect(canonical).toBeTruthy();
  const sitemap = robots.match(/^Sitemap: (\S+)$/m)?.[1];
  expect(sitemap).toBe(new URL('/sitemap-index.xml', canonical).href);
  expect((await request.get(new URL(sitemap!).pathname)).status()).toBe(200);
});

test('on every page, every h2 has a link to itself whose target exists', async ({ page }) => {
  await forEachPage(sitePagesWithNotFound(), async (path) => {
    await openPage(page, path);
    // The feedback question closes the page; it is not a section anyone links to.
    const t = uiOf(path);
    const headings = page.getByRole('heading', { level: 2 }).filter({ hasNotText: t.feedback.question });
    const count = await headings.count();
    expect(count, `h2 headings on ${path}`).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const heading = headings.nth(i);
      const text = ((await heading.textContent()) ?? '').replace(/\s+/g, ' ').trim();
      const id = await heading.getAttribute('id');
      expect(id, `id of the h2 "${text}"`).toBeTruthy();
      // With JavaScript the link is named for what it also does: copy the section's address (SectionHeading.astro).
      const link = page.getByRole('link', { name: `${t.sectionLinkCopy.name} ${text}`, exact: true });
      await expect(link, `anchor link of the h2 "${text}"`).toHaveAttribute('href', `#${id}`);
      expect(await page.evaluate((target) => document.getElementById(target) !== null, id!)).toBe(true);
    }
  });
});
