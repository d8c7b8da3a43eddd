/*
 * The hall server: serves dist/ on the local network, keeps the facilitator pages behind the session
 * key, and runs the live session over WebSocket with the pure reducer of src/lib/aula/live.ts.
 *
 * Hono + @hono/node-server for HTTP (small, no dependencies of its own, Web-standard Request and
 * Response, a maintained static-file handler) and `ws` for WebSocket (the Node standard, with a
 * frame-size limit and per-socket buffering we can watch). Phones send two kinds of message (join,
 * answer), decks send two (sync, close); each is validated with zod, rate-limited per device, written
 * to the session log and only then acknowledged.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Hono, type Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { WebSocketServer, type WebSocket } from 'ws';
import { parseState } from '../../src/lib/aula/deck-state.ts';
import {
  applyLive,
  distribution,
  participantView,
  shapeOf,
  type HallDeck,
  type LiveAction,
  type LiveShape,
  type Refusal,
} from '../../src/lib/aula/live.ts';
import { facilitatorMessage, MAX_FRAME, parseIncoming, participantMessage } from '../../src/lib/aula/messages.ts';
import { DEVICE_LIMIT, fullBucket, take, type Bucket } from '../../src/lib/aula/rate.ts';
import { buildReport, reportCsv } from '../../src/lib/aula/report.ts';
import { qrSvg } from '../../src/lib/qr.ts';
import { paths } from '../../src/lib/paths.ts';
import { hall as t } from '../../src/i18n/hall.ts';
import { openStore, type Store } from './store.ts';
import { reportPage, simplePage } from './report-page.ts';

export interface HallOptions {
  dist: string;
  host: string;
  port: number;
  /** Folder of the session files. */
  dir: string;
  /** Start a new session instead of resuming the last one. */
  fresh: boolean;
}

export interface Hall {
  port: number;
  facilitatorUrl: string;
  participantUrl: string;
  reportUrl: string;
  store: Store;
  close(): Promise<void>;
}

export const PATHS = {
  join: paths.hallJoin(),
  report: paths.hallReport(),
  csv: paths.hallReportCsv(),
  deckData: paths.hallDeckData(),
  wsParticipant: paths.hallSocket('peserta'),
  wsFacilitator: paths.hallSocket('fasilitator'),
} as const;

const KEY_COOKIE = 'nas_kunci';
/** Readable by the deck's script: tells it to load the live part. Carries no secret. */
export const LIVE_COOKIE = 'nas_aula';

/** Loads the build-time deck data; a clear message when the build is missing or broken. */
export function loadHallDecks(dist: string): HallDeck[] {
  const file = join(dist, PATHS.deckData.slice(1));
  try {
    const decks = JSON.parse(readFileSync(file, 'utf8')) as HallDeck[];
    if (!Array.isArray(decks) || !decks.every((d) => typeof d.id === 'string' && Array.isArray(d.slides))) throw new Error();
    return decks;
  } catch {
    throw new Error(t.noDeckData(file));
  }
}

const digest = (text: string) => createHash('sha256').update(text).digest();
/** Constant-time comparison (of fixed-length digests, so the length does not leak either). */
export const sameKey = (given: string | undefined, key: string) => !!given && timingSafeEqual(digest(given), digest(key));

