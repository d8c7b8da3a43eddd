/*
 * The hall's store in PostgreSQL (server mode): several workers share one database, so any worker
 * can serve any phone. Same interface and contract as the laptop's file store (store.ts,
 * tests/support/store-contract.ts); tables in postgres/schema.ts, settings in postgres/database.ts.
 *
 * Appends: a worker writes a room's appends in batches, one transaction at a time per room (group
 * commit: while one batch commits, the next gathers), and resolves each append only after COMMIT.
 * The transaction first bumps the room's counter (aula_rooms.last_seq), which locks the room's row
 * until COMMIT: another worker's batch for the same room waits, and gets the next numbers only after
 * this one is visible. So within a room, numbers are gapless and commit in order; a reader that saw
 * event N has seen every event before it. That closes the gap a global sequence leaves (a later
 * number committing before an earlier one, and a reader skipping the earlier for good).
 *
 * Fan-out: PostgreSQL's LISTEN/NOTIFY, nothing else to run. Each batch's transaction notifies the
 * events themselves (postgres/notify.ts: "e <room> <first> <last> [[at, action], …]", several
 * notifications when a batch is larger than one may carry), delivered at COMMIT to every worker; a
 * worker delivers its own events to its subscribers at once and takes the others' from the
 * notification, without reading them back. Whatever a notification leaves out (an event too large
 * for one, a body it cannot read, a notification missed while LISTEN reconnected) shows as a gap in
 * the numbers and is read from aula_events, so a notification saves a read and never decides what
 * is in the log (on reconnecting, the listener compares every room's counter). Room metadata
 * notifies "m <room>", deletions "d <room>" and the settings "c", for subscribeMeta().
 *
 * Chosen over Valkey/Redis pub/sub: one fewer service for an agency to run and back up, and the
 * notification is part of the same transaction as the write it announces (no "stored but never
 * announced" or "announced but rolled back").
 */
import pg from 'pg';
import type { LiveAction } from '../../src/lib/aula/live.ts';
import { parseStoredAction } from '../../src/lib/aula/messages.ts';
import { hallServer as t } from '../../src/i18n/hall-server.ts';
import { databaseConfig, type DatabaseConfig } from './postgres/database.ts';
import { migrate } from './postgres/migrate.ts';
import { noticeEvents, packNotices, parseNotice } from './postgres/notify.ts';
import { MIGRATIONS } from './postgres/schema.ts';
import type { StoreCounters } from './stats.ts';
import { ROOM_ID, type FeedListener, type HallConfig, type MetaChange, type RoomMeta, type Store, type StoredEvent } from './store.ts';

const CHANNEL = 'aula_events';
/** Most events in one transaction (a few hundred KB of parameters at most). */
const MAX_BATCH = 500;
/** Most events read per query when catching up. */
const READ_LIMIT = 5000;

export interface PostgresStore extends Store {
  subscribeMeta(listener: (change: MetaChange) => void): () => void;
  /** The connection pool (the benchmark reads its counts). */
  readonly pool: pg.Pool;
  /** Transactions and events written, catch-up reads and events read, events taken from notifications, since the store opened (stats.ts). */
  readonly counters: StoreCounters;
}

interface Pending {
  action: LiveAction;
  at: number;
  ok: (event: StoredEvent) => void;
  fail: (error: unknown) => void;
}

interface Feed {
  /** Last event handed to subscribers. */
  delivered: number;
  /** Highest sequence number known to exist. */
  want: number;
  /** Events read or written but not yet delivered (waiting for an earlier one); null: unreadable, skipped. */
  known: Map<number, StoredEvent | null>;
  reading: boolean;
}

/*
 * One statement, so one round trip and no lock held while the client is away: the room's counter
 * (its row locked until COMMIT), the events, and their notifications. The texts travel as one JSON
 * array ($4) and as notification bodies joined by newlines ($5, which JSON text never contains raw)
 * rather than as text[] parameters, whose every quote the client escaped and the server unescaped
 * (a few per cent of a worker's CPU). $6, $7: each notification's first event's index in the batch
 * and how many it carries.
 */
