// The one source of the site's HTTP headers. Astro's CSP meta element, the static-host `_headers` file and the nginx
// configuration are all generated from these values, so the three cannot drift apart.
import { feedbackEndpoint } from '../lib/feedback.ts';

// The feedback answers may go to another origin when FEEDBACK_ENDPOINT names one at build time; nothing else may.
const endpoint = feedbackEndpoint();
const feedbackOrigin = endpoint && !endpoint.startsWith('/') ? ` ${new URL(endpoint).origin}` : '';

/**
 * Directives shared by the meta CSP (written by Astro) and the HTTP header. `script-src` and `style-src` are added
 * separately because Astro owns them in the meta element, where it appends the hashes of what it emits.
 */
export const cspFetchDirectives = [
  "default-src 'self'",
  `connect-src 'self'${feedbackOrigin}`,
  "img-src 'self'",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'none'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  `form-action 'self'${feedbackOrigin}`,
] as const;

/**
 * Script sources. Pagefind compiles its WebAssembly search engine in the browser, which CSP treats as eval of Wasm:
 * 'wasm-unsafe-eval' allows exactly that and nothing of JavaScript's eval.
 */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;
export const styleSources = ["'self'"] as const;

/**
 * The header CSP. Browsers enforce the header and the meta element together, so a resource must pass both. The header
 * has no hashes, which is why the build emits no inline scripts or styles (see astro.config.mjs); the integration fails
 * the build if one appears. `frame-ancestors` only works in a header, never in a meta element.
 */
export const contentSecurityPolicy = [
  ...cspFetchDirectives,
  `script-src ${scriptSources.join(' ')}`,
  `style-src ${styleSources.join(' ')}`,
  "frame-ancestors 'none'",
].join('; ');

/** Browser features the site does not use, all switched off for the page and anything it could embed. */
export const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'bluetooth',
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

/** Sent with every response, including errors. */
export const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': deniedFeatures.map((feature) => `${feature}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
} as const satisfies Record<string, string>;

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

/** MIME types gzip is worth spending on; Pagefind's own files are compressed already and stay as they are. */
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
