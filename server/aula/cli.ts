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
import { startHall } from './hall.ts';

const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

let args;
try {
  args = parseArgs({
    options: {
      port: { type: 'string', default: '4322' },
      host: { type: 'string' },
      'sesi-baru': { type: 'boolean', default: false },
      'sesi-dir': { type: 'string', default: '.aula' },
      'tanpa-build': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }).values;
} catch (error) {
  fail(`${t.badOption} (${(error as Error).message})\n${t.usage}`);
}
if (args!.help) {
  console.log(t.usage);
  process.exit(0);
}
const port = Number(args!.port);
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

const host = args!.host ?? lanAddress() ?? fail(t.noLan);
if (!args!['tanpa-build']) ensureFreshBuild();

let started;
try {
  started = await startHall({ dist: 'dist', host, port, dir: args!['sesi-dir']!, fresh: args!['sesi-baru']! });
} catch (error) {
  const e = error as NodeJS.ErrnoException;
  fail(e.code === 'EADDRINUSE' ? t.portInUse(port) : e.code === 'EADDRNOTAVAIL' ? t.noLan : e.message);
}
const hallServer = started!;

const room = hallServer.room!;
const participantUrl = hallServer.participantUrl(room);
const qr = qrcode(0, 'L');
qr.addData(participantUrl, 'Byte');
qr.make();

console.log(hallServer.replayed ? t.sessionResumed(hallServer.store.where, hallServer.replayed) : t.sessionNew(hallServer.store.where));
console.log(t.facilitatorLine(hallServer.facilitatorUrl(room)));
console.log(`  ${t.keyNote}`);
console.log(t.participantLine(participantUrl));
console.log(t.codeLine(room.meta.code));
console.log(t.reportLine(hallServer.reportUrl));
console.log(t.organiserLine(hallServer.organiserUrl));
console.log(t.qrNote);
console.log(qr.createASCII(1, 2));
console.log(t.stopNote);

const stop = () => void hallServer.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
