/*
 * Rooms: the sessions a hall server runs at once, each with its own facilitator key and join code.
 * A Room is the reducer's session rebuilt from the store's event log, kept in memory and moved
 * forward one stored event at a time, in sequence order, whichever worker wrote the event. `commit`
 * is the only way an action gets in: checked against the current session (a refusal costs no
 * write), appended (durable on resolve), applied in log order, and only then reported back, so an
 * acknowledgement always means "stored and counted".
 */
import { randomBytes, randomInt } from 'node:crypto';
import { validateState, STATE_VERSION } from '../../src/lib/aula/deck-state.ts';
import { applyLiveInPlace, emptySession, judgeLive, type LiveAction, type Refusal, type Session } from '../../src/lib/aula/live.ts';
import type { HallDecks } from './decks.ts';
import { sameKey } from './auth.ts';
import { expiredRooms, type HallConfig, type MetaChange, type RoomMeta, type RosterEntry, type Store, type StoredEvent } from './store.ts';

/** Join codes: six characters without look-alikes (no 0/O, 1/I/L), easy to read off a projector. */
export const JOIN_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/;
/** What a participant typed, as a code: upper case, spaces and dashes dropped. */
export const normaliseCode = (typed: string) => typed.toUpperCase().replace(/[\s-]/g, '');
export const DEFAULT_RETENTION_DAYS = 90;

const newCode = () => Array.from({ length: 6 }, () => JOIN_ALPHABET[randomInt(JOIN_ALPHABET.length)]).join('');
export const newSecret = () => randomBytes(18).toString('base64url');

export interface Committed {
  refused?: Refusal;
  /** False when the action changed nothing (already counted): nothing was written. */
  changed: boolean;
}

export type RoomListener = (room: Room, action: LiveAction) => void;

/** How long a commit waits for the feed to bring its own event before reading the log itself (ms). */
export const FEED_GRACE = 2_000;

export class Room {
  session: Session = emptySession();
  /** Last event applied. */
  seq = 0;
  /** Open sockets per device on this worker: "N peserta" counts devices, not tabs. */
  readonly online = new Map<string, number>();
  /** Outcome of events this worker wrote, until `commit` reads it. */
  private readonly outcomes = new Map<number, Refusal | undefined>();
  /** This worker's commits waiting for their event to be applied, in sequence order. */
  private readonly waiting: { seq: number; applied: () => void }[] = [];
  private catching: Promise<void> = Promise.resolve();

  meta: RoomMeta;
  private readonly store: Store;
  private readonly decks: HallDecks;
  private readonly listener: RoomListener;

  constructor(meta: RoomMeta, store: Store, decks: HallDecks, listener: RoomListener) {
    this.meta = meta;
    this.store = store;
    this.decks = decks;
    this.listener = listener;
  }

  private get rules() {
    return { attendance: this.meta.attendance };
  }

  /** Applies the next event of the log (skips one already applied). */
  private apply(event: StoredEvent) {
    if (event.seq <= this.seq) return;
    this.seq = event.seq;
    const action = event.action;
    // A stored deck state must still fit its deck (the build may have changed since).
    if (action.type === 'sync' && !(this.decks.shapes[action.deck] && validateState({ v: STATE_VERSION, ...action.state }, this.decks.shapes[action.deck]))) {
      this.outcomes.set(event.seq, 'unknown-deck');
    } else {
      // In place: this room owns its session, and copying a big room's maps for every answer cost
      // more than everything else a worker does (the pure applyLive copies; tests and replays agree).
      const { changed, refused } = applyLiveInPlace(this.session, action, this.decks.shapes, this.rules);
      this.outcomes.set(event.seq, refused);
      if (this.outcomes.size > 10_000) this.outcomes.delete(this.outcomes.keys().next().value!);
      if (changed) this.listener(this, action);
    }
    while (this.waiting.length && this.waiting[0].seq <= this.seq) this.waiting[0].applied();
  }

  /** An event from the store's feed: applied at once when it is the next one, else the gap is read first. */
  receive(event: StoredEvent) {
    if (event.seq === this.seq + 1) this.apply(event);
    else if (event.seq > this.seq) void this.catchUp(event.seq);
  }

  /** Reads and applies the log up to `seq` (everything, without it). */
  catchUp(seq = Infinity): Promise<void> {
    this.catching = this.catching.then(async () => {
      if (this.seq >= seq) return;
      for (const e of await this.store.events(this.meta.id, this.seq)) this.apply(e);
    });
    return this.catching;
  }

  /**
   * Resolves once the event `seq` is applied. The store's feed brings every event in order (the
   * events before it from other workers included), so waiting for it costs no read of its own; a
   * feed that has not brought it after FEED_GRACE ms (stalled, or the room reloaded) is caught up
   * by reading the log, as before.
   */
  private applied(seq: number): Promise<void> {
    if (this.seq >= seq) return Promise.resolve();
    return new Promise((done) => {
      // After the read, the commit goes on as it always did after one (the room may be gone).
      const timer = setTimeout(() => void this.catchUp(seq).catch(() => undefined).finally(() => entry.applied()), FEED_GRACE);
      const entry = {
        seq,
        applied: () => {
          clearTimeout(timer);
          const at = this.waiting.indexOf(entry);
          if (at >= 0) this.waiting.splice(at, 1);
          done();
        },
      };
      // Appends resolve in sequence order, so this is nearly always the end of the queue.
      let at = this.waiting.length;
      while (at > 0 && this.waiting[at - 1].seq > seq) at--;
      this.waiting.splice(at, 0, entry);
    });
  }

