/*
 * npm run bench:aula -- --workers W [--participants N --questions Q --direct]: the hall's server mode
 * under load, all on loopback. Its own PostgreSQL (tests/support/postgres.ts), W workers started as
 * the systemd unit starts them, nginx with the TLS recipe in front (tests/support/hall-service.ts);
 * one facilitator and N phones (`ws`), coming from many loopback addresses (groups of 100, as
 * behind NATs), all through nginx unless --direct. Q questions: each phone answers once within a
 * second, a tenth change their answer half a second later; before each question after the first a
 * tenth of the phones drop and reconnect; in the second question one worker is killed with SIGKILL
 * half a second into the answers (its phones reconnect through nginx to the others, look at the
 * answer the server shows and answer again only when it is not theirs), and is started again
 * afterwards as systemd would. Prints participants, answers sent, acknowledged, counted (the report's
 * CSV), lost and duplicated (both must be 0), p50/p95 from an answer to the facilitator's screen,
 * the time for a slide change to reach every phone, memory per worker and of PostgreSQL (PSS), and
 * the load average. Bounded: at most 10 000 phones, 4 workers, 10 questions, 15 minutes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort } from '../support/hall-process.ts';
import { answeredPerSlide, Facilitator, Phone, sleep, until, type Endpoint, type HallDeckInfo } from '../support/hall-clients.ts';
import { printLinks, startProxy, startWorker, type Service } from '../support/hall-service.ts';
import { startPostgres } from '../support/postgres.ts';
import { STATS_PREFIX } from '../../server/aula/stats.ts';

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '3' },
    participants: { type: 'string', default: '6000' },
    questions: { type: 'string', default: '3' },
    direct: { type: 'boolean', default: false },
    /** A folder for the workers' CPU profiles (node --cpu-prof; written when a worker stops). */
    profile: { type: 'string' },
  },
});
const W = Math.min(4, Math.max(2, Number(values.workers) || 3));
const N = Math.min(10_000, Math.max(1, Number(values.participants) || 6000));
const Q = Math.min(10, Math.max(2, Number(values.questions) || 3));
const DEADLINE = Date.now() + 15 * 60_000;
const wait = (check: () => boolean, what: string, ms = 120_000) => until(check, what, Math.max(1000, Math.min(ms, DEADLINE - Date.now())), 20);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

const decks = JSON.parse(readFileSync('dist/aula/dek.json', 'utf8')) as HallDeckInfo[];
const deck = decks.reduce((a, b) => (b.slides.filter((s) => s.kind === 'question').length > a.slides.filter((s) => s.kind === 'question').length ? b : a));
const questionSlides = deck.slides.flatMap((s, i) => (s.kind === 'question' ? [i] : [])).slice(0, Q);

