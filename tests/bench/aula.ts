/*
 * npm run bench:aula [-- --participants N --questions Q --attendance]: starts its own hall server on loopback (as
 * `npm run aula` does), connects one facilitator and N phones with `ws`, and runs Q questions: every
 * phone answers once within a second, a tenth change their answer, a tenth drop and reconnect between
 * questions. Then it kills the server with SIGKILL, restarts it and reads the report's CSV, so
 * "counted" means counted on disk. Prints participants, answers sent, acknowledged, counted, lost,
 * p50/p95 from sending an answer to the facilitator's updated distribution, and the server's RSS.
 * With --attendance the room keeps a daftar hadir: every phone registers (name, status, NIP, unit)
 * before it answers, and the daftar hadir after the restart must list every phone once.
 * Bounded: at most 2 000 phones, 20 questions, 180 s.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { freePort, startHallProcess, type HallProcess } from '../support/hall-process.ts';

// Server mode (PostgreSQL, several workers behind nginx): its own benchmark.
if (process.argv.includes('--workers')) await import('./aula-server.ts');

const { values } = parseArgs({
  options: { participants: { type: 'string', default: '300' }, questions: { type: 'string', default: '5' }, attendance: { type: 'boolean', default: false } },
});
const N = Math.min(2000, Math.max(1, Number(values.participants) || 300));
const Q = Math.min(20, Math.max(1, Number(values.questions) || 5));
const DEADLINE = Date.now() + 180_000;

interface Deck {
  id: string;
  slides: { kind: string; options?: string[]; type?: string }[];
}
const decks = JSON.parse(readFileSync('dist/aula/dek.json', 'utf8')) as Deck[];
const deck = decks.reduce((a, b) => (b.slides.filter((s) => s.kind === 'question').length > a.slides.filter((s) => s.kind === 'question').length ? b : a));
const questionSlides = deck.slides.flatMap((s, i) => (s.kind === 'question' ? [i] : [])).slice(0, Q);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean, what: string, ms = 30_000) {
  const end = Math.min(Date.now() + ms, DEADLINE);
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};

function rssOf(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;
  } catch {
    return 0;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'nas-aula-bench-'));
const port = await freePort();
const ATTENDANCE = values.attendance!;
let hall: HallProcess = await startHallProcess(port, dir, ['--sesi-baru', ...(ATTENDANCE ? ['--hadir'] : [])]);
const wsUrl = (path: string) => `ws://127.0.0.1:${port}${path}`;
let peakRss = rssOf(hall.child.pid!);
const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssOf(hall.child.pid!))), 200);

// The facilitator: records every distribution update with its arrival time.
const updates: { at: number; slide: number; answered: number }[] = [];
let participantsSeen = 0;
const fac = new WebSocket(wsUrl('/ws/fasilitator'), { headers: { cookie: `nas_kunci=${hall.key}` } });
fac.on('message', (data) => {
  const m = JSON.parse(String(data));
  if (m.kind !== 'live') return;
  participantsSeen = m.participants;
  if (m.deck === deck.id) updates.push({ at: performance.now(), slide: m.slide, answered: m.answered });
});
await new Promise((ok, fail) => (fac.once('open', ok), fac.once('error', fail)));
const show = (slide: number) =>
  fac.send(JSON.stringify({ kind: 'sync', deck: deck.id, state: JSON.stringify({ v: 1, slide, revealed: [], tally: {}, black: false, timer: { seconds: 30, endsAt: null } }) }));
show(0);

interface Phone {
  id: string;
  ws?: WebSocket;
  slide: number;
  joined: boolean;
  registered: boolean;
  acks: Map<number, number>; // slide -> ack time
}
const phones: Phone[] = Array.from({ length: N }, (_, i) => ({ id: `bench-phone-${String(i).padStart(8, '0')}`, slide: -1, joined: false, registered: false, acks: new Map() }));
let sent = 0;
const sends: { phone: Phone; slide: number; at: number }[] = [];

function open(phone: Phone): Promise<void> {
  return new Promise((ok, fail) => {
    const ws = new WebSocket(wsUrl(`/ws/peserta?kode=${hall.code}`));
    phone.ws = ws;
    phone.joined = false;
    ws.on('message', (data) => {
      const m = JSON.parse(String(data));
      if (m.kind === 'joined') {
        phone.joined = true;
        const n = phones.indexOf(phone);
        const person = { name: `Peserta ${n}`, status: 'PNS', nip: `1990010120201${String(n).padStart(5, '0')}`, unit: `Unit ${n % 12}` };
        if (ATTENDANCE && !phone.registered) ws.send(JSON.stringify({ kind: 'attend', person }));
      } else if (m.kind === 'registered') phone.registered = true;
      else if (m.kind === 'view') phone.slide = m.view.slide;
      else if (m.kind === 'ack' && !phone.acks.has(m.slide)) phone.acks.set(m.slide, performance.now());
      else if (m.kind === 'error') console.error(`phone ${phone.id}: refused (${m.reason})`);
    });
    ws.once('open', () => {
      ws.send(JSON.stringify({ kind: 'join', device: phone.id }));
      ok();
    });
    ws.once('error', fail);
  });
}

const started = performance.now();
for (let i = 0; i < N; i += 50) await Promise.all(phones.slice(i, i + 50).map(open));
await until(() => phones.every((p) => p.joined && (!ATTENDANCE || p.registered)) && participantsSeen === N, `${N} phones to join`);
const joinSeconds = (performance.now() - started) / 1000;

const latencies: number[] = [];
for (const [q, slide] of questionSlides.entries()) {
  // A tenth of the phones drop and come back before this question (Wi-Fi in a hall).
  if (q > 0) {
    const leaving = phones.filter((_, i) => i % 10 === q % 10);
    for (const p of leaving) p.ws!.terminate();
    await Promise.all(leaving.map(open));
    await until(() => leaving.every((p) => p.joined), 'reconnected phones');
  }
  show(slide);
  await until(() => phones.every((p) => p.slide === slide), `phones to see slide ${slide + 1}`);
  const options = deck.slides[slide].options!.length;
  // Every phone answers once within a second; every tenth changes its mind half a second later.
  await Promise.all(
    phones.map(async (p, i) => {
      await sleep(Math.random() * 1000);
      sends.push({ phone: p, slide, at: performance.now() });
      p.ws!.send(JSON.stringify({ kind: 'answer', deck: deck.id, slide, choice: [i % options] }));
      sent++;
      if (i % 10 === 3) {
        await sleep(500);
        p.ws!.send(JSON.stringify({ kind: 'answer', deck: deck.id, slide, choice: [(i + 1) % options] }));
        sent++;
      }
    }),
  );
  await until(() => phones.every((p) => p.acks.has(slide)), `acks for slide ${slide + 1}`);
  await until(() => updates.some((u) => u.slide === slide && u.answered === N), `facilitator to see ${N} answers`);
  // Latency of the k-th acknowledged answer: until the first facilitator update counting k answers.
  const firstSends = new Map<string, number>();
  for (const s of sends) if (s.slide === slide && !firstSends.has(s.phone.id)) firstSends.set(s.phone.id, s.at);
  const byAck = phones.map((p) => ({ p, ack: p.acks.get(slide)! })).sort((a, b) => a.ack - b.ack);
  const seen = updates.filter((u) => u.slide === slide);
  byAck.forEach(({ p }, k) => {
    const shown = seen.find((u) => u.answered >= k + 1);
    if (shown) latencies.push(shown.at - firstSends.get(p.id)!);
  });
}
const acked = phones.reduce((n, p) => n + p.acks.size, 0);
const liveRss = peakRss;
clearInterval(sampler);

// Nothing lost: crash the server, start it again, and count what the report says.
for (const p of phones) p.ws!.terminate();
fac.terminate();
await hall.stop('SIGKILL');
hall = await startHallProcess(port, dir);
const csv = await (await fetch(`http://127.0.0.1:${port}/aula/laporan.csv`, { headers: { cookie: `nas_kunci=${hall.key}` } })).text();
const hadir = ATTENDANCE ? (await (await fetch(`http://127.0.0.1:${port}/aula/laporan/hadir.csv`, { headers: { cookie: `nas_kunci=${hall.key}` } })).text()).trim().split('\r\n').length - 1 : 0;
await hall.stop();
rmSync(dir, { recursive: true, force: true });
const counted = new Map<string, number>();
for (const line of csv.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1)) {
  const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
  counted.set(cells[1], Number(cells[9]));
}
const countedTotal = [...counted.values()].reduce((a, b) => a + b, 0);

const ms = (n: number) => `${n.toFixed(0)} ms`;
console.log(`participants            ${N} (joined in ${joinSeconds.toFixed(1)} s), ${questionSlides.length} questions, deck ${deck.id}`);
console.log(`answers sent            ${sent} (${N * questionSlides.length} first answers + changes)`);
console.log(`answers acknowledged    ${acked} (one per phone and question)`);
console.log(`answers counted         ${countedTotal} (report CSV after kill -9 and restart)`);
console.log(`lost                    ${acked - countedTotal}`);
console.log(`latency answer -> facilitator update: p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, min ${ms(Math.min(...latencies))}, max ${ms(Math.max(...latencies))} (${latencies.length} samples)`);
if (ATTENDANCE) console.log(`daftar hadir            ${hadir} of ${N} phones registered (after kill -9 and restart)`);
console.log(`server memory (RSS)     peak ${(liveRss / 1024 / 1024).toFixed(0)} MB`);
process.exit(acked - countedTotal === 0 && (!ATTENDANCE || hadir === N) ? 0 : 1);
