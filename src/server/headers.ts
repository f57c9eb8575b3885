// The one source of the site's HTTP headers. Astro's CSP meta element, the static-host `_headers` file and the nginx
// configuration are all generated from these values, so the three cannot drift apart.

/** The origin of an external feedback endpoint (FEEDBACK_ENDPOINT), the one other origin a page may send to. */
const feedbackOrigin = (feedbackEndpoint?: string) =>
  feedbackEndpoint && !feedbackEndpoint.startsWith('/') ? ` ${new URL(feedbackEndpoint).origin}` : '';

/**
 * Directives in both the meta CSP (written by Astro on every page) and the HTTP header. `default-src`, `script-src`
 * and `style-src` are in the meta element only: there Astro adds the hashes of the small scripts and styles it inlines
 * (so a page arrives in one request), and a header without those hashes would block them. Inline favicon: data:.
 */
const cspSharedDirectives = (feedbackEndpoint?: string) =>
  [
    `connect-src 'self'${feedbackOrigin(feedbackEndpoint)}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "media-src 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action 'self'${feedbackOrigin(feedbackEndpoint)}`,
  ] as const;

/** The meta CSP's directives; Astro appends script-src and style-src with the hashes of what it inlines. */
export const cspMetaDirectives = (feedbackEndpoint?: string) =>
  ["default-src 'self'", ...cspSharedDirectives(feedbackEndpoint)] as const;

/**
 * Script sources. Pagefind compiles its WebAssembly search engine in the browser, which CSP treats as eval of Wasm:
 * 'wasm-unsafe-eval' allows exactly that and nothing of JavaScript's eval.
 */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;
export const styleSources = ["'self'"] as const;

/**
 * The header CSP. Browsers enforce the header and the meta element together, so a resource must pass both; scripts
 * and styles are governed by the meta element, which the build requires on every page (integrations/page-trim).
 * `frame-ancestors` only works in a header, never in a meta element. Without an external feedback endpoint, as nginx and
 * `npm start` serve the site, it is `contentSecurityPolicy`.
 */
export const contentSecurityPolicyFor = (feedbackEndpoint?: string) =>
  [...cspSharedDirectives(feedbackEndpoint), "frame-ancestors 'none'"].join('; ');
export const contentSecurityPolicy = contentSecurityPolicyFor();

/**
 * Browser features the site does not use, all switched off for the page and anything it could embed. Only features
 * Chromium knows: it warns about any other on every page (Web Bluetooth, for one, is not controlled by this header).
 */
const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

/**
 * Sent with every response, including errors, redirects and Pagefind's files: what protects any file (no MIME
 * sniffing, no embedding by other origins) and what protects the whole origin (HTTPS only).
 */
export const responseHeaders = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const satisfies Record<string, string>;

/**
 * Sent with documents only (HTML pages, the 404 page and any other HTML answer): they govern what a page may do,
 * so on a script, an index chunk or an image they are bytes that change nothing, on each file of a first search
 * (docs/deployment.md). `documentHeaders` are those of a site without an external feedback endpoint, as nginx and
 * `npm start` serve it.
 */
export const documentHeadersFor = (feedbackEndpoint?: string) =>
  ({
    'Content-Security-Policy': contentSecurityPolicyFor(feedbackEndpoint),
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': deniedFeatures.map((feature) => `${feature}=()`).join(', '),
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  }) as const satisfies Record<string, string>;
export const documentHeaders = documentHeadersFor();

/** Every header an HTML response carries. */
export const securityHeaders = { ...responseHeaders, ...documentHeaders } as const satisfies Record<string, string>;

/** Documents are recognised by their MIME type, whatever their path (a folder's index.html, 404.html, a redirect). */
export const documentType = 'text/html';

/**
 * The security headers of one response, by its Content-Type, as nginx's maps send them: the document headers on HTML
 * only, the response headers on everything. `alwaysDocument` is for answers a browser may open as a page whatever
 * their type (the feedback service's, after a form post without JavaScript).
 */
export function headersFor(
  contentType: string | null | undefined,
  { alwaysDocument = false } = {},
): Record<string, string> {
  const document = alwaysDocument || (contentType ?? '').trim().toLowerCase().startsWith(documentType);
  return document ? securityHeaders : responseHeaders;
}

export const cacheControl = {
  /** Files whose names change when their content does. */
  immutable: 'public, max-age=31536000, immutable',
  /** Everything else: HTML and Pagefind's fixed-name files must be checked on every use so a new build shows at once. */
  revalidate: 'public, max-age=0, must-revalidate',
} as const;

/** Folders whose files are all named after their content: Astro's bundles and Pagefind's index chunks and fragments. */
export const immutableFolders = ['/_astro/', '/pagefind/fragment/', '/pagefind/index/', '/pagefind/filter/'] as const;

/** Pagefind's metadata file also carries its hash, but sits beside fixed-name files (pagefind.js, the Wasm). */
export const immutableFilePattern = /^\/pagefind\/pagefind\.[^/]+\.pf_meta$/;

export function isImmutablePath(path: string): boolean {
  return immutableFolders.some((folder) => path.startsWith(folder)) || immutableFilePattern.test(path);
}

/** MIME types gzip is worth spending on when nginx compresses on the fly (files the build did not pre-compress). */
export const compressibleTypes = [
  'text/html',
  'text/css',
  'text/plain',
  'text/xml',
  'application/javascript',
  'application/json',
  'application/xml',
  'application/manifest+json',
  'image/svg+xml',
] as const;