/** Proportional set size (shared pages split among their users) of a process, in bytes. */
function pss(pid: number): number {
  try {
    return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))![1]) * 1024;
  } catch {
    return 0;
  }
}
/** The processes PostgreSQL's postmaster started (its backends), read from /proc without scanning it. */
function postgresChildren(postmaster: number): number[] {
  try {
    return readFileSync(`/proc/${postmaster}/task/${postmaster}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
/** PostgreSQL: the postmaster and every backend it started. */
function postgresPss(postmaster: number): number {
  return [postmaster, ...postgresChildren(postmaster)].reduce((total, pid) => total + pss(pid), 0);
}
/** CPU time a process has used so far (user + system, ms); 0 when it is gone. */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return 0;
  }
}
/** A worker's diagnostics line (server/aula/stats.ts). */
interface WorkerStat {
  at: number;
  cpu: number;
  eld99: number;
  eldMax: number;
  batches: number;
  events: number;
  commitMs: number;
  reads: number;
  read: number;
  notified?: number;
}
const STATS_MS = 1000;
const statsOf = (output: string): WorkerStat[] =>
  output
    .split('\n')
    .filter((l) => l.startsWith(STATS_PREFIX))
    .map((l) => JSON.parse(l.slice(STATS_PREFIX.length)) as WorkerStat);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

// Ctrl+C or a timeout's SIGTERM still stops PostgreSQL, the workers and nginx (their 'exit' handlers).
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
console.log(`load average at start   ${load()}`);
const dir = mkdtempSync(join(tmpdir(), 'nas-aula-server-bench-'));
const db = await startPostgres({ maxConnections: 20 * W + 30 });
const workers: Service[] = [];
let proxy: Awaited<ReturnType<typeof startProxy>> | undefined;
const phones: Phone[] = [];
let fac: Facilitator | undefined;
let exitCode = 1;
try {
  const proxyPort = await freePort();
  const extraEnv: Record<string, string> = {
    AULA_STATS_MS: String(STATS_MS),
    ...(values.profile && { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${resolve(values.profile)}` }),
  };
  const setup = { dir, databaseUrl: db.url, publicOrigin: `https://127.0.0.1:${proxyPort}`, extraEnv };
  const links = await printLinks(setup);
  const ports = await Promise.all(Array.from({ length: W }, () => freePort()));
  workers.push(...(await Promise.all(ports.map((p) => startWorker(setup, p)))));
  /** Every process each worker slot ran (the killed one and its successor), for their diagnostics. */
  const ran: Service[][] = workers.map((w) => [w]);
  // nginx holds two connections per phone (the phone's and the worker's).
  proxy = await startProxy(dir, ports, proxyPort, 2 * N + 500);
  const path = `/ws/peserta?kode=${links.code}`;
  const alive = new Set(ports);
  /** Phone i's way in: through nginx (from its NAT group's address), or straight to a living worker. */
  const endpoint = (i: number, attempt: () => number): Endpoint => {
    const localAddress = `127.0.${1 + Math.floor(i / 100 / 250)}.${1 + (Math.floor(i / 100) % 250)}`;
    if (!values.direct) return { url: `wss://127.0.0.1:${proxy!.port}${path}`, ca: proxy!.cert, localAddress };
    const living = ports.filter((p) => alive.has(p));
    return { url: `ws://127.0.0.1:${living[(i + attempt()) % living.length]}${path}`, localAddress };
  };

  fac = new Facilitator(() => ({ url: `wss://127.0.0.1:${proxy!.port}/ws/fasilitator`, ca: proxy!.cert, headers: { cookie: `nas_kunci=${links.key}`, origin: setup.publicOrigin } }));
  await fac.reconnect();
  fac.show(deck.id, 0);

  // Memory, sampled while the load runs.
  const peak = { workers: new Map<number, number>(), postgres: 0 };
  const sample = () => {
    workers.forEach((w, i) => w.child.pid && peak.workers.set(i, Math.max(peak.workers.get(i) ?? 0, pss(w.child.pid))));
    peak.postgres = Math.max(peak.postgres, postgresPss(db.pid));
  };
  const sampler = setInterval(sample, 1000);

  for (let i = 0; i < N; i++) {
    let attempts = 0;
    phones.push(new Phone(`bench-srv-${String(i).padStart(10, '0')}`, () => endpoint(i, () => attempts++)));
  }
  const started = performance.now();
  for (let i = 0; i < N; i += 100) await Promise.all(phones.slice(i, i + 100).map((p) => p.reconnect(60_000)));
  await wait(() => phones.every((p) => p.joined), `${N} phones to join`);
  const joinSeconds = (performance.now() - started) / 1000;
  console.log(`joined                  ${N} phones in ${joinSeconds.toFixed(1)} s (load ${load()})`);

  /** A phone whose socket closed comes back, joins, and answers again if the server does not show its answer. */
  const intended = new Map<Phone, number[]>();
  const recover = async (p: Phone, slide: number) => {
    if (!p.isOpen) await p.reconnect(60_000);
    await wait(() => p.joined && p.slide === slide, `${p.device} back on slide ${slide}`, 60_000);
    const want = intended.get(p);
    if (want && p.counted?.join() !== want.join()) p.answer(deck.id, slide, want);
  };

  let sent = 0;
  const latencies: number[] = [];
  /** From an answer to its acknowledgement (stored, counted by its worker): the write path alone. */
  const ackLatencies: number[] = [];
  const slideChanges: number[] = [];
  let killedAt = -1;
  let acked = 0;
  /** From each slide change to "all counted" (ms since 1970): where the workers' load is read. */
  const windows: [number, number][] = [];
  const cpu = { workers: 0, nginx: 0, postgres: 0, bench: 0, wall: 0 };
  const cpuNow = () => ({
    workers: workers.reduce((n, w) => n + cpuMs(w.child.pid), 0),
    nginx: cpuMs(proxy!.child.pid),
    postgres: [db.pid, ...postgresChildren(db.pid)].reduce((n, pid) => n + cpuMs(pid), 0),
    bench: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
  });
  for (const [q, slide] of questionSlides.entries()) {
    intended.clear();
    if (q > 0) {
      const leaving = phones.filter((_, i) => i % 10 === q % 10);
      for (const p of leaving) p.ws?.terminate();
      await Promise.all(leaving.map((p) => p.reconnect(60_000)));
      await wait(() => leaving.every((p) => p.joined), 'reconnected phones');
    }
    // Whoever lost its socket (the killed worker's phones that were already counted) is back, as the page reconnects by itself.
    if (!fac.isOpen) await fac.reconnect(60_000);
    await Promise.all(phones.filter((p) => !p.isOpen).map((p) => p.reconnect(60_000)));
    await wait(() => phones.every((p) => p.joined), 'phones back after a drop');
    const shownAt = performance.now();
    const windowStart = Date.now();
    const cpuStart = cpuNow();
    fac.show(deck.id, slide);
    await wait(() => phones.every((p) => p.saw.has(slide)), `phones to see slide ${slide}`);
    const slideMs = Math.max(...phones.map((p) => p.saw.get(slide)!)) - shownAt;
    slideChanges.push(slideMs);

    const options = deck.slides[slide].options!.length;
    const sends = new Map<Phone, number>();
    const kill =
      q === 1
        ? sleep(500).then(async () => {
            killedAt = q;
            alive.delete(ports[0]);
            await workers[0].stop('SIGKILL');
          })
        : Promise.resolve();
    await Promise.all(
      phones.map(async (p, i) => {
        await sleep(Math.random() * 1000);
        const choice = [i % options];
        intended.set(p, choice);
        sends.set(p, performance.now());
        if (p.isOpen) p.answer(deck.id, slide, choice);
        sent++;
        if (i % 10 === 3) {
          await sleep(500);
          const changed = [(i + 1) % options];
          intended.set(p, changed);
          if (p.isOpen) p.answer(deck.id, slide, changed);
          sent++;
        }
      }),
    );
    await kill;
    // Phones cut off by the kill (or whose answer was not acknowledged) recover, as a person would.
    const done = (p: Phone) => p.acks.get(slide)?.choice.join() === intended.get(p)!.join() || (p.isOpen && p.joined && p.counted?.join() === intended.get(p)!.join());
    for (let round = 0; round < 5 && !phones.every(done); round++) {
      await sleep(2000);
      if (!fac.isOpen) await fac.reconnect(60_000);
      await Promise.all(phones.filter((p) => !done(p)).map((p) => recover(p, slide).catch(() => undefined)));
    }
    await wait(() => phones.every(done), `every phone counted on slide ${slide}`);
    acked += phones.filter(done).length;
    await wait(() => fac!.last?.slide === slide && fac!.last.answered === N, `the facilitator to count ${N} answers`);
    windows.push([windowStart, Date.now()]);
    if (q !== killedAt) {
      // CPU seconds in this question (the killed worker's are lost with it: that question is left out).
      const end = cpuNow();
      for (const k of ['workers', 'nginx', 'postgres', 'bench'] as const) cpu[k] += end[k] - cpuStart[k];
      cpu.wall += Date.now() - windowStart;
    }

    // Answer -> facilitator: the k-th acknowledged answer against the first update counting k.
    const seen = fac.updates.filter((u) => u.slide === slide && u.deck === deck.id);
    const byAck = phones.filter((p) => p.acks.has(slide)).sort((a, b) => a.acks.get(slide)!.at - b.acks.get(slide)!.at);
    byAck.forEach((p, k) => {
      const shown = seen.find((u) => u.answered >= k + 1);
      if (shown && q !== killedAt) latencies.push(shown.at - sends.get(p)!);
      if (q !== killedAt) ackLatencies.push(p.acks.get(slide)!.at - sends.get(p)!);
    });
    console.log(`question ${q + 1} (slide ${slide})   slide change at every phone ${slideMs.toFixed(0)} ms; all counted (load ${load()})`);
    if (q === killedAt) {
      workers[0] = await startWorker(setup, ports[0]);
      ran[0].push(workers[0]);
      alive.add(ports[0]);
    }
  }
  clearInterval(sampler);
  sample();

  const csv = await (await fetch(`http://127.0.0.1:${ports[1]}/aula/laporan.csv`, { headers: { cookie: `nas_kunci=${links.key}` } })).text();
  const counted = answeredPerSlide(csv);
  let lost = 0;
  let duplicated = 0;
  for (const slide of questionSlides) {
    const c = counted.get(slide + 1) ?? 0;
    lost += Math.max(0, N - c);
    duplicated += Math.max(0, c - N);
  }
  const countedTotal = questionSlides.reduce((n, s) => n + (counted.get(s + 1) ?? 0), 0);
  const pct = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
  };
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(`mode                    ${W} workers, ${values.direct ? 'phones straight to workers' : 'phones through nginx (TLS)'}, PostgreSQL ${db.url.replace(/:[^:@/]+@/, '@')}`);
  console.log(`participants            ${N} in one room, ${questionSlides.length} questions, deck ${deck.id}; worker 1 killed (SIGKILL) in question 2`);
  console.log(`answers sent            ${sent} (${N * questionSlides.length} first answers + changes + re-sends after the kill not counted here)`);
  console.log(`answers acknowledged    ${acked} (one final answer per phone and question)`);
  console.log(`answers counted         ${countedTotal} (report CSV)`);
  console.log(`lost                    ${lost}`);
  console.log(`duplicated              ${duplicated}`);
  console.log(`answer -> facilitator   p50 ${ms(pct(latencies, 50))}, p95 ${ms(pct(latencies, 95))}, max ${ms(Math.max(...latencies))} (${latencies.length} samples, question with the kill left out)`);
  console.log(`answer -> its ack       p50 ${ms(pct(ackLatencies, 50))}, p95 ${ms(pct(ackLatencies, 95))} (stored and applied by its worker)`);
  console.log(`slide change, all phones ${slideChanges.map(ms).join(', ')}`);
  // Where the time went while questions ran: each worker's CPU, event-loop delay and commits.
  const inWindow = (at: number) => windows.some(([a, b]) => at >= a && at <= b + STATS_MS);
  const perWorker = ran.map((services) => {
    let cpuPeak = 0;
    let eld99 = 0;
    let eldMax = 0;
    let batchesPeak = 0;
    let batches = 0;
    let events = 0;
    let commitMs = 0;
    let reads = 0;
    let notified = 0;
    for (const service of services) {
      const stats = statsOf(service.output());
      stats.forEach((x, i) => {
        if (!inWindow(x.at)) return;
        cpuPeak = Math.max(cpuPeak, x.cpu / STATS_MS);
        eld99 = Math.max(eld99, x.eld99);
        eldMax = Math.max(eldMax, x.eldMax);
        const before = stats[i - 1];
        if (!before) return;
        batchesPeak = Math.max(batchesPeak, ((x.batches - before.batches) * 1000) / (x.at - before.at));
        batches += x.batches - before.batches;
        events += x.events - before.events;
        commitMs += x.commitMs - before.commitMs;
        reads += x.reads - before.reads;
        notified += (x.notified ?? 0) - (before.notified ?? 0);
      });
    }
    return `CPU peak ${(cpuPeak * 100).toFixed(0)} %, event-loop delay p99 ${eld99} ms (max ${eldMax} ms), ${batches} commits (peak ${batchesPeak.toFixed(0)}/s, ${(events / Math.max(1, batches)).toFixed(1)} events and ${(commitMs / Math.max(1, batches)).toFixed(0)} ms each), ${reads} catch-up reads, ${notified} events taken from notifications`;
  });
  perWorker.forEach((line, i) => console.log(`worker ${i + 1} in questions   ${line}`));
  const share = (ms: number) => `${(ms / 1000).toFixed(1)} s (${((ms / Math.max(1, cpu.wall)) * 100).toFixed(0)} % of a core)`;
  console.log(`CPU in questions        ${(cpu.wall / 1000).toFixed(1)} s of wall time: workers ${share(cpu.workers)}, nginx ${share(cpu.nginx)}, PostgreSQL ${share(cpu.postgres)}, this benchmark ${share(cpu.bench)} (question with the kill left out)`);
  console.log(`memory (PSS, peak)      workers ${[...peak.workers.values()].map(mb).join(', ')}; PostgreSQL ${mb(peak.postgres)}`);
  console.log(`load average at end     ${load()}`);
  exitCode = lost === 0 && duplicated === 0 ? 0 : 1;
} catch (error) {
  console.error(error);
} finally {
  fac?.close();
  for (const p of phones) p.close();
  await proxy?.stop();
  await Promise.all(workers.map((w) => w.stop()));
  await db.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
