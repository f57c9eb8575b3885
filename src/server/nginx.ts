import { FEEDBACK_SERVICE_PATH, WITH_SERVICE_FILE } from '../lib/feedback.ts';
import {
  cacheControl,
  compressibleTypes,
  documentHeaders,
  documentType,
  immutableFilePattern,
  immutableFolders,
  responseHeaders,
} from './headers.ts';

export interface NginxServerOptions {
  /** `listen` values, e.g. `['80', '[::]:80']` or `['127.0.0.1:4322']`. */
  listen: readonly string[];
  /** Absolute path of the built site (`dist/`). */
  root: string;
  /**
   * `host:port` of the feedback service (src/feedback/), proxied at /api/feedback, and each page's version with the
   * service (WITH_SERVICE_FILE) sent where the build wrote one; leave out for a static-only site.
   */
  feedbackService?: string;
}

/** The checked-in production template; `npm run nginx:conf` rewrites it and a unit test keeps it current. */
export const productionServer: NginxServerOptions = {
  listen: ['80', '[::]:80'],
  root: '/var/www/stod-fortroendevalda/dist',
  feedbackService: '127.0.0.1:4322',
};

/** The nginx variable that holds a document header's value for HTML responses and nothing for the rest. */
const documentVariable = (name: string) => `$stod_${name.toLowerCase().replaceAll('-', '_')}`;

/**
 * One `map` per document header, keyed on the response's MIME type: HTML answers (pages, the 404 page, nginx's own
 * error and redirect pages) get the value, everything else an empty string, and nginx sends no header whose value is
 * empty. Maps belong in the `http` context, which is where Debian includes this file.
 */
function documentHeaderMaps(): string[] {
  return Object.entries(documentHeaders).flatMap(([name, value]) => [
    `map $sent_http_content_type ${documentVariable(name)} {`,
    `    ~^${documentType} "${value}";`,
    '    default "";',
    '}',
  ]);
}

/**
 * The add_header lines of a location. Static files get the document headers through the MIME-type maps; an answer
 * that is always shown as a page (`alwaysDocument`: the feedback service's Swedish error texts, which a form sent
 * without JavaScript opens as a page) gets them outright.
 */
function headerLines(cache: string, indent: string, { alwaysDocument = false } = {}): string[] {
  // nginx drops inherited add_header lines in any block that has its own, so every location repeats the full set.
  // `always` keeps them on 404 and other error responses too.
  return [
    ...[...Object.entries(responseHeaders), ['Cache-Control', cache]].map(
      ([name, value]) => `add_header ${name} "${value}" always;`,
    ),
    ...Object.entries(documentHeaders).map(([name, value]) =>
      alwaysDocument ? `add_header ${name} "${value}" always;` : `add_header ${name} ${documentVariable(name)} always;`,
    ),
  ].map((line) => `${indent}${line}`);
}

/** The feedback service's upstream, in `http` beside the server block: a few kept-alive connections to it. */
function feedbackUpstream(address: string): string[] {
  return ['upstream stod_feedback {', `    server ${address};`, '    keepalive 16;', '}', ''];
}

/**
 * /api/feedback on the site's own origin (so the CSP keeps connect-src and form-action 'self'). nginx passes on only
 * the reader's address, for the service's in-memory rate limit, and drops cookies, referrer and user agent before
 * they reach it; nothing of the request is logged. The service sends the site's headers itself; when it is down,
 * nginx answers 503 in Swedish with the same headers.
 */
