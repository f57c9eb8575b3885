// Runs the feedback service (and the built site, unless FEEDBACK_STATIC=0): `node src/feedback/server.ts`.
// Settings in config.ts. SIGTERM or SIGINT: stop taking connections, finish what is in flight, close the database.
import { serve } from '@hono/node-server';
import { createFeedbackApp } from './app.ts';
import { readConfig } from './config.ts';
import { readSitePages } from './pages.ts';
import { RateLimiter } from './rate-limit.ts';
import { SqliteFeedbackStore } from './store.ts';

const config = readConfig();
const store = new SqliteFeedbackStore(config.database);
// A database that cannot be opened is logged and answered with 503 until it can: the service starts regardless, so a
// read-only file or a full disk never turns into a crash loop.
store.open();

const loadPages = () => {
  const pages = readSitePages(config.siteDir);
  if (pages.size === 0)
    console.error(
      `feedback: no built pages with the feedback question in ${config.siteDir}; every answer gets 422 until a build is there`,
    );
  return pages;
};
const app = createFeedbackApp({
  store,
  loadPages,
  rateLimiter: new RateLimiter({ limit: config.rateLimit }),
  siteDir: config.serveSite ? config.siteDir : undefined,
});

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  const where = `http://${info.family === 'IPv6' ? `[${info.address}]` : info.address}:${info.port}`;
  console.log(
    `feedback: ${config.serveSite ? `the site and ` : ''}POST /api/feedback on ${where}, answers in ${config.database}`,
  );
});

let stopping = false;
function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`feedback: ${signal}, stopping`);
  // Requests already received are answered (and their answers stored) before the database closes.
  const force = setTimeout(() => 'closeAllConnections' in server && server.closeAllConnections(), 5_000);
  server.close(() => {
    clearTimeout(force);
    store.close();
    console.log('feedback: stopped');
    process.exit(0);
  });
  if ('closeIdleConnections' in server) server.closeIdleConnections();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
