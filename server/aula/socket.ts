/*
 * The live protocol over WebSocket. Phones connect to /ws/peserta?kode=<join code> (or, on a laptop
 * with one room, without a code), decks to /ws/fasilitator with the room's key in its HttpOnly
 * cookie. Phones send join, attend, answer and pledge; decks send sync, close, cards and round. Each
 * frame is bounded (ws maxPayload), rate-limited per device, validated with zod (messages.ts) and
 * handed to the room's `commit`, which acknowledges only what is stored. `ws` is the Node standard:
 * a frame-size limit and per-socket buffering we can watch.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { parseState } from '../../src/lib/aula/deck-state.ts';
import { distribution, participantView, type LiveAction, type Person } from '../../src/lib/aula/live.ts';
import { facilitatorMessage, MAX_FRAME, parseIncoming, participantMessage } from '../../src/lib/aula/messages.ts';
import { DEVICE_LIMIT, fullBucket, take, type Bucket, type RateLimit } from '../../src/lib/aula/rate.ts';
import { paths } from '../../src/lib/paths.ts';
import { cookieFrom, KEY_COOKIE } from './auth.ts';
import type { Room, Rooms } from './rooms.ts';

/**
 * Least time between two count updates to a room's facilitators while answers arrive (ms): the
 * bound on how late a count is, independent of how many phones answer at once.
 */
export const FACILITATOR_EVERY = 100;

/** Wrong join codes per address: a few typos are fine, guessing codes is not. */
export const CODE_LIMIT: RateLimit = { rate: 0.2, burst: 10 };

interface Conn {
  ws: WebSocket;
  role: 'participant' | 'facilitator';
  room: Room;
  device?: string;
  bucket: Bucket;
  alive: boolean;
}

export interface SocketContext {
  rooms: () => Rooms;
  /** The participants' address of a room (with its code) and its QR code as SVG. */
  joinAddress: (room: Room) => { url: string; qr: string };
  reportPath: string;
  /** The client's address (behind a trusted proxy, from X-Forwarded-For: server/aula/proxy.ts). */
  clientAddress?: (request: IncomingMessage) => string;
}

