/*
 * The session on disk: `sesi.json` (id, facilitator key, start time) and `sesi-<id>.jsonl`, one
 * accepted action per line. A line is written (writeSync, so it is in the kernel before the phone is
 * told "Jawaban terkirim") before the action is acknowledged, and replaying the lines through the
 * same reducer rebuilds the session after a crash or kill -9. A torn last line is skipped.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { STATE_VERSION, validateState } from '../../src/lib/aula/deck-state.ts';
import { applyLive, DEVICE_ID, emptySession, type LiveAction, type LiveShape, type Session } from '../../src/lib/aula/live.ts';

export interface SessionMeta {
  id: string;
  key: string;
  startedAt: number;
}

export interface Store {
  meta: SessionMeta;
  session: Session;
  /** Lines replayed from an earlier run of this session (0 for a new one). */
  replayed: number;
  logFile: string;
  append(action: LiveAction): void;
  close(): void;
}

function readMeta(file: string): SessionMeta | undefined {
  try {
    const m = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof m.id === 'string' && /^[a-z0-9-]{1,40}$/.test(m.id) && typeof m.key === 'string' && m.key.length >= 20 && Number.isFinite(m.startedAt)) return m;
  } catch {
    /* missing or unreadable: a new session */
  }
  return undefined;
}

/** Checks what the reducer itself does not (the shape of a replayed state or device id). */
function replayable(action: LiveAction, shapes: Record<string, LiveShape>): boolean {
  if (!action || typeof action !== 'object') return false;
  if (action.type === 'sync') return !!shapes[action.deck] && !!validateState({ v: STATE_VERSION, ...action.state }, shapes[action.deck]);
  if (action.type === 'join' || action.type === 'answer') {
    if (typeof action.device !== 'string' || !DEVICE_ID.test(action.device)) return false;
    return action.type === 'join' || (Array.isArray(action.choice) && Number.isInteger(action.slide));
  }
  return action.type === 'close' && Number.isInteger(action.slide) && typeof action.closed === 'boolean';
}

export function openStore(dir: string, shapes: Record<string, LiveShape>, fresh: boolean, now = Date.now()): Store {
  mkdirSync(dir, { recursive: true });
  const metaFile = join(dir, 'sesi.json');
  let meta = fresh ? undefined : readMeta(metaFile);
  if (!meta) {
    const stamp = new Date(now).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
    meta = { id: `${stamp}-${randomBytes(3).toString('hex')}`, key: randomBytes(18).toString('base64url'), startedAt: now };
    writeFileSync(metaFile, JSON.stringify(meta), { mode: 0o600 });
  }
  const logFile = join(dir, `sesi-${meta.id}.jsonl`);
  let session = emptySession();
  let replayed = 0;
  const text = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
  if (text) {
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const { a } = JSON.parse(line) as { a: LiveAction };
        if (!replayable(a, shapes)) continue;
        session = applyLive(session, a, shapes).session;
        replayed++;
      } catch {
        /* a line cut short by a crash: everything before it is kept */
      }
    }
  }
  const fd = openSync(logFile, 'a', 0o600);
  // A torn last line must not swallow the next entry.
  if (text && !text.endsWith('\n')) writeSync(fd, '\n');
  return {
    meta,
    get session() {
      return session;
    },
    set session(next: Session) {
      session = next;
    },
    replayed,
    logFile,
    append(action) {
      writeSync(fd, JSON.stringify({ t: Date.now(), a: action }) + '\n');
    },
    close() {
      closeSync(fd);
    },
  };
}