function cookieFrom(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

interface Conn {
  ws: WebSocket;
  role: 'participant' | 'facilitator';
  device?: string;
  bucket: Bucket;
  alive: boolean;
}

export async function startHall(options: HallOptions): Promise<Hall> {
  const dist = resolve(options.dist);
  const decks = loadHallDecks(dist);
  const byId: Record<string, HallDeck> = Object.fromEntries(decks.map((d) => [d.id, d]));
  const shapes: Record<string, LiveShape> = Object.fromEntries(decks.map((d) => [d.id, shapeOf(d)]));
  const store = openStore(options.dir, shapes, options.fresh);
  const key = store.meta.key;

  const conns = new Set<Conn>();
  /** Open sockets per device: "N peserta" counts devices, not tabs. */
  const online = new Map<string, number>();
  const buckets = new Map<string, Bucket>();
  let participantUrl = '';
  let qr = '';

  const send = (ws: WebSocket, message: unknown) => {
    // A phone that stopped reading is not allowed to fill the laptop's memory.
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > 1_000_000) return ws.terminate();
    ws.send(JSON.stringify(message));
  };

  const facilitatorSnapshot = () => {
    const session = store.session;
    const deck = session.current;
    const live = deck ? session.decks[deck] : undefined;
    const slide = live?.state.slide ?? 0;
    const shape = deck ? shapes[deck] : undefined;
    const isQuestion = !!shape && shape.options[slide] > 0;
    return {
      kind: 'live',
      deck,
      slide,
      participants: online.size,
      joined: Object.keys(session.devices).length,
      closed: !!live?.closed.includes(slide),
      ...(isQuestion && live && shape ? distribution(live, shape, slide) : { counts: null, answered: 0 }),
    };
  };

  let facilitatorQueued = false;
  /** Coalesces a burst of answers into one facilitator update per turn of the event loop. */
  const updateFacilitators = () => {
    if (facilitatorQueued) return;
    facilitatorQueued = true;
    setImmediate(() => {
      facilitatorQueued = false;
      const snapshot = facilitatorSnapshot();
      for (const c of conns) if (c.role === 'facilitator') send(c.ws, snapshot);
    });
  };

  const sendView = (c: Conn) => {
    if (c.device) send(c.ws, { kind: 'view', view: participantView(store.session, byId, c.device, Date.now()) });
  };
  const updateParticipants = () => {
    for (const c of conns) if (c.role === 'participant') sendView(c);
  };

  /** Applies, logs, then reports: an action is on disk before anyone hears of it. */
  const act = (action: LiveAction): { changed: boolean; refused?: Refusal } => {
    const { session, refused } = applyLive(store.session, action, shapes);
    if (refused) return { changed: false, refused };
    if (session === store.session) return { changed: false };
    store.append(action);
    store.session = session;
    return { changed: true };
  };

  function onParticipant(c: Conn, data: string) {
    const message = parseIncoming(participantMessage, data);
    if (!message) return send(c.ws, { kind: 'error', reason: 'invalid' });
    if (message.kind === 'join') {
      if (c.device && c.device !== message.device) return send(c.ws, { kind: 'error', reason: 'invalid' });
      const { refused } = act({ type: 'join', device: message.device, name: message.name });
      if (refused) {
        send(c.ws, { kind: 'error', reason: refused });
        return c.ws.close(1008);
      }
      if (!c.device) {
        c.device = message.device;
        online.set(c.device, (online.get(c.device) ?? 0) + 1);
        c.bucket = buckets.get(c.device) ?? c.bucket;
      }
      send(c.ws, { kind: 'joined' });
      sendView(c);
      updateFacilitators();
      return;
    }
    if (!c.device) return send(c.ws, { kind: 'error', reason: 'unknown-device' });
    const { refused } = act({ type: 'answer', device: c.device, deck: message.deck, slide: message.slide, choice: message.choice });
    if (refused) {
      send(c.ws, { kind: 'error', reason: refused });
      return sendView(c);
    }
    send(c.ws, { kind: 'ack', deck: message.deck, slide: message.slide, answer: [...message.choice].sort((a, b) => a - b) });
    updateFacilitators();
  }

  function onFacilitator(c: Conn, data: string) {
    const message = parseIncoming(facilitatorMessage, data);
    if (!message || !shapes[message.deck]) return send(c.ws, { kind: 'error', reason: 'invalid' });
    if (message.kind === 'sync') {
      const state = parseState(message.state, shapes[message.deck]);
      if (!state) return send(c.ws, { kind: 'error', reason: 'invalid' });
      if (act({ type: 'sync', deck: message.deck, state }).changed) updateParticipants();
    } else if (act({ type: 'close', deck: message.deck, slide: message.slide, closed: message.closed }).changed) {
      updateParticipants();
    }
    updateFacilitators();
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME });
  wss.on('connection', (ws: WebSocket, role: Conn['role']) => {
    const c: Conn = { ws, role, bucket: fullBucket(DEVICE_LIMIT, Date.now()), alive: true };
    conns.add(c);
    ws.on('pong', () => (c.alive = true));
    ws.on('error', () => ws.terminate());
    ws.on('message', (raw, isBinary) => {
      c.alive = true;
      if (role === 'participant') {
        const limited = take(c.bucket, DEVICE_LIMIT, Date.now());
        c.bucket = limited.bucket;
        if (c.device) buckets.set(c.device, c.bucket);
        if (!limited.ok) return send(ws, { kind: 'error', reason: 'rate' });
      }
      if (isBinary) return send(ws, { kind: 'error', reason: 'invalid' });
      try {
        const text = raw.toString();
        if (role === 'participant') onParticipant(c, text);
        else onFacilitator(c, text);
      } catch (error) {
        // A bug must cost one message, never the session.
        console.error(error);
      }
    });
    ws.on('close', () => {
      conns.delete(c);
      if (c.device) {
        const n = (online.get(c.device) ?? 1) - 1;
        if (n > 0) online.set(c.device, n);
        else online.delete(c.device);
        updateFacilitators();
      }
    });
    if (role === 'facilitator') send(ws, { kind: 'hello', participantUrl, qr, report: PATHS.report });
    updateFacilitators();
  });

  // Drops sockets of phones that left without closing (Wi-Fi gone), so "N peserta" stays honest.
  const heartbeat = setInterval(() => {
    for (const c of conns) {
      if (!c.alive) c.ws.terminate();
      else {
        c.alive = false;
        c.ws.ping();
      }
    }
  }, 20_000);
  heartbeat.unref();

  const app = new Hono();
  const keyOf = (c: Context) => getCookie(c, KEY_COOKIE);
  // Pages this server writes itself carry no script at all.
  const ownPage = { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors 'none'; form-action 'none'" };
  const forbidden = (c: Context) =>
    c.html(simplePage(t.forbiddenTitle, t.forbidden, PATHS.join), 403, { 'cache-control': 'no-store', ...ownPage });

  // Nothing is ever posted to the hall server (answers travel over the socket): refuse any body unread.
  app.use('*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return c.text('405', 405, { connection: 'close', allow: 'GET, HEAD' });
    await next();
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'no-referrer');
    if (!c.res.headers.get('cache-control')) {
      c.header('cache-control', c.req.path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
  });

  // Facilitator pages: the key arrives once in ?kunci=, then lives in an HttpOnly cookie.
  app.use('/aula/*', async (c, next) => {
    const given = c.req.query('kunci');
    if (given !== undefined) {
      if (!sameKey(given, key)) return forbidden(c);
      const cookie = { path: '/', sameSite: 'Strict', maxAge: 60 * 60 * 24 } as const;
      setCookie(c, KEY_COOKIE, key, { ...cookie, httpOnly: true });
      setCookie(c, LIVE_COOKIE, '1', cookie);
      return c.redirect(c.req.path, 303);
    }
    if (!sameKey(keyOf(c), key)) return forbidden(c);
    c.header('cache-control', 'no-store');
    await next();
  });
  app.get('/aula', (c) => c.redirect('/aula/', 301));

  const report = () => buildReport(store.session, byId, store.meta.startedAt, Date.now());
  app.get(PATHS.report, (c) => c.html(reportPage(report(), PATHS.csv), 200, ownPage));
  app.get(PATHS.csv, (c) => {
    const day = new Date(store.meta.startedAt).toISOString().slice(0, 10);
    return c.body(reportCsv(report()), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="laporan-aula-${day}.csv"`,
    });
  });

  app.use('*', serveStatic({ root: dist }));
  app.notFound((c) => {
    try {
      return c.html(readFileSync(join(dist, '404.html'), 'utf8'), 404);
    } catch {
      return c.text('404', 404);
    }
  });
  app.onError((error, c) => {
    console.error(error);
    return c.text('500', 500);
  });

  const server = await new Promise<Server>((ok, fail) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => ok(s as Server));
    (s as Server).once('error', fail);
  });

  server.on('upgrade', (request: IncomingMessage, socket, head) => {
    socket.on('error', () => socket.destroy());
    const path = (request.url ?? '').split('?')[0];
    const role = path === PATHS.wsParticipant ? 'participant' : path === PATHS.wsFacilitator ? 'facilitator' : undefined;
    // Browsers always send Origin: a page from elsewhere may not drive this session.
    const origin = request.headers.origin;
    const sameOrigin = !origin || origin === `http://${request.headers.host}`;
    const allowed = role === 'participant' || (role === 'facilitator' && sameKey(cookieFrom(request.headers.cookie, KEY_COOKIE), key));
    if (!role || !sameOrigin || !allowed) {
      socket.end(`HTTP/1.1 ${role ? 403 : 404} ${role ? 'Forbidden' : 'Not Found'}\r\nConnection: close\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, role));
  });

  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const origin = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
  participantUrl = origin + PATHS.join;
  qr = qrSvg(participantUrl, t.joinQrLabel(participantUrl));

  return {
    port,
    facilitatorUrl: `${origin}/aula/?kunci=${key}`,
    participantUrl,
    reportUrl: origin + PATHS.report,
    store,
    async close() {
      clearInterval(heartbeat);
      for (const c of conns) c.ws.terminate();
      wss.close();
      await new Promise<void>((done) => server.close(() => done()));
      store.close();
    },
  };
}
