/*
 * Starts `npm run aula`'s entry on loopback as its own process, the way the README says (node
 * server/aula/main.ts is what `npm run aula` runs), and reads the addresses it prints. Used by the
 * hall e2e test and `npm run bench:aula`; never binds anything but 127.0.0.1.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface HallProcess {
  child: ChildProcess;
  origin: string;
  facilitatorUrl: string;
  participantUrl: string;
  key: string;
  /** The default room's join code and the organiser's address (with its key). */
  code: string;
  organiserUrl: string;
  organiserKey: string;
  output: () => string;
  /** Ends the process (SIGKILL for the crash test) and waits until it is gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** A free loopback port, so a restart can come back on the same address. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => ok(port));
    });
  });
}

export async function startHallProcess(port: number, sessionDir: string, extra: string[] = []): Promise<HallProcess> {
  const child = spawn(
    process.execPath,
    ['server/aula/main.ts', '--host', '127.0.0.1', '--port', String(port), '--sesi-dir', sessionDir, '--tanpa-build', ...extra],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let text = '';
  child.stdout!.on('data', (d) => (text += d));
  child.stderr!.on('data', (d) => (text += d));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`hall server did not start in 20 s:\n${text}`)), 20_000);
    const check = () => {
      if (/^Peserta: /m.test(text) && /^Penyelenggara/m.test(text)) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`hall server exited with ${code}:\n${text}`));
    });
  });
  const facilitatorUrl = text.match(/^Fasilitator: (\S+)/m)![1];
  const participantUrl = text.match(/^Peserta: (\S+)/m)![1];
  const organiserUrl = text.match(/^Penyelenggara[^:]*: (\S+)/m)![1];
  return {
    child,
    origin: new URL(participantUrl).origin,
    facilitatorUrl,
    participantUrl,
    key: new URL(facilitatorUrl).searchParams.get('kunci')!,
    code: text.match(/^Kode ikut: (\S+)/m)![1],
    organiserUrl,
    organiserKey: new URL(organiserUrl).searchParams.get('kunci')!,
    output: () => text,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
