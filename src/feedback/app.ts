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
import { html, raw } from 'hono/html';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { validator } from 'hono/validator';
import { FEEDBACK_SERVICE_PATH, WITH_SERVICE_FILE } from '../lib/feedback.ts';
import { cacheControl, contentSecurityPolicy, headersFor, isImmutablePath } from '../server/headers.ts';
import type { SitePages } from './pages.ts';
import type { RateLimiter } from './rate-limit.ts';
import { answers, StoreUnavailableError, type Answer, type FeedbackStore } from './store.ts';

const MAX_BODY_BYTES = 1024;

/** Every message a reader can get from the service, in Swedish. */
const messages = {
  thanks: 'Tack för att du hjälper oss!',
  stored:
    'Ditt svar är sparat. Vi sparar bara vilken sida du svarade om, om du svarade ja eller nej och vilken dag det var.',
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

/** Hono's `html` escapes every value; the style is ours and its hash is in the CSP, so it goes in as written. */
const htmlPage = (heading: string, text: string | undefined, back: { href: string; label: string }) =>
  html`<!doctype html>
    <html lang="sv">
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="robots" content="noindex" />
      <title>${heading} – ${siteName}</title>
      <style>
        ${raw(pageStyle)}
      </style>
      <main>
        <h1>${heading}</h1>
        ${text ? html`<p>${text}</p>` : ''}
        <p><a href="${back.href}">${back.label}</a></p>
      </main>
    </html> `;

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
  const asPage =
    kindOf(c) === 'form' || (kindOf(c) === undefined && (c.req.header('accept') ?? '').includes('text/html'));
  if (asPage)
    return c.html(
      htmlPage(message, status < 300 ? messages.stored : undefined, back ?? { href: '/', label: 'Till startsidan' }),
      status,
    );
  return c.json({ message }, status);
}

/**
 * Hono's validator for one kind of body: Hono parses the JSON or the form (malformed JSON throws its 400, which onError
 * answers in Swedish), and this checks the fields. The validator of the other kind gives `undefined`.
 */
const answerOf = (kind: Kind) =>
  validator(kind, (value: unknown, c) => {
    if (kindOf(c) !== kind) return undefined;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return reply(c, 422, messages.notAnObject);
    const names = Object.keys(value).sort();
    // Hono gives a form field sent twice as a list: a repeated field is as wrong as an extra one.
    const repeated = kind === 'form' && Object.values(value).some(Array.isArray);
    if (names.length !== 2 || names[0] !== 'answer' || names[1] !== 'page' || repeated)
      return reply(c, 422, messages.fields);
    const { page, answer } = value as { page: unknown; answer: unknown };
    if (typeof answer !== 'string' || !(answers as readonly string[]).includes(answer))
      return reply(c, 422, messages.answer);
    if (typeof page !== 'string') return reply(c, 422, messages.page);
    return { page, answer: answer as Answer };
  });

const loopback = /^(?:127\.|::1$|::ffff:127\.)/;

/** The reader's address, for the rate limit only. nginx on the same machine passes it on in X-Real-IP. */
function clientOf(c: Context): string {
  const peer = getConnInfo(c).remote.address ?? '';
  const forwarded = c.req.header('x-real-ip');
  return forwarded && loopback.test(peer) ? forwarded : peer;
}

const stockholmDay = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

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
    for (const [name, value] of Object.entries(
      headersFor(c.res.headers.get('content-type'), { alwaysDocument: service }),
    ))
      c.res.headers.set(name, value);
    if (service) {
      c.res.headers.set('Content-Security-Policy', serviceContentSecurityPolicy);
      c.res.headers.set('Cache-Control', 'no-store');
    } else {
      c.res.headers.set(
        'Cache-Control',
        c.res.status === 200 && isImmutablePath(c.req.path) ? cacheControl.immutable : cacheControl.revalidate,
      );
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
    answerOf('json'),
    answerOf('form'),
    async (c) => {
      const parsed = (kindOf(c) === 'json' ? c.req.valid('json') : c.req.valid('form'))!;
      const title = knownPage(parsed.page);
      if (title === undefined) return reply(c, 422, messages.page);
      try {
        await store.add({ page: parsed.page, answer: parsed.answer, day: today() });
      } catch (error) {
        if (!(error instanceof StoreUnavailableError)) throw error;
        c.header('Retry-After', '60');
        return reply(c, 503, messages.unavailable, { href: parsed.page, label: `Tillbaka till ${title}` });
      }
      return reply(c, kindOf(c) === 'form' ? 200 : 201, messages.thanks, {
        href: parsed.page,
        label: `Tillbaka till ${title}`,
      });
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
    if (error instanceof HTTPException && error.status === 400 && kindOf(c) === 'json')
      return reply(c, 400, messages.malformed);
    log(
      `feedback: ${c.req.method} ${c.req.path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return reply(c, 500, messages.failed);
  });

  return app;
}
