/*
 * The hall as an agency runs it, on loopback: workers started exactly as deploy/netralitas-aula@.service
 * starts them (its ExecStart and Environment lines, with the project folder, the port and the
 * credentials folder filled in, and an EnvironmentFile written like deploy/aula.env.example), and
 * nginx with deploy/aula-nginx.conf (TLS with a certificate made here, the upstream lines pointing at
 * these workers). Used by tests/e2e/hall-server.test.ts and `npm run bench:aula -- --workers N`.
 * Everything binds 127.0.0.1; every process is stopped by its `stop`, also when the caller fails.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from './hall-process.ts';
import { writeNginxConf } from './nginx-conf.ts';

const UNIT = 'deploy/netralitas-aula@.service';
const RECIPE = 'deploy/aula-nginx.conf';
const PROJECT = '/opt/netralitas-asn';
const NGINX = '/usr/sbin/nginx';

export interface Service {
  child: ChildProcess;
  output: () => string;
  /** Ends the process (SIGKILL for the crash test) and waits until it is gone (at most 10 s, then SIGKILL). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

function watch(child: ChildProcess): Service {
  let text = '';
  child.stdout?.on('data', (d) => (text = (text + d).slice(-100_000)));
  child.stderr?.on('data', (d) => (text = (text + d).slice(-100_000)));
  const exited = new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', () => done());
  });
  const alive = () => child.exitCode === null && child.signalCode === null;
  const stopAtExit = () => alive() && child.kill('SIGKILL');
  process.once('exit', stopAtExit);
  return {
    child,
    output: () => text,
    async stop(signal = 'SIGTERM') {
      process.off('exit', stopAtExit);
      if (!alive()) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function waitFor(service: Service, pattern: RegExp, what: string, ms = 30_000): Promise<RegExpMatchArray> {
  const end = Date.now() + ms;
  for (;;) {
    const found = service.output().match(pattern);
    if (found) return found;
    if (service.child.exitCode !== null || service.child.signalCode !== null) throw new Error(`${what} exited:\n${service.output()}`);
    if (Date.now() > end) {
      await service.stop('SIGKILL');
      throw new Error(`${what} did not start in ${ms / 1000} s:\n${service.output()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface ServiceSetup {
  /** Folder for the environment file, the credential and nginx's files. */
  dir: string;
  /** The database URL, password included: split here into the URL and a password file, as the README says. */
  databaseUrl: string;
  /** The https origin nginx serves (AULA_PUBLIC_URL). */
  publicOrigin: string;
  /** More environment for the workers (the benchmark's diagnostics: NODE_OPTIONS=--cpu-prof, AULA_STATS_MS). */
  extraEnv?: Record<string, string>;
}

/** The worker's command line and environment, read from the systemd unit. */
export function workerCommand(setup: ServiceSetup, port: number | string): { command: string; args: string[]; cwd: string; env: NodeJS.ProcessEnv } {
  const root = resolve('.');
  const unit = readFileSync(UNIT, 'utf8');
  const line = (key: string) => [...unit.matchAll(new RegExp(`^${key}=(.*)$`, 'gm'))].map((m) => m[1].trim());
  const credentials = join(setup.dir, 'credentials');
  mkdirSync(credentials, { recursive: true, mode: 0o700 });
  const fill = (text: string) => text.replaceAll(PROJECT, root).replaceAll('%i', String(port)).replaceAll('%d', credentials);

  // /etc/netralitas-aula/env and db-password, as deploy/aula.env.example and the README describe them.
  const url = new URL(setup.databaseUrl);
  writeFileSync(join(credentials, 'db-password'), decodeURIComponent(url.password), { mode: 0o600 });
  url.password = '';
  const envFile: Record<string, string> = {
    AULA_DATABASE_URL: url.toString(),
    AULA_PUBLIC_URL: setup.publicOrigin,
    AULA_TRUSTED_PROXY: '127.0.0.1',
  };
  const example = readFileSync('deploy/aula.env.example', 'utf8');
  for (const key of Object.keys(envFile)) if (!new RegExp(`^${key}=`, 'm').test(example)) throw new Error(`deploy/aula.env.example lacks ${key}`);

  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, ...envFile };
  for (const assignment of line('Environment')) {
    const [key, ...value] = fill(assignment).split('=');
    env[key] = value.join('=');
  }
  Object.assign(env, setup.extraEnv);
  const [command, ...args] = fill(line('ExecStart')[0]).split(/\s+/);
  const cwd = fill(line('WorkingDirectory')[0]);
  if (!existsSync(command)) throw new Error(`${command} (the unit's ExecStart) is missing`);
  return { command, args, cwd, env };
}

