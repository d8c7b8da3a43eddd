/*
 * The PostgreSQL store against a real, throwaway PostgreSQL (tests/support/postgres.ts): the same
 * store contract as the laptop's file store (tests/support/store-contract.ts), with a second worker
 * on the same database for the change feed; then what only a shared database has: two workers
 * appending to one room at once, migrations run by several workers at once, and a feed that
 * survives its connection being cut.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseConfig } from '../../server/aula/postgres/database';
import { openPostgresStore } from '../../server/aula/postgres-store';
import { MIGRATIONS } from '../../server/aula/postgres/schema';
import { hallServer as t } from '../../src/i18n/hall-server';
import type { StoredEvent } from '../../server/aula/store';
import type { LiveAction } from '../../src/lib/aula/live';
import { room, storeContract } from '../support/store-contract';
import { startPostgres, type TestPostgres } from '../support/postgres';

let db: TestPostgres;
let databases = 0;

/** A fresh database on the shared cluster, owned by the hall's login; its URL carries the password. */
async function freshDatabase(): Promise<string> {
  const name = `aula_${++databases}`;
  await db.admin(`CREATE DATABASE ${name} OWNER aula`);
  const url = new URL(db.url);
  url.pathname = `/${name}`;
  return url.toString();
}
const quiet = () => {};
const open = (url: string, log: (line: string) => void = quiet) => openPostgresStore(databaseConfig({ AULA_DATABASE_URL: url }, 4), log);
const join = (n: number): LiveAction => ({ type: 'join', device: `device-${String(n).padStart(16, '0')}` });
async function until(check: () => boolean, what: string, ms = 10_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

beforeAll(async () => {
  db = await startPostgres();
}, 60_000);
afterAll(async () => {
  await db?.stop();
}, 30_000);

describe('PostgreSQL store', () => {
  storeContract(
    'postgres',
    () => {
      let url: Promise<string> | undefined;
      return {
        open: () => (url = freshDatabase()).then((u) => open(u)),
        reopen: () => url!.then((u) => open(u)),
        second: () => url!.then((u) => open(u)),
        cleanup: async () => {},
      };
    },
    { shared: true },
  );

  it('numbers two workers appending to one room at once without a gap or a repeat, each subscriber hearing all in order', async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([open(url), open(url)]);
    try {
      await a.putRoom(room('r'));
      const heard: Record<string, number[]> = { a: [], b: [] };
      a.subscribe((id, e) => id === 'r' && heard.a.push(e.seq));
      b.subscribe((id, e) => id === 'r' && heard.b.push(e.seq));
      const N = 400;
      const written = await Promise.all(Array.from({ length: N }, (_, i) => (i % 2 ? a : b).append('r', join(i), i)));
      const seqs = written.map((e) => e.seq).sort((x, y) => x - y);
      expect(seqs).toEqual(Array.from({ length: N }, (_, i) => i + 1));
      const all = Array.from({ length: N }, (_, i) => i + 1);
      await until(() => heard.a.length >= N && heard.b.length >= N, 'both feeds');
      expect(heard.a).toEqual(all);
      expect(heard.b).toEqual(all);
      // What was resolved is what is stored under that number.
      const stored = await b.events('r');
      for (const e of written) expect(stored[e.seq - 1]).toEqual(e);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('hands another worker the events in the notification, without reading them back, in order and as written', async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([open(url), open(url)]);
    try {
      await a.putRoom(room('r'));
      const heard: StoredEvent[] = [];
      b.subscribe((id, e) => id === 'r' && heard.push(e));
      // Several batches, one of them larger than one notification carries (about 60 joins).
      const written = await Promise.all(Array.from({ length: 300 }, (_, i) => a.append('r', join(i), 1_700_000_000_000 + i)));
      for (let i = 300; i < 310; i++) written.push(await a.append('r', join(i), 1_700_000_000_000 + i));
      // Quotes, a backslash, a newline and letters beyond ASCII come back exactly, from the notification and from the table.
      written.push(await a.append('r', { type: 'join', device: 'device-nama-khusus-0001', name: 'Ñoño "kutip" \\ baris\nbaru' }, 1_700_000_000_999));
      await until(() => heard.length >= 311, 'the feed');
      expect(heard).toEqual(written.sort((x, y) => x.seq - y.seq));
      expect(b.counters.reads).toBe(0);
      expect(b.counters.notified).toBe(311);
      expect(await b.events('r')).toEqual(heard);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('reads what a notification leaves out: an event too large for one, and numbers it never announced', async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([open(url), open(url)]);
    try {
      await a.putRoom(room('r'));
      const heard: number[] = [];
      b.subscribe((id, e) => id === 'r' && heard.push(e.seq));
      // A sweep of 400 answer cards is about 11 KB: announced as null, read by b.
      const cards: LiveAction = { type: 'cards', deck: 'dek', slide: 1, answers: Array.from({ length: 400 }, (_, i) => ({ card: i + 1, choice: [i % 4] })) };
      await a.append('r', join(1), 1);
      const big = await a.append('r', cards, 2);
      await a.append('r', join(3), 3);
      await until(() => heard.length >= 3, 'the feed around the large event');
      expect(heard).toEqual([1, 2, 3]);
      expect(b.counters.reads).toBeGreaterThan(0);
      expect((await b.events('r', 1))[0]).toEqual(big);
      // Events written behind the feed's back (no notification at all): the next one shows the gap.
      await a.pool.query(
        `WITH w AS (INSERT INTO aula_events (room, seq, at, action) VALUES ('r', 4, 4, $1), ('r', 5, 5, $2)) UPDATE aula_rooms SET last_seq = 5 WHERE id = 'r'`,
        [JSON.stringify(join(4)), JSON.stringify(join(5))],
      );
      await a.append('r', join(6), 6);
      await until(() => heard.length >= 6, 'the events before the gap');
      expect(heard).toEqual([1, 2, 3, 4, 5, 6]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('migrates once when several workers start together, records the version, and refuses a newer schema', async () => {
    const url = await freshDatabase();
    const lines: string[] = [];
    const stores = await Promise.all([1, 2, 3].map(() => open(url, (l) => lines.push(l))));
    await Promise.all(stores.map((s) => s.close()));
    expect(lines).toEqual(MIGRATIONS.map((m) => t.migrated(m.version, m.name)));
    const again = await open(url);
    expect((await again.pool.query('SELECT version FROM aula_schema ORDER BY version')).rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
    await again.pool.query('INSERT INTO aula_schema (version, name) VALUES (99, $1)', ['dari versi yang lebih baru']);
    await again.close();
    await expect(open(url)).rejects.toThrow(t.schemaTooNew(99, MIGRATIONS.length));
  });

  it('keeps the feed going when its connection is cut: a reconnect reads what was written meanwhile, in order', async () => {
    const url = await freshDatabase();
    const lines: string[] = [];
    const [a, b] = await Promise.all([open(url), open(url, (l) => lines.push(l))]);
    try {
      await a.putRoom(room('r'));
      const heard: number[] = [];
      b.subscribe((id, e) => id === 'r' && heard.push(e.seq));
      await a.append('r', join(1), 1);
      await until(() => heard.length === 1, 'the first event');
      // Cut every LISTEN connection of b's database (what a database restart or a network cut does).
      await db.admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND query ILIKE 'LISTEN%'`, [new URL(url).pathname.slice(1)]);
      await until(() => lines.includes(t.feedLost), 'the lost feed to be noticed');
      const metas: string[] = [];
      b.subscribeMeta((change) => metas.push('id' in change ? `${change.kind}:${change.id}` : change.kind));
      // (b tries again one second after the cut: this lands while nobody listens)
      await a.putRoom(room('baru'));
      for (let i = 2; i <= 5; i++) await a.append('r', join(i), i);
      await until(() => heard.length === 5, 'the events written while the feed was down', 15_000);
      expect(heard).toEqual([1, 2, 3, 4, 5]);
      expect(lines).toContain(t.feedBack);
      // A room opened while the feed was down is announced on reconnecting (so the worker can load it).
      await until(() => metas.includes('room:baru'), 'the room made while the feed was down');
      expect(metas).toContain('config');
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('tells every worker of rooms made, changed and deleted and of new settings, and never prints the password', async () => {
    const url = await freshDatabase();
    const lines: string[] = [];
    const [a, b] = await Promise.all([open(url, (l) => lines.push(l)), open(url)]);
    try {
      const changes: string[] = [];
      b.subscribeMeta((change) => changes.push('id' in change ? `${change.kind}:${change.id}` : change.kind));
      await a.putRoom(room('x'));
      await a.putRoom(room('x', { attendance: true }));
      await a.deleteRoom('x');
      await a.putConfig({ serverId: 'srv', organiserKey: 'o'.repeat(24), retentionDays: 30 });
      await until(() => changes.length === 4, 'room and settings changes');
      expect(changes).toEqual(['room:x', 'room:x', 'deleted:x', 'config']);
      expect(a.where).not.toContain(new URL(url).password);
      expect(a.where).toBe(`postgres://aula@127.0.0.1:${db.port}${new URL(url).pathname}`);
      for (const line of lines) expect(line).not.toContain(new URL(url).password);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
