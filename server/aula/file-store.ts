/*
 * The laptop's store: plain files in one folder (`.aula/` by default), nothing to install.
 *   aula.json          the server's settings (organiser key, default room), mode 0600
 *   ruang/<id>.json    a room's metadata (its facilitator key, roster), mode 0600
 *   ruang/<id>.jsonl   the room's events, one JSON line each: {"s": seq, "t": time, "a": action}
 * An append resolves after write + fdatasync, so an acknowledged answer survives kill -9 and a power
 * cut. Appends that arrive while a sync is under way are written together with one fdatasync (group
 * commit): 300 phones answering at once cost a few syncs, not 300. A line torn by a crash is skipped
 * on reading; everything before it is kept. Metadata is written to a temporary file and renamed.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { open, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { LiveAction } from '../../src/lib/aula/live.ts';
import { parseStoredAction } from '../../src/lib/aula/messages.ts';
import { ROOM_ID, type FeedListener, type HallConfig, type RoomMeta, type Store, type StoredEvent } from './store.ts';

interface Log {
  handle: FileHandle;
  /** Last sequence number handed out. */
  seq: number;
  pending: { event: StoredEvent; ok: (e: StoredEvent) => void; fail: (e: unknown) => void }[];
  flushing: boolean;
  /** Set when a write failed: the log refuses further appends rather than leave a gap. */
  broken?: unknown;
}

/** Parses a log file's text: valid lines in order, torn or foreign ones left out. */
function parseLog(text: string): StoredEvent[] {
  const events: StoredEvent[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const { s, t, a } = JSON.parse(line) as { s: unknown; t: unknown; a: unknown };
      const action = parseStoredAction(a);
      if (action && Number.isInteger(s) && Number.isFinite(t)) events.push({ seq: s as number, at: t as number, action });
    } catch {
      /* a line cut short by a crash */
    }
  }
  return events;
}

async function writeDurably(file: string, text: string): Promise<void> {
  const tmp = `${file}.tmp`;
  const handle = await open(tmp, 'w', 0o600);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, file);
}

export function openFileStore(dir: string): Store {
  const roomsDir = join(dir, 'ruang');
  mkdirSync(roomsDir, { recursive: true, mode: 0o700 });
  const configFile = join(dir, 'aula.json');
  const metaFile = (id: string) => join(roomsDir, `${id}.json`);
  const logFile = (id: string) => join(roomsDir, `${id}.jsonl`);
  const logs = new Map<string, Promise<Log>>();
  const listeners = new Set<FeedListener>();
  const checkId = (id: string) => {
    if (!ROOM_ID.test(id)) throw new Error(`invalid room id: ${id}`);
  };

  const readJson = async <T>(file: string): Promise<T | undefined> => {
    try {
      return JSON.parse(await readFile(file, 'utf8')) as T;
    } catch {
      return undefined;
    }
  };

  async function openLog(id: string): Promise<Log> {
    checkId(id);
    if (!(await readJson(metaFile(id)))) throw new Error(`no such room: ${id}`);
    let text = '';
    try {
      text = await readFile(logFile(id), 'utf8');
    } catch {
      /* a new room */
    }
    const events = parseLog(text);
    const handle = await open(logFile(id), 'a', 0o600);
    // A torn last line must not swallow the next entry.
    if (text && !text.endsWith('\n')) await handle.write('\n');
    return { handle, seq: events.at(-1)?.seq ?? 0, pending: [], flushing: false };
  }

  const logOf = (id: string): Promise<Log> => {
    let log = logs.get(id);
    if (!log) {
      log = openLog(id);
      logs.set(id, log);
      log.catch(() => logs.delete(id));
    }
    return log;
  };

  async function flush(room: string, log: Log) {
    log.flushing = true;
    while (log.pending.length) {
      const batch = log.pending.splice(0);
      try {
        if (log.broken) throw log.broken;
        await log.handle.write(batch.map(({ event: e }) => JSON.stringify({ s: e.seq, t: e.at, a: e.action }) + '\n').join(''));
        await log.handle.datasync();
      } catch (error) {
        log.broken = error;
        for (const b of batch) b.fail(error);
        continue;
      }
      for (const b of batch) for (const listener of listeners) listener(room, b.event);
      for (const b of batch) b.ok(b.event);
    }
    log.flushing = false;
  }

  return {
    kind: 'file',
    where: dir,
    async config() {
      return readJson<HallConfig>(configFile);
    },
    async putConfig(config) {
      await writeDurably(configFile, JSON.stringify(config));
    },
    async rooms() {
      const ids = readdirSync(roomsDir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -5))
        .filter((id) => ROOM_ID.test(id));
      const metas = await Promise.all(ids.map((id) => readJson<RoomMeta>(metaFile(id))));
      return metas.filter((m): m is RoomMeta => !!m && typeof m.id === 'string').sort((a, b) => a.createdAt - b.createdAt);
    },
    async room(id) {
      if (!ROOM_ID.test(id)) return undefined;
      return readJson<RoomMeta>(metaFile(id));
    },
    async putRoom(meta) {
      checkId(meta.id);
      await writeDurably(metaFile(meta.id), JSON.stringify(meta));
    },
    async deleteRoom(id) {
      checkId(id);
      const log = logs.get(id);
      logs.delete(id);
      if (log) await log.then((l) => l.handle.close()).catch(() => {});
      await rm(logFile(id), { force: true });
      await rm(metaFile(id), { force: true });
    },
    async append(room: string, action: LiveAction, at: number) {
      const log = await logOf(room);
      if (log.broken) throw log.broken;
      return new Promise<StoredEvent>((ok, fail) => {
        log.pending.push({ event: { seq: ++log.seq, at, action }, ok, fail });
        if (!log.flushing) void flush(room, log);
      });
    },
    async events(room, after = 0) {
      if (!ROOM_ID.test(room)) return [];
      try {
        return parseLog(await readFile(logFile(room), 'utf8')).filter((e) => e.seq > after);
      } catch {
        return [];
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      const open = [...logs.values()];
      logs.clear();
      listeners.clear();
      for (const log of open) {
        const l = await log.catch(() => undefined);
        if (!l) continue;
        while (l.flushing) await new Promise((r) => setTimeout(r, 1));
        await l.handle.close().catch(() => {});
      }
    },
  };
}