export class HallSockets {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME });
  private readonly conns = new Map<Room, Set<Conn>>();
  /** Per device across reconnects, so a reconnect does not refill the bucket. */
  private readonly buckets = new Map<string, Bucket>();
  private readonly codeBuckets = new Map<string, Bucket>();
  /** Rooms with a facilitator update on its way (its timer), and when each room's last one went. */
  private readonly queued = new Map<Room, NodeJS.Timeout>();
  private readonly lastUpdate = new Map<Room, number>();
  private readonly heartbeat: NodeJS.Timeout;

  private readonly ctx: SocketContext;

  constructor(ctx: SocketContext) {
    this.ctx = ctx;
    this.wss.on('connection', (ws: WebSocket, role: Conn['role'], room: Room) => this.connected(ws, role, room));
    // Drops sockets of phones that left without closing (Wi-Fi gone), so "N peserta" stays honest.
    this.heartbeat = setInterval(() => {
      for (const set of this.conns.values())
        for (const c of set) {
          if (!c.alive) c.ws.terminate();
          else {
            c.alive = false;
            c.ws.ping();
          }
        }
    }, 20_000);
    this.heartbeat.unref();
  }

  /** Decides an upgrade request: which role, which room, and whether it may connect at all. */
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
    socket.on('error', () => socket.destroy());
    const url = new URL(request.url ?? '/', 'http://aula');
    const role = url.pathname === paths.hallSocket('peserta') ? 'participant' : url.pathname === paths.hallSocket('fasilitator') ? 'facilitator' : undefined;
    const refuse = (status: number, text: string) => socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\n\r\n`);
    // Browsers always send Origin: a page from elsewhere may not drive this session.
    const origin = request.headers.origin;
    if (!role) return refuse(404, 'Not Found');
    if (origin && origin !== `http://${request.headers.host}` && origin !== `https://${request.headers.host}`) return refuse(403, 'Forbidden');
    const rooms = this.ctx.rooms();
    let room: Room | undefined;
    if (role === 'facilitator') {
      room = rooms.byKey(cookieFrom(request.headers.cookie, KEY_COOKIE));
      if (!room) return refuse(403, 'Forbidden');
    } else {
      const code = url.searchParams.get('kode');
      // Without a code: the laptop's one room, and only while it is the only one (never a guess among several).
      if (code === null) room = rooms.list().filter((r) => !r.meta.importedFrom).length === 1 ? rooms.default : undefined;
      else {
        const address = this.ctx.clientAddress?.(request) ?? request.socket.remoteAddress ?? '';
        const limited = take(this.codeBuckets.get(address) ?? fullBucket(CODE_LIMIT, Date.now()), CODE_LIMIT, Date.now());
        room = limited.ok ? rooms.byCode(code) : undefined;
        // Only wrong codes cost a token: a hall full of phones behind one NAT joins freely.
        if (!room) this.codeBuckets.set(address, limited.bucket);
        if (this.codeBuckets.size > 10_000) this.codeBuckets.clear();
      }
      if (!room) return refuse(404, 'Not Found');
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => this.wss.emit('connection', ws, role, room));
  }

  private send(ws: WebSocket, message: unknown) {
    this.sendText(ws, JSON.stringify(message));
  }

  private sendText(ws: WebSocket, text: string) {
    // A phone that stopped reading is not allowed to fill the server's memory.
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > 1_000_000) return ws.terminate();
    ws.send(text);
  }

  private of(room: Room): Set<Conn> {
    let set = this.conns.get(room);
    if (!set) this.conns.set(room, (set = new Set()));
    return set;
  }

  private connected(ws: WebSocket, role: Conn['role'], room: Room) {
    const c: Conn = { ws, role, room, bucket: fullBucket(DEVICE_LIMIT, Date.now()), alive: true };
    this.of(room).add(c);
    ws.on('pong', () => (c.alive = true));
    ws.on('error', () => ws.terminate());
    ws.on('message', (raw, isBinary) => {
      c.alive = true;
      if (role === 'participant') {
        const limited = take(c.bucket, DEVICE_LIMIT, Date.now());
        c.bucket = limited.bucket;
        if (c.device) this.buckets.set(c.device, c.bucket);
        if (!limited.ok) return this.send(ws, { kind: 'error', reason: 'rate' });
      }
      if (isBinary) return this.send(ws, { kind: 'error', reason: 'invalid' });
      const text = raw.toString();
      const handled = role === 'participant' ? this.onParticipant(c, text) : this.onFacilitator(c, text);
      // A bug or a failed write must cost one message, never the session; the phone is not told "sent".
      handled.catch((error) => {
        console.error(error);
        this.send(ws, { kind: 'error', reason: 'server' });
      });
    });
    ws.on('close', () => {
      this.of(room).delete(c);
      if (c.device) {
        const n = (room.online.get(c.device) ?? 1) - 1;
        if (n > 0) room.online.set(c.device, n);
        else room.online.delete(c.device);
        this.updateFacilitators(room);
      }
    });
    if (role === 'facilitator') {
      const join = this.ctx.joinAddress(room);
      this.send(ws, { kind: 'hello', participantUrl: join.url, qr: join.qr, code: room.meta.code, title: room.meta.title, report: this.ctx.reportPath });
    }
    this.updateFacilitators(room);
  }

  /** What this device's phone knows about itself and the room: attendance and what it may pick from. */
  private me(c: Conn) {
    const { meta, session } = c.room;
    const person = c.device ? session.people[c.device] : undefined;
    return {
      kind: 'me',
      room: meta.title,
      attendance: meta.attendance,
      retentionDays: meta.retentionDays,
      person: person ?? null,
      units: meta.units,
      roster: meta.attendance ? meta.roster.map((r) => ({ id: r.id, name: r.name })) : [],
    };
  }

  private sendView(c: Conn) {
    if (c.device) this.send(c.ws, { kind: 'view', view: participantView(c.room.session, this.ctx.rooms().decks.byId, c.device, Date.now()) });
  }

  private async onParticipant(c: Conn, data: string) {
    const message = parseIncoming(participantMessage, data);
    if (!message) return this.send(c.ws, { kind: 'error', reason: 'invalid' });
    const room = c.room;
    if (message.kind === 'join') {
      if (c.device && c.device !== message.device) return this.send(c.ws, { kind: 'error', reason: 'invalid' });
      const { refused } = await room.commit({ type: 'join', device: message.device, name: message.name });
      if (refused) {
        this.send(c.ws, { kind: 'error', reason: refused });
        return c.ws.close(1008);
      }
      if (!c.device) {
        c.device = message.device;
        room.online.set(c.device, (room.online.get(c.device) ?? 0) + 1);
        c.bucket = this.buckets.get(c.device) ?? c.bucket;
      }
      this.send(c.ws, { kind: 'joined' });
      this.send(c.ws, this.me(c));
      this.sendView(c);
      this.updateFacilitators(room);
      return;
    }
    if (!c.device) return this.send(c.ws, { kind: 'error', reason: 'unknown-device' });
    const device = c.device;
    if (message.kind === 'attend') {
      if (!room.meta.attendance) return this.send(c.ws, { kind: 'error', reason: 'invalid' });
      let person: Person | undefined;
      if (message.person) person = { ...message.person, nip: message.person.nip };
      else {
        const entry = room.meta.roster.find((r) => (message.roster ? r.id === message.roster : !!message.nip && r.nip === message.nip));
        if (entry) person = { name: entry.name, status: entry.status, unit: entry.unit, roster: entry.id, ...(entry.nip && { nip: entry.nip }) };
      }
      if (!person) return this.send(c.ws, { kind: 'error', reason: 'not-on-roster' });
      if (!person.nip) delete person.nip;
      const { refused } = await room.commit({ type: 'attend', device, person, at: Date.now() });
      if (refused) return this.send(c.ws, { kind: 'error', reason: refused });
      this.send(c.ws, { kind: 'registered' });
      this.send(c.ws, this.me(c));
      return this.sendView(c);
    }
    if (message.kind === 'pledge') {
      const version = this.ctx.rooms().decks.pledgeVersion[message.deck];
      if (!version) return this.send(c.ws, { kind: 'error', reason: 'not-pledge' });
      const { refused } = await room.commit({ type: 'pledge', device, deck: message.deck, version, at: Date.now() });
      if (refused) return this.send(c.ws, { kind: 'error', reason: refused });
      this.send(c.ws, { kind: 'pledged', deck: message.deck });
      return this.sendView(c);
    }
    const { refused } = await room.commit({ type: 'answer', device, deck: message.deck, slide: message.slide, choice: message.choice });
    if (refused) {
      this.send(c.ws, { kind: 'error', reason: refused });
      return this.sendView(c);
    }
    this.send(c.ws, { kind: 'ack', deck: message.deck, slide: message.slide, answer: [...message.choice].sort((a, b) => a - b) });
  }

  private async onFacilitator(c: Conn, data: string) {
    const message = parseIncoming(facilitatorMessage, data);
    const shapes = this.ctx.rooms().decks.shapes;
    if (!message || (message.kind !== 'round' && !shapes[message.deck])) return this.send(c.ws, { kind: 'error', reason: 'invalid' });
    let action: LiveAction;
    if (message.kind === 'sync') {
      const state = parseState(message.state, shapes[message.deck]);
      if (!state) return this.send(c.ws, { kind: 'error', reason: 'invalid' });
      action = { type: 'sync', deck: message.deck, state };
    } else if (message.kind === 'close') action = { type: 'close', deck: message.deck, slide: message.slide, closed: message.closed };
    else if (message.kind === 'cards') action = { type: 'cards', deck: message.deck, slide: message.slide, answers: message.answers };
    else action = { type: 'round', round: message.round };
    const { refused } = await c.room.commit(action);
    if (refused) this.send(c.ws, { kind: 'error', reason: refused });
    else if (message.kind === 'cards') this.send(c.ws, { kind: 'ack', deck: message.deck, slide: message.slide, cards: message.answers.length });
    this.updateFacilitators(c.room);
  }

  /** Called by the room after every applied event, whichever worker wrote it. */
  changed(room: Room, action: LiveAction) {
    const set = this.conns.get(room);
    if (!set) return;
    if (action.type === 'sync' || action.type === 'close' || action.type === 'round') {
      for (const c of set) if (c.role === 'participant') this.sendView(c);
    } else if (action.type === 'attend' || action.type === 'pledge') {
      for (const c of set) if (c.device === action.device) (this.send(c.ws, this.me(c)), this.sendView(c));
    }
    this.updateFacilitators(room);
  }

  private snapshot(room: Room) {
    const session = room.session;
    const shapes = this.ctx.rooms().decks.shapes;
    const deck = session.current;
    const live = deck ? session.decks[deck] : undefined;
    const slide = live?.state.slide ?? 0;
    const shape = deck ? shapes[deck] : undefined;
    const isQuestion = !!shape && shape.options[slide] > 0;
    return {
      kind: 'live',
      deck,
      slide,
      round: session.round,
      participants: room.online.size,
      joined: session.sizes.devices,
      registered: session.sizes.people,
      closed: !!live?.closed.includes(slide),
      ...(isQuestion && live && shape ? distribution(live, shape, slide, session.round) : { counts: null, answered: 0 }),
    };
  }

  /**
   * Coalesces a burst of answers into one facilitator update per room: at once (within a
   * millisecond) after a quiet spell, and at most one every FACILITATOR_EVERY ms while answers pour
   * in, so a count reaches the screen within that time however many phones answer.
   */
  updateFacilitators(room: Room) {
    if (this.queued.has(room)) return;
    const wait = (this.lastUpdate.get(room) ?? -Infinity) + FACILITATOR_EVERY - performance.now();
    const send = () => {
      this.queued.delete(room);
      this.lastUpdate.set(room, performance.now());
      const set = this.conns.get(room);
      if (!set) return;
      const snapshot = JSON.stringify(this.snapshot(room));
      for (const c of set) if (c.role === 'facilitator') this.sendText(c.ws, snapshot);
    };
    this.queued.set(room, setTimeout(send, Math.max(0, wait)));
  }

  /** Closes every socket of a room (it was deleted). */
  drop(room: Room) {
    this.forget(room);
    for (const c of this.conns.get(room) ?? []) c.ws.close(1008);
    this.conns.delete(room);
  }

  /** Participant devices online across rooms, for the terminal. */
  onlineCount(): number {
    let n = 0;
    for (const room of this.conns.keys()) n += room.online.size;
    return n;
  }

  private forget(room: Room) {
    clearTimeout(this.queued.get(room));
    this.queued.delete(room);
    this.lastUpdate.delete(room);
  }

  close() {
    clearInterval(this.heartbeat);
    for (const room of [...this.queued.keys()]) this.forget(room);
    for (const set of this.conns.values()) for (const c of set) c.ws.terminate();
    this.wss.close();
  }
}
