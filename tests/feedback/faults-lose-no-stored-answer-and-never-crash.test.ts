// SIGTERM, SIGKILL in the middle of a load, a read-only database and a full disk, each against the real process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, openSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { xSync } from 'tinyexec';
import {
  fixturePages,
  post,
  removeFolder,
  startService,
  storedAnswers,
  tempFolder,
  testPortBase,
  writeFixtureSite,
} from '../support/feedback-service.ts';

const port = testPortBase + 5;

test('SIGTERM: the service finishes, closes the database cleanly and exits 0', async () => {
  const dir = tempFolder('sigterm');
  const database = join(dir, 'feedback.sqlite');
  try {
    const service = await startService({ port, database, siteDir: writeFixtureSite(dir) });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        post(service.url, { page: fixturePages[n % 3], answer: n % 2 ? 'ja' : 'nej' }),
      ),
    );
    assert.ok(answers.every((response) => response.status === 201));
    service.child.kill('SIGTERM');
    assert.deepEqual(await service.exited, { code: 0, signal: null });
    assert.match(service.log(), /SIGTERM, stopping[\s\S]*stopped/);
    // The last connection closed cleanly: SQLite folded the write-ahead log into the file and removed it.
    assert.equal(existsSync(`${database}-wal`), false);
    assert.equal(storedAnswers(database).answers, 20);
  } finally {
    removeFolder(dir);
  }
});

test('SIGKILL in the middle of a load run: after a restart every answer that got a 2xx is in the database', async () => {
  const dir = tempFolder('sigkill');
  const database = join(dir, 'feedback.sqlite');
  const siteDir = writeFixtureSite(dir);
  try {
    const service = await startService({ port, database, siteDir });
    const acknowledged: Record<string, number> = {};
    let sent = 0;
    let killed = false;
    // 16 readers answer as fast as they can; the process is killed once 150 answers have been acknowledged.
    const reader = async (id: number) => {
      for (let n = 0; !killed; n++) {
        const page = fixturePages[(id + n) % fixturePages.length];
        const answer = (id + n) % 2 ? 'ja' : 'nej';
        sent++;
        try {
          const response = await post(service.url, { page, answer }, { client: `10.0.${id}.1` });
          if (response.status === 201) acknowledged[`${page} ${answer}`] = (acknowledged[`${page} ${answer}`] ?? 0) + 1;
          else assert.fail(`status ${response.status}`);
        } catch (error) {
          if (!killed) throw error;
        }
        if (!killed && Object.values(acknowledged).reduce((a, b) => a + b, 0) >= 150) {
          killed = true;
          service.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, (_, id) => reader(id)));
    assert.equal((await service.exited).signal, 'SIGKILL');

    const restarted = await startService({ port, database, siteDir });
    try {
      const stored = storedAnswers(database);
      const total = Object.values(acknowledged).reduce((a, b) => a + b, 0);
      for (const [key, count] of Object.entries(acknowledged))
        assert.ok((stored.byPage[key] ?? 0) >= count, `${key}: ${count} acknowledged, ${stored.byPage[key]} stored`);
      // What was stored but never acknowledged can only be the answers in flight when the process died.
      assert.ok(
        stored.answers >= total && stored.answers <= sent,
        `${total} acknowledged, ${stored.answers} stored, ${sent} sent`,
      );
      assert.equal(
        (await post(restarted.url, { page: '/', answer: 'ja' })).status,
        201,
        'the restarted service takes answers',
      );
    } finally {
      await restarted.stop();
    }
  } finally {
    removeFolder(dir);
  }
});

test('a read-only database file: 503 in Swedish and a log line, the service stays up and recovers when it is writable', async () => {
  const dir = tempFolder('read-only');
  const database = join(dir, 'feedback.sqlite');
  const siteDir = writeFixtureSite(dir);
  // Root ignores file modes, so as root (CI) the file is made read-only with a read-only bind mount of it instead.
  // (Running the service as another user fails when the project lies in a folder only root may enter.)
  const asRoot = process.getuid?.() === 0;
  const makeReadOnly = () => {
    if (!asRoot) return chmodSync(database, 0o444);
    xSync('mount', ['--bind', database, database], { throwOnError: true });
    xSync('mount', ['-o', 'remount,bind,ro', database], { throwOnError: true });
  };
  const makeWritable = () => {
    if (asRoot) xSync('umount', [database], { throwOnError: true });
    // SQLite gives its -wal and -shm files the database file's permissions, so all three are made writable again.
    for (const file of [database, `${database}-wal`, `${database}-shm`]) if (existsSync(file)) chmodSync(file, 0o644);
  };
  try {
    // The service creates the file, then stops; the file is made read-only and the service started again on it.
    const first = await startService({ port, database, siteDir });
    assert.equal((await post(first.url, { page: '/', answer: 'ja' })).status, 201);
    await first.stop();
    makeReadOnly();

    const service = await startService({ port, database, siteDir });
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        const response = await post(service.url, { page: '/polisanmalan/', answer: 'nej' });
        assert.equal(response.status, 503);
        assert.deepEqual(await response.json(), {
          message: 'Svaret kunde inte sparas just nu. Försök igen om en stund.',
        });
        assert.ok(response.headers.get('retry-after'));
      }
      assert.match(service.log(), /could not write to the database .*feedback\.sqlite: .*readonly/i);
      assert.equal(service.child.exitCode, null, 'the service is still running');

      makeWritable();
      assert.equal((await post(service.url, { page: '/polisanmalan/', answer: 'nej' })).status, 201);
      assert.match(service.log(), /takes answers again/);
    } finally {
      await service.stop();
    }
    assert.deepEqual(storedAnswers(database).byPage, { '/ ja': 1, '/polisanmalan/ nej': 1 });
  } finally {
    removeFolder(dir);
  }
});

