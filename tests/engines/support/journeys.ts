// The reader's journeys, written once and run in Firefox and in WebKit (the test files in tests/engines/), against
// the built site served by the project's nginx, without and with the real feedback service. One browser
// and one tab an engine, reused by every journey: starting a browser is the slow part.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { distDir, sitePagesWithNotFound } from '../../support/dist.ts';
import { engineServers } from '../../support/servers.ts';
import { startNginx, type RunningNginx } from '../../support/nginx.ts';
import { startService, storedAnswers, type RunningService } from '../../support/feedback-service.ts';
import { openFirefox, openWebKit, type Query, type Tab } from './engines.ts';

/** The page the deliberate break is made on: a content page whose one inline script is the section-link copy. */
const brokenPage = '/polisanmalan/';

/**
 * A copy of one built page with the first script hash taken out of its CSP meta element, in a folder of its own: the
 * browser must then block that script and report it. Returns the folder.
 */
function pageWithAHashRemoved(): string {
  const html = readFileSync(join(distDir, brokenPage, 'index.html'), 'utf8');
  const broken = html.replace(/(script-src[^;"]*?) 'sha256-[^']+'/, '$1');
  assert.notEqual(broken, html, `no script hash to remove in ${brokenPage}`);
  const root = mkdtempSync(join(tmpdir(), 'stod-broken-'));
  mkdirSync(join(root, brokenPage), { recursive: true });
  writeFileSync(join(root, brokenPage, 'index.html'), broken);
  // nginx is asked for / when it starts, and WebKit opens the start page before it visits another (see engines.ts).
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Start</title>');
  return root;
}

async function until(what: string, check: () => Promise<boolean>, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`did not happen in time: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const pageText = (tab: Tab) => tab.evaluate(() => document.body.innerText);

export function readerJourneys(engine: 'firefox' | 'webkit'): void {
  describe(`in ${engine === 'firefox' ? 'Firefox' : 'WebKit'}`, () => journeys(engine));
}

function journeys(engine: 'firefox' | 'webkit'): void {
  const servers = engineServers(engine);
  let tab: Tab;
  let site: RunningNginx;
  let broken: RunningNginx;
  let brokenRoot: string;
  let feedbackSite: RunningNginx;
  let service: RunningService;

  before(
    async () => {
      rmSync(dirname(servers.feedbackDatabase), { recursive: true, force: true });
      brokenRoot = pageWithAHashRemoved();
      [site, broken, service, tab] = await Promise.all([
        startNginx({ port: servers.port }),
        startNginx({ port: servers.brokenPort, root: brokenRoot }),
        startService({
          port: servers.feedbackServicePort,
          database: servers.feedbackDatabase,
          siteDir: distDir,
          serveSite: false,
        }),
        engine === 'firefox' ? openFirefox() : openWebKit(servers.webDriverPort),
      ]);
      feedbackSite = await startNginx({
        port: servers.feedbackPort,
        root: distDir,
        feedbackService: `127.0.0.1:${servers.feedbackServicePort}`,
      });
    },
    { timeout: 120_000 },
  );

  after(async () => {
    await Promise.all([tab?.close(), site?.stop(), broken?.stop(), feedbackSite?.stop(), service?.stop()]);
    if (brokenRoot) rmSync(brokenRoot, { recursive: true, force: true });
  });

  test(
    'every page, at its narrowest, has a title and an h1, does not scroll sideways, and loads without an error or a CSP violation',
    { timeout: 120_000 },
    async () => {
      const failures: string[] = [];
      for (const path of sitePagesWithNotFound()) {
        const visit = await tab.visit(`${site.url}${path}`);
        if (!visit.title.trim()) failures.push(`${path}: no title`);
        if (!visit.h1) failures.push(`${path}: no h1`);
        if (visit.clientWidth > tab.narrowWidth)
          failures.push(`${path}: the window is ${visit.clientWidth} px wide, not ${tab.narrowWidth}`);
        if (visit.scrollWidth > visit.clientWidth)
          failures.push(`${path}: scrolls sideways, ${visit.scrollWidth} px in ${visit.clientWidth} px`);
        for (const problem of visit.problems) failures.push(`${path}: ${problem}`);
      }
      assert.deepEqual(failures, [], `in ${tab.engine}`);
    },
  );

  test(
    `the check above turns red on a page whose CSP lacks one script's hash (${brokenPage})`,
    { timeout: 30_000 },
    async () => {
      const visit = await tab.visit(`${broken.url}${brokenPage}`);
      assert.ok(
        visit.problems.some((problem) => /^CSP: script-src(-elem)? blocked inline/.test(problem)),
        `${tab.engine} reported no blocked script: ${JSON.stringify(visit.problems)}`,
      );
    },
  );

  test(
    'the header search answers "polis" with results, and Enter on the search page searches again',
    { timeout: 60_000 },
    async () => {
      await tab.goto(`${site.url}/`);
      const headerField: Query = {
        role: 'searchbox',
        name: 'Sök i guiden',
        within: { role: 'search', name: 'Sök i guiden' },
      };
      await tab.fill(headerField, 'polis');
      await tab.press(headerField, 'Enter');
      await until(
        'results for "polis"',
        async () => (await tab.text({ role: 'heading', name: 'Träffar för ”polis”' })) !== null,
        20_000,
      );
      assert.equal(await tab.evaluate(() => location.pathname + location.search), '/sok/?q=polis');
      assert.match((await tab.text({ role: 'status' })) ?? '', /Träffar för ”polis”: \d+ sidor hittades\./);
      // Listening started with this page: what the search did here in the page counts.
      const searchPage = await tab.problems();

      const field: Query = { role: 'searchbox', name: 'Sök i guiden', within: { role: 'search', name: 'Ny sökning' } };
      await tab.fill(field, 'stöd');
      await tab.press(field, 'Enter');
      await until(
        'results for "stöd"',
        async () => (await tab.text({ role: 'heading', name: 'Träffar för ”stöd”' })) !== null,
        20_000,
      );
      assert.equal(
        await tab.evaluate(() => location.pathname + location.search),
        `/sok/?q=${encodeURIComponent('stöd')}`,
      );
      assert.deepEqual([...searchPage, ...(await tab.problems())], []);
    },
  );

  const card = { within: { role: 'region', name: 'Akutkort: om du hotas eller angrips som förtroendevald' } } as const;
  const cardField = (name: string): Query => ({ role: 'textbox', name, ...card });

  test(
    'a card link fills the akutkort, and a hostile fragment fills nothing of itself and runs nothing',
    { timeout: 60_000 },
    async () => {
      await tab.goto(`${site.url}/akutkort/#namn=Kim+Exempelsson&telefon=070-123+45+67&organisation=Exempels+kommun`);
      await until('the card filled', async () => (await tab.value(cardField('Namn'))) === 'Kim Exempelsson');
      assert.equal(await tab.value(cardField('Telefon')), '070-123 45 67');
      assert.equal(await tab.value(cardField('Organisation')), 'Exempels kommun');
      assert.match(
        await pageText(tab),
        /Kortet är ifyllt med uppgifterna i länken du fick\. Säkerhetsansvarig: Kim Exempelsson, Exempels kommun, telefon 070-123 45 67\./,
      );

      // A fresh load, not a fragment change on the same page.
      await tab.goto('about:blank');
      await tab.goto(
        `${site.url}/akutkort/#namn=${encodeURIComponent('<img src=x onerror=alert(document.domain)>')}&telefon=070-123+45+67`,
      );
      await until('the note on the hostile link', async () =>
        (await pageText(tab)).includes('Länken var ofullständig eller felaktig'),
      );
      assert.equal(await tab.value(cardField('Namn')), '');
      assert.equal(await tab.value(cardField('Telefon')), '070-123 45 67');
      assert.match(await pageText(tab), /Det gick inte att använda namnet\./);
      assert.equal(
        await tab.evaluate(
          () => document.querySelectorAll('main img, [onerror], [onload], a[href^="javascript:"]').length,
        ),
        0,
      );
      assert.deepEqual(await tab.problems(), []);
    },
  );

  test("the officer's form makes a card link with its checks fetched on first use", { timeout: 60_000 }, async () => {
    await tab.goto(`${site.url}/akutkort/`);
    const part = { role: 'region', name: 'För säkerhetsansvariga: skicka kortet med dina uppgifter' } as const;
    await tab.fill({ role: 'textbox', name: 'Ditt namn', within: part }, 'Kim Exempelsson');
    await tab.fill({ role: 'textbox', name: 'Ditt telefonnummer', within: part }, '0701234567');
    await tab.click({ role: 'button', name: 'Skapa länk', within: part });
    const link: Query = { role: 'textbox', name: 'Din länk', within: part };
    await until('the link', async () => (await tab.text(link)) !== null);
    assert.equal(await tab.value(link), `${site.url}/akutkort/#namn=Kim+Exempelsson&telefon=070-123+45+67`);
    assert.deepEqual(await tab.problems(), []);
  });

  test('the notes form takes text and offers to download it and to print it', { timeout: 30_000 }, async () => {
    await tab.goto(`${site.url}/dokumentera/`);
    const notes = { role: 'region', name: 'Anteckningar om händelsen' } as const;
    const what: Query = { role: 'textbox', name: 'Vad hände?', within: notes };
    await tab.fill(what, 'Ett hotbrev kom i dag, 3 sidor.');
    assert.equal(await tab.value(what), 'Ett hotbrev kom i dag, 3 sidor.');
    assert.equal(
      await tab.text({ role: 'button', name: 'Ladda ner som textfil', within: notes }),
      'Ladda ner som textfil',
    );
    assert.equal(await tab.text({ role: 'button', name: 'Skriv ut', within: notes }), 'Skriv ut');
    assert.deepEqual(await tab.problems(), []);
  });

  test("a section's # link says that it copied the section's address", { timeout: 30_000 }, async () => {
    await tab.goto(`${site.url}/polisanmalan/`);
    await tab.click({ role: 'link', name: 'Kopiera länk till avsnittet Anmäl på 114 14' });
    const live: Query = { role: 'status', within: { role: 'main' } };
    await until('the copy message', async () =>
      Boolean(await tab.evaluate(() => document.querySelector('main [aria-live]')?.textContent)),
    );
    assert.equal(await tab.text(live), 'Länken till avsnittet är kopierad.');
    assert.equal(await tab.evaluate(() => location.hash), '#anmal-pa-114-14');
    assert.deepEqual(await tab.problems(), []);
  });

  test(
    'a feedback answer goes through nginx to the feedback service, which stores it',
    { timeout: 30_000 },
    async () => {
      const path = '/vad-gor-jag-nu/';
      assert.equal(storedAnswers(servers.feedbackDatabase).byPage[`${path} ja`] ?? 0, 0);
      await tab.goto(`${feedbackSite.url}${path}`);
      const question = { role: 'region', name: 'Hjälpte informationen på sidan dig?' } as const;
      await tab.click({ role: 'button', name: 'Ja', within: question });
      await until(
        'the thanks',
        async () => (await tab.text({ role: 'status', within: question })) === 'Tack för att du hjälper oss!',
      );
      assert.equal(storedAnswers(servers.feedbackDatabase).byPage[`${path} ja`], 1);
      assert.deepEqual(await tab.problems(), []);
    },
  );
}
