// The service's settings, all from the environment, each with the default `npm start` uses.
import { resolve } from 'node:path';

export interface FeedbackConfig {
  /** FEEDBACK_DB: the SQLite file. Its folder is created when missing. */
  database: string;
  /** FEEDBACK_SITE_DIR: the built site, whose pages the service accepts answers for (and serves, unless FEEDBACK_STATIC=0). */
  siteDir: string;
  /** FEEDBACK_STATIC=0 behind nginx, which serves the files itself. */
  serveSite: boolean;
  /** HOST and PORT to listen on. */
  host: string;
  port: number;
  /** FEEDBACK_RATE_LIMIT: answers one client may send a minute. */
  rateLimit: number;
}

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new Error(`${name}="${value}" ska vara ett positivt heltal.`);
  return number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): FeedbackConfig {
  return {
    database: resolve(env.FEEDBACK_DB || 'data/feedback.sqlite'),
    siteDir: resolve(env.FEEDBACK_SITE_DIR || 'dist'),
    serveSite: env.FEEDBACK_STATIC !== '0',
    host: env.HOST || '127.0.0.1',
    port: positiveInteger('PORT', env.PORT, 4321),
    rateLimit: positiveInteger('FEEDBACK_RATE_LIMIT', env.FEEDBACK_RATE_LIMIT, 30),
  };
}