const APPEND = `
  WITH r AS (
    UPDATE aula_rooms SET last_seq = last_seq + $2 WHERE id = $1 RETURNING last_seq
  ), e AS (
    INSERT INTO aula_events (room, seq, at, action)
    SELECT $1, r.last_seq - $2 + x.n, x.at, x.action
    FROM r, ROWS FROM (unnest($3::double precision[]), json_array_elements($4::json)) WITH ORDINALITY AS x(at, action, n)
    RETURNING seq
  ), f AS (
    SELECT min(seq)::integer AS first, max(seq)::integer AS last FROM e HAVING count(*) > 0
  )
  SELECT f.last, pg_notify('${CHANNEL}', 'e ' || $1 || ' ' || (f.first + c.o) || ' ' || (f.first + c.o + c.n - 1) || ' ' || c.body)
  FROM f, unnest(string_to_array($5, E'\\n'), $6::integer[], $7::integer[]) AS c(body, o, n)`;

const toEvent = (row: { seq: number; at: number; action: unknown }): StoredEvent | undefined => {
  const action = parseStoredAction(row.action);
  return action ? { seq: row.seq, at: row.at, action } : undefined;
};

/**
 * Opens the store: connects, brings the schema up to date, starts listening. `log` receives lines
 * for the terminal (migrations, a lost and regained LISTEN connection), never a password.
 */
