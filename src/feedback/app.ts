// The feedback service: POST /api/feedback takes exactly {page, answer} as JSON or as a form post, and, when given the
// built site, serves it with the production headers, so `npm start` is the whole site on one origin.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { FEEDBACK_SERVICE_PATH, WITH_SERVICE_FILE } from '../lib/feedback.ts';
import { cacheControl, contentSecurityPolicy, headersFor, isImmutablePath } from '../server/headers.ts';
import type { SitePages } from './pages.ts';
import type { RateLimiter } from './rate-limit.ts';
import { answers, StoreUnavailableError, type Answer, type FeedbackStore } from './store.ts';

const MAX_BODY_BYTES = 1024;

/** Every message a reader can get from the service, in Swedish. */
const messages = {
  thanks: 'Tack för att du hjälper oss!',
  stored: 'Ditt svar är sparat. Vi sparar bara vilken sida du svarade om, om du svarade ja eller nej och vilken dag det var.',
  method: 'Svar skickas med POST till den här adressen.',
  contentType: 'Skicka svaret som JSON (application/json) eller som formulär (application/x-www-form-urlencoded).',
  tooLarge: `Svaret är för stort. Skicka bara sidan och svaret, högst ${MAX_BODY_BYTES} byte.`,
  malformed: 'Svaret gick inte att läsa: det är inte giltig JSON.',
  notAnObject: 'Skicka ett objekt med fälten page och answer.',
  fields: 'Skicka exakt två fält: page och answer.',
  answer: 'Svaret måste vara ja eller nej.',
  page: 'Sidan finns inte på webbplatsen.',
  tooMany: 'Du har skickat många svar på kort tid. Vänta en minut och försök igen.',
  unavailable: 'Svaret kunde inte sparas just nu. Försök igen om en stund.',
  failed: 'Något gick fel hos oss. Svaret sparades inte.',
} as const;

const siteName = 'Stöd vid hot och hat mot förtroendevalda';
const pageStyle =
  'body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;padding:1.5rem;color:#1b1b1b;background:#fff}main{max-width:40rem;margin:auto}a{color:#0b4f8a}';
/**
 * The service's own pages (the thank-you and the errors) load nothing: `default-src 'none'` with the hash of their one
 * small style, on top of the site's header policy.
 */