test('a full disk: 503 in Swedish and a log line, the service stays up and recovers when there is space', async (t) => {
  const dir = tempFolder('disk-full');
  const disk = join(dir, 'disk');
  mkdirSync(disk);
  try {
    // A real full disk: a 1 MB tmpfs. Mounting it needs root, which CI has.
    xSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', disk], {
      nodeOptions: { stdio: 'ignore' },
      throwOnError: true,
    });
  } catch {
    removeFolder(dir);
    t.skip('mounting a small tmpfs needs root');
    return;
  }
  const database = join(disk, 'feedback.sqlite');
  const filler = join(disk, 'filler');
  try {
    const service = await startService({ port, database, siteDir: writeFixtureSite(dir) });
    try {
      assert.equal((await post(service.url, { page: '/', answer: 'ja' })).status, 201);
      const fd = openSync(filler, 'w');
      try {
        const block = Buffer.alloc(64 * 1024, 1);
        for (;;) writeSync(fd, block);
      } catch (error) {
        assert.equal((error as NodeJS.ErrnoException).code, 'ENOSPC');
      } finally {
        closeSync(fd);
      }
      const response = await post(service.url, { page: '/stod-och-hjalp/', answer: 'nej' });
      assert.equal(response.status, 503);
      assert.match((await response.json()).message, /Försök igen om en stund/);
      assert.match(service.log(), /could not write to the database .*: .*(full|disk)/i);
      assert.equal(service.child.exitCode, null, 'the service is still running');

      rmSync(filler);
      assert.equal((await post(service.url, { page: '/stod-och-hjalp/', answer: 'nej' })).status, 201);
    } finally {
      await service.stop();
    }
    assert.deepEqual(storedAnswers(database).byPage, { '/ ja': 1, '/stod-och-hjalp/ nej': 1 });
  } finally {
    xSync('umount', ['-l', disk], { throwOnError: true });
    removeFolder(dir);
  }
});