  async commit(action: LiveAction): Promise<Committed> {
    // Decided on this worker's session first: a refusal or a repeat costs no write.
    const { changed, refused } = judgeLive(this.session, action, this.decks.shapes, this.rules);
    if (refused) return { refused, changed: false };
    if (!changed) return { changed: false };
    const event = await this.store.append(this.meta.id, action, Date.now());
    await this.applied(event.seq);
    const outcome = this.outcomes.get(event.seq);
    this.outcomes.delete(event.seq);
    return outcome ? { refused: outcome, changed: false } : { changed: true };
  }
}

export interface NewRoom {
  title: string;
  attendance?: boolean;
  retentionDays?: number;
  units?: string[];
  roster?: RosterEntry[];
}

/** The rooms of this server, found by id, join code or facilitator key. */
export class Rooms {
  private readonly byId = new Map<string, Room>();
  private unsubscribe: () => void = () => {};

  readonly store: Store;
  readonly decks: HallDecks;
  config: HallConfig;
  private readonly listener: RoomListener;

  private constructor(store: Store, decks: HallDecks, config: HallConfig, listener: RoomListener) {
    this.store = store;
    this.decks = decks;
    this.config = config;
    this.listener = listener;
  }

  static async open(store: Store, decks: HallDecks, listener: RoomListener): Promise<Rooms> {
    let config = await store.config();
    if (!config) {
      config = { serverId: `aula-${randomBytes(4).toString('hex')}`, organiserKey: newSecret(), retentionDays: DEFAULT_RETENTION_DAYS };
      await store.putConfig(config);
    }
    const rooms = new Rooms(store, decks, config, listener);
    rooms.unsubscribe = store.subscribe((id, event) => {
      const room = rooms.byId.get(id);
      if (room) room.receive(event);
      // A room another worker opened: load it (its log brings it up to date).
      else void rooms.load(id);
    });
    // Another worker's writes (server mode): its rooms and settings replace this worker's copies.
    const unsubscribeMeta = store.subscribeMeta?.((change) => void rooms.refresh(change));
    const unsubscribe = rooms.unsubscribe;
    rooms.unsubscribe = () => (unsubscribe(), unsubscribeMeta?.());
    // Two workers starting on an empty database both write settings: the one stored wins everywhere.
    rooms.config = (await store.config()) ?? config;
    for (const meta of await store.rooms()) await rooms.adopt(meta);
    return rooms;
  }

  private async refresh(change: MetaChange) {
    if (change.kind === 'config') {
      this.config = (await this.store.config()) ?? this.config;
    } else if (change.kind === 'deleted') {
      this.byId.delete(change.id);
    } else {
      const meta = await this.store.room(change.id);
      const known = this.byId.get(change.id);
      if (meta && known) known.meta = meta;
      else if (meta) await this.load(change.id);
    }
  }

  private async adopt(meta: RoomMeta): Promise<Room> {
    const room = new Room(meta, this.store, this.decks, this.listener);
    this.byId.set(meta.id, room);
    await room.catchUp();
    return room;
  }

  /** A room by id, loading it from the store when another worker made it. */
  async load(id: string): Promise<Room | undefined> {
    const known = this.byId.get(id);
    if (known) return known;
    const meta = await this.store.room(id);
    return meta ? (this.byId.get(id) ?? this.adopt(meta)) : undefined;
  }

  list(): Room[] {
    return [...this.byId.values()].sort((a, b) => a.meta.createdAt - b.meta.createdAt);
  }
  get(id: string): Room | undefined {
    return this.byId.get(id);
  }
  byCode(code: string): Room | undefined {
    const wanted = normaliseCode(code);
    return this.list().find((r) => !r.meta.importedFrom && r.meta.code === wanted);
  }
  /** The room whose facilitator key this is (compared in constant time with every room's key). */
  byKey(key: string | undefined): Room | undefined {
    let found: Room | undefined;
    for (const room of this.byId.values()) if (sameKey(key, room.meta.key) && !room.meta.importedFrom) found = room;
    return found;
  }
  get default(): Room | undefined {
    return this.config.defaultRoom ? this.byId.get(this.config.defaultRoom) : undefined;
  }

  async create(spec: NewRoom, now = Date.now()): Promise<Room> {
    let code = newCode();
    while (this.byCode(code)) code = newCode();
    const stamp = new Date(now).toISOString().slice(0, 10).replace(/-/g, '');
    const meta: RoomMeta = {
      id: `${stamp}-${randomBytes(3).toString('hex')}`,
      title: spec.title,
      code,
      key: newSecret(),
      createdAt: now,
      retentionDays: spec.retentionDays ?? this.config.retentionDays,
      attendance: spec.attendance ?? false,
      units: spec.units ?? [],
      roster: spec.roster ?? [],
    };
    await this.store.putRoom(meta);
    return this.adopt(meta);
  }

  async update(room: Room, change: Partial<Omit<RoomMeta, 'id' | 'key' | 'code' | 'createdAt'>>): Promise<void> {
    const meta = { ...room.meta, ...change };
    await this.store.putRoom(meta);
    room.meta = meta;
  }

  async setConfig(change: Partial<HallConfig>): Promise<void> {
    const config = { ...this.config, ...change };
    await this.store.putConfig(config);
    this.config = config;
  }

  async delete(id: string): Promise<void> {
    await this.store.deleteRoom(id);
    this.byId.delete(id);
    if (this.config.defaultRoom === id) await this.setConfig({ defaultRoom: undefined });
  }

  /** Deletes the rooms whose retention ran out (`before` hears of each first); returns how many. */
  async expire(now = Date.now(), before: (room: Room) => void = () => {}): Promise<number> {
    const gone = expiredRooms(this.list().map((r) => r.meta), now);
    for (const meta of gone) {
      const room = this.byId.get(meta.id);
      if (room) before(room);
      await this.delete(meta.id);
    }
    return gone.length;
  }

  close() {
    this.unsubscribe();
  }
}