export async function openPostgresStore(
  config: DatabaseConfig = databaseConfig(),
  log: (line: string) => void = (line) => console.log(line),
): Promise<PostgresStore> {
  const pool = new pg.Pool(config.pool);
  // An idle client's error (the database restarted) must not end the process; the next query reconnects.
  pool.on('error', () => undefined);
  try {
    await migrate(pool, MIGRATIONS, log);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }

  const listeners = new Set<FeedListener>();
  const metaListeners = new Set<(change: MetaChange) => void>();
  const queues = new Map<string, { pending: Pending[]; running: boolean }>();
  const feeds = new Map<string, Feed>();
  const counters: StoreCounters = { batches: 0, events: 0, commitMs: 0, reads: 0, read: 0, notified: 0 };
  let closed = false;

  const feedOf = (room: string): Feed => {
    let feed = feeds.get(room);
    if (!feed) {
      feed = { delivered: 0, want: 0, known: new Map(), reading: false };
      feeds.set(room, feed);
    }
    return feed;
  };

  async function readEvents(room: string, after: number, limit = 1_000_000): Promise<StoredEvent[]> {
    const { rows } = await pool.query<{ seq: number; at: number; action: unknown }>({
      name: 'aula-events',
      // Ordered by the column itself (not the integer alias), so the primary key's index gives the
      // order and LIMIT stops early; by the alias PostgreSQL sorted every matching row first.
      text: 'SELECT seq::integer AS seq, at, action FROM aula_events WHERE room = $1 AND seq > $2 ORDER BY aula_events.seq LIMIT $3',
      values: [room, after, limit],
    });
    counters.reads++;
    counters.read += rows.length;
    return rows.map(toEvent).filter((e): e is StoredEvent => !!e);
  }

  /** Hands subscribers every event of the room they have not had, in order; reads what is missing. */
  function pump(room: string) {
    const feed = feedOf(room);
    if (!listeners.size) {
      // Nobody listens: nothing to deliver later either.
      feed.delivered = Math.max(feed.delivered, feed.want);
      feed.known.clear();
      return;
    }
    while (feed.known.has(feed.delivered + 1)) {
      const next = feed.known.get(++feed.delivered);
      feed.known.delete(feed.delivered);
      if (!next) continue;
      for (const listener of listeners) {
        try {
          listener(room, next);
        } catch (error) {
          // One subscriber's bug must not stop the others or the feed.
          console.error(error);
        }
      }
    }
    if (feed.delivered >= feed.want || feed.reading || closed) return;
    feed.reading = true;
    const from = feed.delivered;
    readEvents(room, from, READ_LIMIT)
      .then((events) => {
        for (const e of events) if (e.seq > feed.delivered) feed.known.set(e.seq, e);
        // An entry the reader left out (unreadable) must not hold the feed forever: skip its number.
        const last = events.at(-1)?.seq ?? from;
        for (let s = feed.delivered + 1; s < last; s++) if (!feed.known.has(s)) feed.known.set(s, null);
        if (!events.length) feed.want = feed.delivered; // the room is gone
      })
      .catch((error) => {
        console.error(`aula feed: ${(error as Error).message}`);
        return new Promise((r) => setTimeout(r, 500));
      })
      .finally(() => {
        feed.reading = false;
        pump(room);
      });
  }

  const tell = (change: MetaChange) => {
    for (const l of metaListeners) l(change);
  };

  const heard = (room: string, last: number) => {
    const feed = feedOf(room);
    feed.want = Math.max(feed.want, last);
    pump(room);
  };

  /** Another worker's events, as its notification carried them (this worker's own are known already). */
  const heardEvents = (payload: string) => {
    const notice = parseNotice(payload);
    if (!notice) return;
    const feed = feedOf(notice.room);
    if (notice.last > feed.delivered && !feed.known.has(notice.last)) {
      for (const [seq, event] of noticeEvents(notice, toEvent)) {
        if (seq > feed.delivered && !feed.known.has(seq)) {
          feed.known.set(seq, event);
          counters.notified++;
        }
      }
    }
    heard(notice.room, notice.last);
  };

  /* ---------- LISTEN: one dedicated connection, reconnected when lost ---------- */
  let listener: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  async function listen(again = false): Promise<void> {
    const client = new pg.Client(config.pool);
    client.on('notification', (n) => {
      const payload = n.payload ?? '';
      if (payload.startsWith('e ')) return heardEvents(payload);
      const [kind, room, seq] = payload.split(' ');
      if (kind === 'c') return tell({ kind: 'config' });
      if (!room || !ROOM_ID.test(room)) return;
      // "a <room> <seq>": only the number (what workers before schema 2 sent); the events are read.
      if (kind === 'a') heard(room, Number(seq));
      else if (kind === 'm') tell({ kind: 'room', id: room });
      else if (kind === 'd') {
        feeds.delete(room);
        tell({ kind: 'deleted', id: room });
      }
    });
    const lost = () => {
      if (closed || listener !== client) return;
      listener = undefined;
      log(t.feedLost);
      client.end().catch(() => undefined);
      retry = setTimeout(() => void reconnect(), 1000);
    };
    client.on('error', lost);
    client.on('end', lost);
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    listener = client;
    // Everything committed before LISTEN took effect is in the counters: start (or resume) from them.
    const { rows } = await pool.query<{ id: string; last: number }>('SELECT id, last_seq::integer AS last FROM aula_rooms');
    for (const { id, last } of rows) {
      const feed = feeds.get(id);
      if (feed) heard(id, last);
      else feeds.set(id, { delivered: last, want: last, known: new Map(), reading: false });
    }
    if (!again) return;
    // What changed while nobody listened: settings, rooms made or changed (a new room's subscriber
    // reads its log itself), rooms deleted.
    tell({ kind: 'config' });
    const present = new Set(rows.map((r) => r.id));
    for (const id of present) tell({ kind: 'room', id });
    for (const id of [...feeds.keys()].filter((id) => !present.has(id))) {
      feeds.delete(id);
      tell({ kind: 'deleted', id });
    }
  }

  async function reconnect() {
    if (closed) return;
    try {
      await listen(true);
      log(t.feedBack);
    } catch {
      retry = setTimeout(() => void reconnect(), 2000);
    }
  }

  try {
    await listen();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }

  /* ---------- Appends: group commit per room ---------- */
  async function writeBatch(room: string, batch: Pending[]): Promise<StoredEvent[]> {
    const started = performance.now();
    const actions = batch.map((b) => JSON.stringify(b.action));
    const notices = packNotices(batch.map((b, i) => `[${JSON.stringify(b.at)},${actions[i]}]`));
    const { rows } = await pool.query<{ last: number }>({
      name: 'aula-append',
      text: APPEND,
      values: [room, batch.length, batch.map((b) => b.at), `[${actions.join(',')}]`, notices.map((c) => c.body).join('\n'), notices.map((c) => c.offset), notices.map((c) => c.count)],
    });
    if (!rows.length) throw new Error(`no such room: ${room}`);
    counters.batches++;
    counters.events += batch.length;
    counters.commitMs += performance.now() - started;
    const first = rows[0].last - batch.length + 1;
    return batch.map((b, i) => ({ seq: first + i, at: b.at, action: b.action }));
  }

  async function drain(room: string, queue: { pending: Pending[]; running: boolean }) {
    queue.running = true;
    while (queue.pending.length) {
      const batch = queue.pending.splice(0, MAX_BATCH);
      let events: StoredEvent[];
      try {
        events = await writeBatch(room, batch);
      } catch (error) {
        for (const b of batch) b.fail(error);
        continue;
      }
      // Subscribers here hear of these at once (in order, after any earlier event of another worker).
      const feed = feedOf(room);
      for (const e of events) if (e.seq > feed.delivered) feed.known.set(e.seq, e);
      heard(room, events.at(-1)!.seq);
      batch.forEach((b, i) => b.ok(events[i]));
    }
    queue.running = false;
    if (!queue.pending.length) queues.delete(room);
  }

  return {
    kind: 'postgres',
    where: config.where,
    pool,
    counters,
    async config() {
      const { rows } = await pool.query<{ config: HallConfig }>('SELECT config FROM aula_config');
      return rows[0]?.config;
    },
    async putConfig(value) {
      await pool.query(
        `WITH w AS (
           INSERT INTO aula_config (id, config) VALUES (true, $1) ON CONFLICT (id) DO UPDATE SET config = excluded.config RETURNING id
         ) SELECT pg_notify('${CHANNEL}', 'c') FROM w`,
        [JSON.stringify(value)],
      );
    },
    async rooms() {
      const { rows } = await pool.query<{ meta: RoomMeta }>('SELECT meta FROM aula_rooms ORDER BY created_at, id');
      return rows.map((r) => r.meta);
    },
    async room(id) {
      if (!ROOM_ID.test(id)) return undefined;
      const { rows } = await pool.query<{ meta: RoomMeta }>('SELECT meta FROM aula_rooms WHERE id = $1', [id]);
      return rows[0]?.meta;
    },
    async putRoom(meta) {
      if (!ROOM_ID.test(meta.id)) throw new Error(`invalid room id: ${meta.id}`);
      // One statement, so the notification goes out with the COMMIT of the row it announces.
      await pool.query(
        `WITH w AS (
           INSERT INTO aula_rooms (id, meta, created_at) VALUES ($1, $2, $3)
           ON CONFLICT (id) DO UPDATE SET meta = excluded.meta, created_at = excluded.created_at RETURNING id
         ) SELECT pg_notify('${CHANNEL}', 'm ' || id) FROM w`,
        [meta.id, JSON.stringify(meta), meta.createdAt],
      );
    },
    async deleteRoom(id) {
      if (!ROOM_ID.test(id)) throw new Error(`invalid room id: ${id}`);
      // The room's row first: an append waiting for its lock then finds no room and writes nothing;
      // the events after, in a later statement whose snapshot holds every append committed before.
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(`WITH d AS (DELETE FROM aula_rooms WHERE id = $1 RETURNING id) SELECT pg_notify('${CHANNEL}', 'd ' || id) FROM d`, [id]);
        await client.query('DELETE FROM aula_events WHERE room = $1', [id]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
      feeds.delete(id);
    },
    append(room, action, at) {
      if (closed) return Promise.reject(new Error('store closed'));
      return new Promise<StoredEvent>((ok, fail) => {
        let queue = queues.get(room);
        if (!queue) {
          queue = { pending: [], running: false };
          queues.set(room, queue);
        }
        queue.pending.push({ action, at, ok, fail });
        if (!queue.running) void drain(room, queue);
      });
    },
    async events(room, after = 0) {
      if (!ROOM_ID.test(room)) return [];
      return readEvents(room, after);
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    subscribeMeta(fn) {
      metaListeners.add(fn);
      return () => metaListeners.delete(fn);
    },
    async close() {
      if (closed) return;
      // Appends already taken are written and answered before the connections close.
      for (let i = 0; queues.size && i < 500; i++) await new Promise((r) => setTimeout(r, 10));
      closed = true;
      clearTimeout(retry);
      listeners.clear();
      metaListeners.clear();
      const client = listener;
      listener = undefined;
      await client?.end().catch(() => undefined);
      await pool.end().catch(() => undefined);
    },
  };
}
