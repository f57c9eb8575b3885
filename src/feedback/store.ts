// Where the answers are kept. The service talks only to the small `FeedbackStore` interface; SQLite through Node's
// built-in node:sqlite is the one engine (no native add-on to download). A managed SQL database would be a second
// class with the same three methods (see docs/feedback-service.md).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';

export const answers = ['ja', 'nej'] as const;
export type Answer = (typeof answers)[number];

/** One stored answer: nothing about the reader, only which page, what they answered and on which day. */
export interface FeedbackAnswer {
  /** The page's path, e.g. /polisanmalan/. */
  page: string;
  answer: Answer;
  /** YYYY-MM-DD, Swedish time. */
  day: string;
}

/** The number of ja and nej answers for one page in one month (YYYY-MM). */
export interface MonthlyTotal {
  page: string;
  month: string;
  ja: number;
  nej: number;
}

export interface FeedbackStore {
  /** Resolves only once the answer is durable; rejects with StoreUnavailableError when it could not be stored. */
  add(answer: FeedbackAnswer): Promise<void>;
  monthlyTotals(): Promise<MonthlyTotal[]>;
  close(): void;
}

/** The database cannot take answers now (read-only file, full disk, missing folder …). The service answers 503. */
export class StoreUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}

/**
 * The schema, one step a migration. The running version is SQLite's own `user_version`, so the file holds no table
 * besides the answers. Answers are counted per page, day and answer rather than kept a row each: the file then holds
 * no order of arrival either, only how many said ja or nej on a page on a day.
 */
const migrations: readonly string[] = [
  `CREATE TABLE answers (
     page TEXT NOT NULL,
     day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
     answer TEXT NOT NULL CHECK (answer IN ('ja', 'nej')),
     count INTEGER NOT NULL CHECK (count > 0),
     PRIMARY KEY (page, day, answer)
   ) STRICT, WITHOUT ROWID`,
];

function migrate(db: DatabaseSync): void {
  const version = (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
  if (version > migrations.length) {
    throw new Error(
      `The database has schema version ${version}; this code knows ${migrations.length}. Update the code.`,
    );
  }
  if (version === migrations.length) return;
  db.exec('BEGIN IMMEDIATE');
  try {
    for (let step = version; step < migrations.length; step++) db.exec(migrations[step]);
    db.exec(`PRAGMA user_version = ${migrations.length}`);
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/** Opens (and creates, and migrates) the database. WAL with synchronous=FULL: a commit is on disk before add() resolves. */
function openDatabase(path: string): DatabaseSync {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path);
  try {
    db.exec('PRAGMA busy_timeout = 5000');
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function describe(error: unknown): string {
  const { errstr, message } = error as { errstr?: string; message?: string };
  return errstr && message && !message.includes(errstr) ? `${message} (${errstr})` : String(message ?? error);
}

interface Pending {
  answer: FeedbackAnswer;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * The SQLite store. Answers that arrive together are written in one transaction (group commit): with
 * synchronous=FULL every commit waits for the disk (docs/feedback-service.md), and one commit for a batch keeps that
 * wait from limiting how many answers a second are stored. Each add() resolves only after its batch's COMMIT.
 *
 * It opens the file lazily and again after every failed write, so a file that was read-only or a disk that was full
 * works again as soon as the cause is gone, without a restart (and without a crash loop).
 */
export class SqliteFeedbackStore implements FeedbackStore {
  readonly path: string;
  #db: DatabaseSync | undefined;
  #insert: StatementSync | undefined;
  #log: (line: string) => void;
  #failing = false;
  #pending: Pending[] = [];
  #readOnly: boolean;

  /** `readOnly` for the report: the file is neither created nor migrated, and add() fails. */
  constructor(
    path: string,
    {
      log = (line: string) => console.error(line),
      readOnly = false,
    }: { log?: (line: string) => void; readOnly?: boolean } = {},
  ) {
    this.path = path;
    this.#log = log;
    this.#readOnly = readOnly;
  }

  /** Opens the database now, so a problem shows in the log at start; the service starts either way. */
  open(): boolean {
    try {
      this.#connection();
      return true;
    } catch (error) {
      this.#fail('open', error);
      return false;
    }
  }

  #connection(): { db: DatabaseSync; insert: StatementSync } {
    if (!this.#db || !this.#insert) {
      this.#db = this.#readOnly ? new DatabaseSync(this.path, { readOnly: true }) : openDatabase(this.path);
      this.#insert = this.#db.prepare(
        'INSERT INTO answers (page, day, answer, count) VALUES (?, ?, ?, 1) ON CONFLICT (page, day, answer) DO UPDATE SET count = count + 1',
      );
    }
    return { db: this.#db, insert: this.#insert };
  }

  #fail(action: string, error: unknown): void {
    this.#log(`feedback: could not ${action} the database ${this.path}: ${describe(error)}`);
    this.#failing = true;
    this.close();
  }

  add(answer: FeedbackAnswer): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ answer, resolve, reject });
      // Everything that arrives before the event loop comes round again joins the same transaction.
      if (this.#pending.length === 1) setImmediate(() => this.#commit());
    });
  }

  #commit(): void {
    const batch = this.#pending;
    this.#pending = [];
    let db: DatabaseSync | undefined;
    try {
      const connection = this.#connection();
      db = connection.db;
      db.exec('BEGIN IMMEDIATE');
      for (const { answer } of batch) connection.insert.run(answer.page, answer.day, answer.answer);
      db.exec('COMMIT');
    } catch (error) {
      try {
        if (db?.isTransaction) db.exec('ROLLBACK');
      } catch {
        // The connection is closed and opened anew below either way.
      }
      this.#fail('write to', error);
      const unavailable = new StoreUnavailableError(describe(error));
      for (const { reject } of batch) reject(unavailable);
      return;
    }
    if (this.#failing) {
      this.#failing = false;
      this.#log(`feedback: the database ${this.path} takes answers again`);
    }
    for (const { resolve } of batch) resolve();
  }

  async monthlyTotals(): Promise<MonthlyTotal[]> {
    return readMonthlyTotals(this.#connection().db);
  }

  /** Closes the connection; answers still waiting for their transaction are written first. */
  close(): void {
    if (this.#pending.length) this.#commit();
    try {
      this.#db?.close();
    } catch {
      // Closing a connection whose file went away cannot be helped; it is dropped either way.
    }
    this.#db = undefined;
    this.#insert = undefined;
  }
}

function readMonthlyTotals(db: DatabaseSync): MonthlyTotal[] {
  return db
    .prepare(
      `SELECT page, substr(day, 1, 7) AS month,
              sum(CASE answer WHEN 'ja' THEN count ELSE 0 END) AS ja,
              sum(CASE answer WHEN 'nej' THEN count ELSE 0 END) AS nej
         FROM answers GROUP BY page, month ORDER BY month, page`,
    )
    .all() as unknown as MonthlyTotal[];
}
