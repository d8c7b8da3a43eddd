/*
 * The hall server, put together: serves dist/ on the local network, keeps the facilitator and
 * organiser pages behind their keys, and runs the live rooms over WebSocket. Each part has its own
 * module:
 *   decks.ts          the build's deck data, shapes and pledge-text versions
 *   store.ts          the Store interface (file-store.ts: the laptop's files; PostgreSQL in server mode)
 *   rooms.ts          rooms with their key and join code; a room's session rebuilt from its event log
 *   socket.ts         the live protocol (phones and decks), validated, rate-limited, acknowledged when stored
 *   routes/*.ts       HTTP: facilitator pages and reports, the organiser's pages, the static site
 *   report-page.ts    the HTML reports (the numbers come from src/lib/aula/report.ts)
 * Hono + @hono/node-server for HTTP (small, Web-standard Request and Response, a maintained
 * static-file handler, sub-apps mounted with `route`) and `ws` for WebSocket.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { HTTPException } from 'hono/http-exception';
import { serveStatic } from '@hono/node-server/serve-static';
import { qrSvg } from '../../src/lib/qr.ts';
import { paths } from '../../src/lib/paths.ts';
import { hall as t } from '../../src/i18n/hall.ts';
import { hallDecks, loadHallDecks } from './decks.ts';
import { openFileStore } from './file-store.ts';
import { Rooms, type Room } from './rooms.ts';
import { HallSockets } from './socket.ts';
import type { Store } from './store.ts';
import { facilitatorRoutes, ROOM_PAGE } from './routes/facilitator.ts';
import { ORGANISER, organiserRoutes } from './routes/organiser.ts';
import { publicRequest, requestAddress } from './proxy.ts';

export { loadHallDecks } from './decks.ts';
export { sameKey, LIVE_COOKIE } from './auth.ts';

export interface HallOptions {
  dist: string;
  host: string;
  port: number;
  /** Folder of the file store (ignored when `store` is given). */
  dir: string;
  /** Open a new default room instead of resuming the last one. */
  fresh: boolean;
  /** Another store (PostgreSQL in server mode); the file store in `dir` otherwise. */
  store?: Store;
  /** Open a default room when there is none (the laptop); false for a server whose organiser opens rooms. */
  defaultRoom?: boolean;
  /** The address phones use when it is not this server's own (server mode behind nginx: AULA_PUBLIC_URL). */
  publicOrigin?: string;
  /** Proxies whose X-Forwarded-For is believed (server/aula/proxy.ts); none on a laptop. */
  trustedProxies?: string[];
  /** A new default room keeps a daftar hadir (npm run aula -- --hadir). */
  attendance?: boolean;
}

export interface Hall {
  port: number;
  origin: string;
  rooms: Rooms;
  store: Store;
  /** The default room (a laptop's one session), when there is one. */
  room?: Room;
  /** How many events the default room replayed from an earlier run (0 for a new one). */
  replayed: number;
  facilitatorUrl: (room: Room) => string;
  participantUrl: (room: Room) => string;
  organiserUrl: string;
  reportUrl: string;
  sockets: HallSockets;
  close(): Promise<void>;
}

export async function startHall(options: HallOptions): Promise<Hall> {
  const dist = resolve(options.dist);
  const decks = hallDecks(loadHallDecks(dist));
  const store = options.store ?? openFileStore(options.dir);
  let origin = '';
  const participantUrl = (room: Room) => `${origin}${paths.hallJoin()}?kode=${room.meta.code}`;
  const qrs = new Map<string, string>();
  const sockets = new HallSockets({
    rooms: () => rooms,
    joinAddress: (room) => {
      const url = participantUrl(room);
      if (!qrs.has(url)) qrs.set(url, qrSvg(url, t.joinQrLabel(url)));
      return { url, qr: qrs.get(url)! };
    },
    reportPath: paths.hallReport(),
    clientAddress: (request) => requestAddress(request, options.trustedProxies ?? []),
  });
  const rooms: Rooms = await Rooms.open(store, decks, (room, action) => sockets.changed(room, action));

  // Retention: rooms past their time are deleted now and every hour while the server runs.
  const expire = () => rooms.expire(Date.now(), (r) => sockets.drop(r));
  await expire();
  let room = rooms.default;
  if (options.defaultRoom !== false && (!room || options.fresh)) {
    room = await rooms.create({ title: t.defaultRoomTitle, attendance: options.attendance });
    await rooms.setConfig({ defaultRoom: room.meta.id });
  }
  const replayed = room?.seq ?? 0;
  const expiry = setInterval(() => void expire().catch((error) => console.error(error)), 3_600_000);
  expiry.unref();

  const app = new Hono();
  // Only the organiser's and the room page's forms post (bounded, same origin); any other body is refused unread.
  app.use('*', async (c, next) => {
    const form = c.req.method === 'POST' && (c.req.path.startsWith(ORGANISER) || c.req.path.startsWith(ROOM_PAGE));
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && !form) return c.text('405', 405, { connection: 'close', allow: 'GET, HEAD' });
    await next();
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'no-referrer');
    if (!c.res.headers.get('cache-control')) {
      c.header('cache-control', c.req.path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
  });
  app.route('/', facilitatorRoutes(() => rooms));
  app.route('/', organiserRoutes(() => rooms, () => sockets, (r) => `${origin}/aula/?kunci=${r.meta.key}`));
  app.use('*', serveStatic({ root: dist }));
  app.notFound((c) => {
    try {
      return c.html(readFileSync(join(dist, '404.html'), 'utf8'), 404);
    } catch {
      return c.text('404', 404);
    }
  });
  app.onError((error, c) => {
    // Middleware refusals (csrf's 403, for one) are HTTPExceptions carrying their own response.
    if (error instanceof HTTPException) return error.getResponse();
    console.error(error);
    return c.text('500', 500);
  });

  const server = await new Promise<Server>((ok, fail) => {
    // Behind nginx, requests are seen on the public https address (proxy.ts: publicRequest).
    const fetch = (request: Request, env: { incoming: { socket: { remoteAddress?: string } } }) =>
      app.fetch(publicRequest(request, env.incoming.socket.remoteAddress, options.trustedProxies ?? [], options.publicOrigin), env);
    const s = serve({ fetch, port: options.port, hostname: options.host }, () => ok(s as Server));
    (s as Server).once('error', fail);
  });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => sockets.upgrade(request, socket, head));

  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  origin = options.publicOrigin ?? `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;

  return {
    port,
    origin,
    rooms,
    store,
    room,
    replayed,
    facilitatorUrl: (r) => `${origin}/aula/?kunci=${r.meta.key}`,
    participantUrl,
    organiserUrl: `${origin}/penyelenggara/?kunci=${rooms.config.organiserKey}`,
    reportUrl: origin + paths.hallReport(),
    sockets,
    async close() {
      clearInterval(expiry);
      sockets.close();
      await new Promise<void>((done) => server.close(() => done()));
      rooms.close();
      await store.close();
    },
  };
}
