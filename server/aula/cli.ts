/*
 * `npm run aula [-- --port N --host ADDRESS --sesi-baru --sesi-dir DIR]`: builds when dist/ is stale,
 * starts the hall server and prints, in Indonesian, the facilitator's and the participants' address
 * and a QR code of the latter for the terminal.
 */
import { networkInterfaces } from 'node:os';
import { parseArgs } from 'node:util';
import qrcode from 'qrcode-generator';
import { ensureFreshBuild } from '../../scripts/ensure-build.ts';
import { hall as t } from '../../src/i18n/hall.ts';
import { hallServer as serverText } from '../../src/i18n/hall-server.ts';
import { paths } from '../../src/lib/paths.ts';
import { startHall } from './hall.ts';
import { logStats } from './stats.ts';
import { guessNetwork } from './network.ts';
import { openServerMode, type ServerMode } from './server-mode.ts';

const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

let args;
try {
  args = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'sesi-baru': { type: 'boolean', default: false },
      hadir: { type: 'boolean', default: false },
      'sesi-dir': { type: 'string', default: '.aula' },
      'tanpa-build': { type: 'boolean', default: false },
      postgres: { type: 'boolean', default: false },
      tautan: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }).values;
} catch (error) {
  fail(`${t.badOption} (${(error as Error).message})\n${t.usage}`);
}
if (args!.help) {
  console.log(`${t.usage}\n${serverText.usage}`);
  process.exit(0);
}
const port = Number(args!.port ?? (args!.tautan ? '0' : '4322'));
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(t.badPort);

/** The laptop's address on the Wi-Fi or hotspot: private IPv4 ranges first. */
function lanAddress(): string | undefined {
  const candidates = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
  const isPrivate = (ip: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(ip);
  return candidates.find(isPrivate) ?? candidates[0];
}

// --tautan only prints links: it listens on loopback, on any free port, for the moment it runs.
const host = args!.host ?? (args!.tautan ? '127.0.0.1' : undefined) ?? lanAddress() ?? fail(t.noLan);
if (!args!['tanpa-build']) ensureFreshBuild();

// Server mode: the store in PostgreSQL. A worker prints no keys (its output goes to the journal);
// `--tautan` prints the links to the administrator's terminal and stops.
let server: ServerMode | undefined;
if (args!.postgres) {
  try {
    server = await openServerMode();
  } catch (error) {
    fail((error as Error).message);
  }
}
const worker = !!server && !args!.tautan;

let started;
try {
  started = await startHall({
    dist: 'dist',
    host,
    port,
    dir: args!['sesi-dir']!,
    fresh: args!['sesi-baru']!,
    attendance: args!.hadir!,
    ...(server && { store: server.store, publicOrigin: server.publicOrigin, trustedProxies: server.trustedProxies, defaultRoom: !worker }),
  });
} catch (error) {
  await server?.store.close();
  const e = error as NodeJS.ErrnoException;
  fail(e.code === 'EADDRINUSE' ? t.portInUse(port) : e.code === 'EADDRNOTAVAIL' ? t.noLan : e.message);
}
const hallServer = started!;
const stop = () => void hallServer.close().then(() => process.exit(0));

if (worker) {
  console.log(serverText.workerLine(`${host}:${hallServer.port}`, hallServer.origin + paths.hallJoin()));
  // Diagnostics for sizing a server and for the benchmark (server/aula/stats.ts); off unless set.
  const statsEvery = Number(process.env.AULA_STATS_MS);
  if (statsEvery >= 100) logStats(statsEvery, () => server!.store.counters);
} else {
  const room = hallServer.room!;
  const participantUrl = hallServer.participantUrl(room);
  const qr = qrcode(0, 'L');
  qr.addData(participantUrl, 'Byte');
  qr.make();

  if (args!.tautan) console.log(serverText.linksNote);
  console.log(hallServer.replayed ? t.sessionResumed(hallServer.store.where, hallServer.replayed) : t.sessionNew(hallServer.store.where));
  console.log(t.facilitatorLine(hallServer.facilitatorUrl(room)));
  console.log(`  ${t.keyNote}`);
  console.log(t.participantLine(participantUrl));
  console.log(t.codeLine(room.meta.code));
  console.log(t.reportLine(hallServer.reportUrl));
  console.log(t.organiserLine(hallServer.organiserUrl));
  console.log(t.qrNote);
  console.log(qr.createASCII(1, 2));
  if (args!.tautan) stop();
  else console.log(t.stopNote);
}

// On a laptop's network whose address gives it away as a hotspot, say what it holds and count against it.
const iface = Object.entries(networkInterfaces()).find(([, list]) => list?.some((a) => a.address === host))?.[0];
const network = server ? undefined : guessNetwork(host, iface);
if (network) {
  console.log(t.networkGuess(t.networkKinds[network.kind], network.capacity));
  let shown = -1;
  const counter = setInterval(() => {
    const n = hallServer.sockets.onlineCount();
    if (n !== shown) console.log(t.networkCount((shown = n), network.capacity));
  }, 10_000);
  counter.unref();
}

process.on('SIGINT', stop);
process.on('SIGTERM', stop);
