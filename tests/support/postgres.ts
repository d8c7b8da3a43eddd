/*
 * A throwaway PostgreSQL cluster for tests and the benchmark, from Debian's own binaries
 * (/usr/lib/postgresql/<version>/bin; `.ci/run` installs the `postgresql` package when they are
 * missing): initdb into a temporary folder, listening on 127.0.0.1 on a free port only, its unix
 * socket inside that folder, fsync on (the hall acknowledges after COMMIT, so the test should pay
 * what production pays). Stopped and removed by `stop()`, and also when the test process exits.
 *
 * initdb and postgres refuse to run as root. As root (CI, this machine) the helper runs them as the
 * unprivileged `nobody` and hands it the temporary folder; Node's spawn switches uid/gid itself, so
 * the child is the postmaster (no runuser in between to forward signals through).
 *
 * The cluster has a superuser `postgres` (trust over the socket only, for the helper) and a login
 * `aula` with a random password over TCP (scram-sha-256), owner of database `aula`: the hall server
 * connects as `aula` with a URL that carries a password, as an agency's would.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './hall-process.ts';

export interface TestPostgres {
  /** postgres://aula:<password>@127.0.0.1:<port>/aula */
  url: string;
  port: number;
  /** The postmaster's process id (for its memory in the benchmark). */
  pid: number;
  dir: string;
  /** Runs SQL as the superuser (for checks the hall's own login may not make). */
  admin<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<T>>;
  stop(): Promise<void>;
}

/** The newest PostgreSQL installed from Debian's packages. */
export function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions.length) throw new Error(`no PostgreSQL under ${root}: apt-get install postgresql (.ci/run does)`);
  return join(root, versions[0], 'bin');
}

const NOBODY = { uid: 65534, gid: 65534 };

export async function startPostgres(options: { maxConnections?: number } = {}): Promise<TestPostgres> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'nas-pg-'));
  const asRoot = process.getuid?.() === 0;
  const as = asRoot ? NOBODY : {};
  if (asRoot) chownSync(dir, NOBODY.uid, NOBODY.gid);
  const data = join(dir, 'data');
  const password = randomBytes(12).toString('base64url');
  const pwfile = join(dir, 'pw');
  writeFileSync(pwfile, `${randomBytes(12).toString('base64url')}\n`, { mode: 0o600 });
  if (asRoot) chownSync(pwfile, NOBODY.uid, NOBODY.gid);

  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  const init = spawnSync(
    join(bin, 'initdb'),
    ['-D', data, '-U', 'postgres', '--pwfile', pwfile, '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'],
    { ...as, cwd: dir, encoding: 'utf8', timeout: 60_000 },
  );
  if (init.status !== 0) {
    cleanup();
    throw new Error(`initdb failed (${init.status ?? init.signal}): ${init.stderr || init.error}`);
  }

  const port = await freePort();
  const child: ChildProcess = spawn(
    join(bin, 'postgres'),
    [
      '-D', data,
      '-p', String(port),
      '-c', 'listen_addresses=127.0.0.1',
      '-c', `unix_socket_directories=${dir}`,
      '-c', 'fsync=on',
      '-c', 'synchronous_commit=on',
      '-c', `max_connections=${options.maxConnections ?? 60}`,
      '-c', 'shared_buffers=64MB',
      '-c', 'logging_collector=off',
      '-c', 'log_min_messages=warning',
    ],
    { ...as, cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr!.on('data', (d: Buffer) => (log = (log + d).slice(-20_000)));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  // If the test process dies without calling stop(), the cluster must not outlive it.
  const onExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    cleanup();
  };
  process.once('exit', onExit);

  const stop = async () => {
    process.off('exit', onExit);
    if (child.exitCode === null && child.signalCode === null) {
      // SIGQUIT: PostgreSQL's "immediate" shutdown, without the final checkpoint (which flushes every
      // database the test made, seconds on a busy disk): the folder is deleted next anyway.
      child.kill('SIGQUIT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    cleanup();
  };

  const superuser = () => new pg.Client({ host: dir, port, user: 'postgres', database: 'postgres' });
  // Ready when it answers over the socket; bounded in time.
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = superuser();
    try {
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (child.exitCode !== null || Date.now() > deadline) {
        await stop();
        throw new Error(`PostgreSQL did not start: ${String(error)}\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  const admin = async <T extends pg.QueryResultRow>(sql: string, params?: unknown[]) => {
    const client = superuser();
    await client.connect();
    try {
      return await client.query<T>(sql, params);
    } finally {
      await client.end();
    }
  };
  try {
    // The password goes in as a literal (CREATE ROLE takes no parameters); it is base64url, no quote.
    await admin(`CREATE ROLE aula LOGIN PASSWORD '${password}'`);
    await admin('CREATE DATABASE aula OWNER aula');
  } catch (error) {
    await stop();
    throw error;
  }

  return { url: `postgres://aula:${password}@127.0.0.1:${port}/aula`, port, pid: child.pid!, dir, admin, stop };
}