const serviceContentSecurityPolicy = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(pageStyle).digest('base64')}'; ${contentSecurityPolicy}`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function htmlPage(heading: string, text: string | undefined, back: { href: string; label: string }): string {
  return [
    '<!doctype html>',
    '<html lang="sv">',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(heading)} – ${siteName}</title>`,
    `<style>${pageStyle}</style>`,
    '<main>',
    `<h1>${escapeHtml(heading)}</h1>`,
    text ? `<p>${escapeHtml(text)}</p>` : '',
    `<p><a href="${escapeHtml(back.href)}">${escapeHtml(back.label)}</a></p>`,
    '</main>',
    '</html>',
    '',
  ].join('\n');
}

type Kind = 'json' | 'form';

function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
}

function kindOf(c: Context): Kind | undefined {
  const type = mediaType(c);
  return type === 'application/json' ? 'json' : type === 'application/x-www-form-urlencoded' ? 'form' : undefined;
}

/** Form posts and browsers get a page; everything else JSON with one `message`. */
function reply(c: Context, status: ContentfulStatusCode, message: string, back?: { href: string; label: string }) {
  const html = kindOf(c) === 'form' || (kindOf(c) === undefined && (c.req.header('accept') ?? '').includes('text/html'));
  if (html) return c.html(htmlPage(message, status < 300 ? messages.stored : undefined, back ?? { href: '/', label: 'Till startsidan' }), status);
  return c.json({ message }, status);
}

type Parsed = { ok: true; page: string; answer: Answer } | { ok: false; status: 400 | 422; message: string };

function parseBody(kind: Kind, text: string): Parsed {
  let fields: [string, unknown][];
  if (kind === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { ok: false, status: 400, message: messages.malformed };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, status: 422, message: messages.notAnObject };
    fields = Object.entries(value);
  } else {
    fields = [...new URLSearchParams(text)];
  }
  const names = fields.map(([name]) => name).sort();
  if (names.length !== 2 || names[0] !== 'answer' || names[1] !== 'page') return { ok: false, status: 422, message: messages.fields };
  const { page, answer } = Object.fromEntries(fields) as { page: unknown; answer: unknown };
  if (typeof answer !== 'string' || !(answers as readonly string[]).includes(answer)) return { ok: false, status: 422, message: messages.answer };
  if (typeof page !== 'string') return { ok: false, status: 422, message: messages.page };
  return { ok: true, page, answer: answer as Answer };
}

const loopback = /^(?:127\.|::1$|::ffff:127\.)/;

/** The reader's address, for the rate limit only. nginx on the same machine passes it on in X-Real-IP. */
function clientOf(c: Context): string {
  const peer = getConnInfo(c).remote.address ?? '';
  const forwarded = c.req.header('x-real-ip');
  return forwarded && loopback.test(peer) ? forwarded : peer;
}

const stockholmDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

export interface FeedbackAppOptions {
  store: FeedbackStore;
  /** Reads the built pages that ask the question; called again, at most every 30 s, when an unknown page is posted. */
  loadPages: () => SitePages;
  rateLimiter: RateLimiter;
  /** The built site to serve besides the service (`npm start`); behind nginx it is left out. */
  siteDir?: string;
  /** Today as YYYY-MM-DD; Swedish time unless a test says otherwise. */
  today?: () => string;
  log?: (line: string) => void;
}

export function createFeedbackApp({
  store,
  loadPages,
  rateLimiter,
  siteDir,
  today = () => stockholmDay.format(new Date()),
  log = (line) => console.error(line),
}: FeedbackAppOptions): Hono {
  let pages = loadPages();
  let pagesReadAt = Date.now();
  const knownPage = (path: string) => {
    if (!pages.has(path) && Date.now() - pagesReadAt > 30_000) {
      pages = loadPages();
      pagesReadAt = Date.now();
    }
    return pages.get(path);
  };

  const app = new Hono();

  // The site's headers on every response, errors included, split by kind as nginx splits them (headers.ts): the
  // document headers on HTML only, so a script or an index file carries only what protects any file. The service's
  // own answers get them all, since a form post without JavaScript opens them as a page, and are never cached.
  app.use('*', async (c, next) => {
    await next();
    const service = c.req.path === FEEDBACK_SERVICE_PATH;
    for (const [name, value] of Object.entries(headersFor(c.res.headers.get('content-type'), { alwaysDocument: service }))) c.res.headers.set(name, value);
    if (service) {
      c.res.headers.set('Content-Security-Policy', serviceContentSecurityPolicy);
      c.res.headers.set('Cache-Control', 'no-store');
    } else {
      c.res.headers.set('Cache-Control', c.res.status === 200 && isImmutablePath(c.req.path) ? cacheControl.immutable : cacheControl.revalidate);
    }
  });

  app.post(
    FEEDBACK_SERVICE_PATH,
    async (c, next) => {
      if (!rateLimiter.take(clientOf(c))) {
        c.header('Retry-After', String(rateLimiter.secondsLeft()));
        return reply(c, 429, messages.tooMany);
      }
      if (!kindOf(c)) return reply(c, 415, messages.contentType);
      await next();
    },
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => reply(c, 413, messages.tooLarge) }),
    async (c) => {
      const parsed = parseBody(kindOf(c)!, await c.req.text());
      if (!parsed.ok) return reply(c, parsed.status, parsed.message);
      const title = knownPage(parsed.page);
      if (title === undefined) return reply(c, 422, messages.page);
      try {
        await store.add({ page: parsed.page, answer: parsed.answer, day: today() });
      } catch (error) {
        if (!(error instanceof StoreUnavailableError)) throw error;
        c.header('Retry-After', '60');
        return reply(c, 503, messages.unavailable, { href: parsed.page, label: `Tillbaka till ${title}` });
      }
      return reply(c, kindOf(c) === 'form' ? 200 : 201, messages.thanks, { href: parsed.page, label: `Tillbaka till ${title}` });
    },
  );

  app.all(FEEDBACK_SERVICE_PATH, (c) => {
    c.header('Allow', 'POST');
    return reply(c, 405, messages.method);
  });

  if (siteDir) {
    // Like nginx: /sok answers with a relative redirect to /sok/, whose index.html is then served.
    app.use('*', async (c, next) => {
      const path = c.req.path;
      if ((c.req.method === 'GET' || c.req.method === 'HEAD') && !path.endsWith('/') && !path.includes('..')) {
        const stats = existsSync(join(siteDir, path)) ? statSync(join(siteDir, path)) : undefined;
        if (stats?.isDirectory()) return c.redirect(`${path}/${new URL(c.req.url).search}`, 301);
      }
      await next();
    });
    // The build's .br and .gz copies (precompress.ts) are sent to a browser that accepts them, with Vary:
    // Accept-Encoding; what has none is compressed on the fly, as nginx does. A page the build wrote in two versions
    // is sent in its version with the service, which this server runs (nginx's `index` line does the same).
    app.use('*', compress());
    app.use('*', serveStatic({ root: siteDir, precompressed: true, index: WITH_SERVICE_FILE }));
    app.use('*', serveStatic({ root: siteDir, precompressed: true }));
    app.notFound((c) => c.html(readFileSync(join(siteDir, '404.html'), 'utf8'), 404));
  }

  app.onError((error, c) => {
    log(`feedback: ${c.req.method} ${c.req.path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return reply(c, 500, messages.failed);
  });

  return app;
}
