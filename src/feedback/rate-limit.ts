// "Many answers from one client" is counted here, in memory only, and forgotten every minute. The client's address is
// never kept, not even in memory: it is replaced by a keyed hash whose key is random and lives as long as the process.
// Written here, not with hono-rate-limiter: its memory store holds any number of clients, and the address would still
// have to be hashed first, so the library would leave only this small counter to replace.
import { createHmac, randomBytes } from 'node:crypto';

export interface RateLimitOptions {
  /** Answers one client may send in a window; more get 429. */
  limit: number;
  windowMs?: number;
  /** Most clients tracked at once; beyond that new clients share one count, so memory stays bounded. */
  maxClients?: number;
  now?: () => number;
}

export class RateLimiter {
  readonly limit: number;
  readonly windowMs: number;
  #maxClients: number;
  #now: () => number;
  #key = randomBytes(32);
  #counts = new Map<string, number>();
  #windowStart: number;

  constructor({ limit, windowMs = 60_000, maxClients = 100_000, now = Date.now }: RateLimitOptions) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.#maxClients = maxClients;
    this.#now = now;
    this.#windowStart = now();
  }

  /** Counts one request from `client`; false when it is over the limit. */
  take(client: string): boolean {
    const now = this.#now();
    if (now - this.#windowStart >= this.windowMs) {
      this.#counts.clear();
      this.#windowStart = now;
    }
    let key = createHmac('sha256', this.#key).update(client).digest('base64url');
    if (!this.#counts.has(key) && this.#counts.size >= this.#maxClients) key = 'overflow';
    const count = (this.#counts.get(key) ?? 0) + 1;
    this.#counts.set(key, count);
    return count <= this.limit;
  }

  /** Seconds until the current window ends, for Retry-After. */
  secondsLeft(): number {
    return Math.max(1, Math.ceil((this.#windowStart + this.windowMs - this.#now()) / 1000));
  }

  /** How many clients are counted now (for tests: nothing else about them can be read). */
  get clients(): number {
    return this.#counts.size;
  }
}