/** Starts one worker as the unit would; resolves once it listens. */
export async function startWorker(setup: ServiceSetup, port: number): Promise<Service> {
  const { command, args, cwd, env } = workerCommand(setup, port);
  const service = watch(spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] }));
  await waitFor(service, /^Worker aula mendengarkan di /m, `worker on ${port}`);
  return service;
}

export interface Links {
  facilitatorUrl: string;
  participantUrl: string;
  organiserUrl: string;
  key: string;
  code: string;
  /** Everything the command printed (to check that no password is in it). */
  output: string;
}

/** `--tautan`: the administrator's command that prints the links (and makes the default room). */
export async function printLinks(setup: ServiceSetup): Promise<Links> {
  const { command, args, cwd, env } = workerCommand(setup, 0);
  const withLinks = args.filter((a, i) => a !== '--port' && args[i - 1] !== '--port');
  const run = spawnSync(command, [...withLinks, '--tautan'], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  const output = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) throw new Error(`--tautan failed (${run.status ?? run.signal}):\n${output}`);
  const pick = (re: RegExp) => {
    const m = output.match(re);
    if (!m) throw new Error(`--tautan printed no ${re}:\n${output}`);
    return m[1];
  };
  const facilitatorUrl = pick(/^Fasilitator: (\S+)/m);
  const participantUrl = pick(/^Peserta: (\S+)/m);
  return {
    facilitatorUrl,
    participantUrl,
    organiserUrl: pick(/^Penyelenggara[^:]*: (\S+)/m),
    key: new URL(facilitatorUrl).searchParams.get('kunci')!,
    code: new URL(participantUrl).searchParams.get('kode')!,
    output,
  };
}

export interface Proxy extends Service {
  port: number;
  /** nginx's access log so far. */
  accessLog: () => string;
  cert: string;
}

/**
 * nginx with deploy/aula-nginx.conf: the TLS server on 127.0.0.1:<free port> with a self-signed
 * certificate for 127.0.0.1, the upstream lines replaced by `workers`, the paths moved into `dir`.
 * The plain-http server block (a redirect to https) listens on another free loopback port.
 */
export async function startProxy(dir: string, workers: number[], tlsPort?: number, connections = 4096): Promise<Proxy> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: apt-get install nginx (.ci/run does)`);
  const prefix = join(dir, 'nginx');
  mkdirSync(prefix, { recursive: true });
  const cert = join(prefix, 'cert.pem');
  const key = join(prefix, 'key.pem');
  const made = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
    { encoding: 'utf8', timeout: 30_000 },
  );
  if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr}`);
  const [port, plainPort] = [tlsPort ?? (await freePort()), await freePort()];
  const recipe = readFileSync(RECIPE, 'utf8');
  const upstreams = workers.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n');
  const site = recipe
    .replace(/(upstream netralitas_aula \{\n(?:\s*#.*\n)*)(?:\s*server 127\.0\.0\.1:\d+[^\n]*\n)+/, `$1${upstreams}\n`)
    .replace(/^\s*listen \[::\]:\d+[^\n]*\n/gm, '')
    .replace(/^(\s*)listen 443 ssl http2;/m, `$1listen 127.0.0.1:${port} ssl http2;`)
    .replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${plainPort};`)
    .replaceAll('/etc/ssl/netralitas-aula/fullchain.pem', cert)
    .replaceAll('/etc/ssl/netralitas-aula/privkey.pem', key)
    .replaceAll('/var/log/nginx/', `${prefix}/`)
    .replaceAll(`${PROJECT}/dist`, resolve('dist'));
  if (!site.includes(`127.0.0.1:${workers[0]}`) || !site.includes(`listen 127.0.0.1:${port} ssl`)) throw new Error(`${RECIPE}: the test could not place its ports`);
  const conf = writeNginxConf(prefix, site, { connections });
  const service = watch(spawn(NGINX, ['-p', prefix, '-c', conf], { stdio: ['ignore', 'pipe', 'pipe'] }));
  // Ready when the TLS port accepts a connection; bounded.
  const { connect } = await import('node:net');
  const end = Date.now() + 20_000;
  for (;;) {
    const ok = await new Promise<boolean>((done) => {
      const s = connect(port, '127.0.0.1', () => (s.destroy(), done(true)));
      s.on('error', () => done(false));
    });
    if (ok) break;
    if (service.child.exitCode !== null || Date.now() > end) {
      await service.stop('SIGKILL');
      const log = existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '';
      throw new Error(`nginx did not start:\n${service.output()}${log}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const logFile = join(prefix, 'netralitas-aula.log');
  return { ...service, port, cert: readFileSync(cert, 'utf8'), accessLog: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '') };
}
