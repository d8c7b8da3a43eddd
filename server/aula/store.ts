/*
 * Where the hall keeps its records: one interface, two backends (the file log of a laptop in
 * file-store.ts; PostgreSQL in server mode). Per room, an append-only event log (each accepted action
 * with a sequence number and the time), the room's metadata, and a change feed so that a worker
 * hears of events another worker wrote. The session itself is never stored: it is the pure reducer
 * (src/lib/aula/live.ts) run over the log, so a restart, a second worker and a report all rebuild the
 * same thing.
 *
 * Durability: every write returns a Promise that resolves only when the write is durable (fsync for
 * the file log, COMMIT for PostgreSQL). The hall acknowledges an answer only after that.
 * Idempotence: the reducer makes a replayed event harmless (an answer sets the device's answer, a
 * join or pledge that is already there changes nothing), so an event applied twice, or a phone
 * re-sending after a reconnect, never counts twice. The contract tests are tests/support/store-contract.ts.
 */
import type { LiveAction } from '../../src/lib/aula/live.ts';
import type { RosterLine } from '../../src/lib/aula/report.ts';

/** A roster line the organiser imported: participants pick it by name or NIP (and a card may be tied to it). */
export type RosterEntry = RosterLine;

export interface RoomMeta {
  /** Lower-case letters, digits and dashes; also the room's file or row name. */
  id: string;
  title: string;
  /** What participants type to join (JOIN_CODE); unique among open rooms. */
  code: string;
  /** The facilitator's secret; travels in an HttpOnly cookie, never in a logged URL. */
  key: string;
  createdAt: number;
  /** Days after createdAt when the room and its records are deleted. */
  retentionDays: number;
  /** Attendance (daftar hadir) on: participants register before they answer. */
  attendance: boolean;
  /** The organiser's list of units to choose from (free text when empty). */
  units: string[];
  roster: RosterEntry[];
  /**
   * Set on a room imported from another server's export ("<serverId>/<room id>" where it ran): kept
   * for the rekap only, never joinable, never driven by a facilitator (its key and code are empty).
   */
  importedFrom?: string;
}

/** Settings of one hall server (one laptop, or one agency service). */
export interface HallConfig {
  /** Names this server in an export, so a rekap can merge several without counting a room twice. */
  serverId: string;
  /** The organiser's secret (all rooms, the rekap, export and delete). */
  organiserKey: string;
  /** The room `npm run aula` opens by default (a laptop with one session). */
  defaultRoom?: string;
  /** Retention for new rooms, in days. */
  retentionDays: number;
}

export interface StoredEvent {
  /** 1, 2, 3 … per room, without gaps, in the order the events were made durable. */
  seq: number;
  /** Server time (ms) when the event was accepted. */
  at: number;
  action: LiveAction;
}

/** What changed besides events: a room's metadata, a room deleted, or the server's settings. */
export type MetaChange = { kind: 'room'; id: string } | { kind: 'deleted'; id: string } | { kind: 'config' };

/** Called with each new event of any room, per room in sequence order (see `subscribe`). */
export type FeedListener = (room: string, event: StoredEvent) => void;

export interface Store {
  /** 'file' or 'postgres', for the terminal and the report. */
  readonly kind: string;
  /** A human-readable place (the folder, or the database), for the terminal. */
  readonly where: string;

  config(): Promise<HallConfig | undefined>;
  putConfig(config: HallConfig): Promise<void>;

  rooms(): Promise<RoomMeta[]>;
  room(id: string): Promise<RoomMeta | undefined>;
  /** Creates or replaces a room's metadata (durable on resolve). */
  putRoom(meta: RoomMeta): Promise<void>;
  /** Deletes a room's metadata and every event of it, for good. */
  deleteRoom(id: string): Promise<void>;

  /**
   * Appends one event to a room's log; resolves with its sequence number once it is durable. Rejects
   * for a room that does not exist.
   */
  append(room: string, action: LiveAction, at: number): Promise<StoredEvent>;
  /** The room's events with seq > after, in order (an unreadable entry is left out). */
  events(room: string, after?: number): Promise<StoredEvent[]>;
  /**
   * The change feed: the listener hears every event appended after it subscribed, by this process or
   * another one sharing the store, per room in sequence order. A listener that sees a gap (a seq
   * more than one past the last it applied) reads the missing ones with `events`. Returns unsubscribe.
   */
  subscribe(listener: FeedListener): () => void;
  /**
   * Settings and rooms written or deleted by any process sharing the store (PostgreSQL's workers,
   * this one included), so each worker's copy of a room's metadata (attendance, roster) and of the
   * settings stays current. Absent where one process owns the store (the file store).
   */
  subscribeMeta?(listener: (change: MetaChange) => void): () => void;

  close(): Promise<void>;
}

/** Room ids: what a store may use as a file or row name. */
export const ROOM_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** Rooms whose retention has run out at `now`. */
export const expiredRooms = (rooms: readonly RoomMeta[], now: number): RoomMeta[] =>
  rooms.filter((r) => now >= r.createdAt + r.retentionDays * 86_400_000);