function feedbackLocations(indent: string): string[] {
  const lines = [
    `location = ${FEEDBACK_SERVICE_PATH} {`,
    '    access_log off;',
    '    client_max_body_size 16k;',
    '    proxy_http_version 1.1;',
    '    proxy_set_header Connection "";',
    '    proxy_set_header Host $host;',
    '    proxy_set_header X-Real-IP $remote_addr;',
    '    proxy_set_header X-Forwarded-For "";',
    '    proxy_set_header Cookie "";',
    '    proxy_set_header Referer "";',
    '    proxy_set_header User-Agent "";',
    '    proxy_pass http://stod_feedback;',
    '    error_page 502 504 = @feedback_unavailable;',
    '    error_page 413 = @feedback_too_large;',
    '}',
    '',
    'location @feedback_unavailable {',
    ...headerLines('no-store', '    ', { alwaysDocument: true }),
    '    default_type text/plain;',
    '    return 503 "Svaret kunde inte sparas just nu. Försök igen om en stund.\\n";',
    '}',
    '',
    'location @feedback_too_large {',
    ...headerLines('no-store', '    ', { alwaysDocument: true }),
    '    default_type text/plain;',
    '    return 413 "Svaret är för stort. Skicka bara sidan och svaret.\\n";',
    '}',
  ];
  return lines.map((line) => (line ? `${indent}${line}` : line));
}

/** A `server` block for Debian's nginx (inside `http`, which includes mime.types), generated from headers.ts. */
export function nginxServerBlock({ listen, root, feedbackService }: NginxServerOptions): string {
  // One regular expression for every hashed file; it wins over `location /` whenever it matches.
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const filePattern = immutableFilePattern.source.replace(/^\^/, '').replaceAll('\\/', '/');
  const immutableLocation = `^(?:${[...immutableFolders.map(escape), filePattern].join('|')})`;
  return [
    '# Generated from src/server/headers.ts by `npm run nginx:conf`; edit that file, not this one.',
    '# Serves the built site (dist/) with the security and caching headers the site needs, and the .br and .gz files',
    "# the build writes beside every compressible file. brotli_static needs Debian's libnginx-mod-http-brotli-static,",
    '# which enables itself in /etc/nginx/modules-enabled/.',
    ...documentHeaderMaps(),
    '',
    ...(feedbackService ? feedbackUpstream(feedbackService) : []),
    'server {',
    ...listen.map((address) => `    listen ${address};`),
    '    server_name _;',
    `    root ${root};`,
    // With the service, a page the build wrote in two versions is sent in its version with the service.
    `    index ${feedbackService ? `${WITH_SERVICE_FILE} ` : ''}index.html;`,
    '    charset utf-8;',
    '    charset_types text/css text/plain text/xml application/javascript application/json application/xml image/svg+xml;',
    '    server_tokens off;',
    // A server we run stores nothing about a reader: an access log would keep every reader's address and browser.
    '    access_log off;',
    // Relative redirects (/sok -> /sok/) stay correct behind a TLS terminator or on another port.
    '    absolute_redirect off;',
    '',
    // The build compresses every text file once, at the highest levels (Brotli 11, gzip 9), and nginx sends the
    // smallest one the browser accepts. Pagefind's own files get a .br only: they are gzip files already, which
    // Pagefind's script unpacks itself when the browser has not.
    '    brotli_static on;',
    '    gzip_static on;',
    // On-the-fly gzip covers what has no .gz beside it, such as nginx's own redirect and error pages.
    '    gzip on;',
    '    gzip_vary on;',
    '    gzip_proxied any;',
    '    gzip_comp_level 6;',
    '    gzip_min_length 256;',
    // text/html is always compressed once gzip is on; nginx warns when it is listed again.
    `    gzip_types ${compressibleTypes.filter((type) => type !== 'text/html').join(' ')};`,
    '',
    '    error_page 404 /404.html;',
    '',
    // No try_files: nginx's static module already serves files, answers /sok with a redirect to /sok/, serves
    // index.html for /sok/ and 404 for the rest.
    '    location / {',
    ...headerLines(cacheControl.revalidate, '        '),
    '    }',
    '',
    `    location ~ ${immutableLocation} {`,
    // Named after their content, these files are never revalidated: an ETag would be bytes on every response for nothing.
    '        etag off;',
    ...headerLines(cacheControl.immutable, '        '),
    '    }',
    ...(feedbackService ? ['', ...feedbackLocations('    ')] : []),
    '}',
    '',
  ].join('\n');
}
