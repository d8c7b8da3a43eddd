/*
 * The hall as an agency's service, end to end on loopback: a throwaway PostgreSQL, two workers
 * started as deploy/netralitas-aula@.service starts them, nginx with deploy/aula-nginx.conf and a
 * test certificate in front. Phones on both workers follow the facilitator's slide; one worker is
 * killed with kill -9 in the middle of a question; every acknowledged answer is counted exactly once,
 * and the report read through either worker says the same. Also: the facilitator's link over TLS
 * (Secure cookie, no key in nginx's log), and X-Forwarded-For believed only from the proxy.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { inject } from 'vitest';
import pg from 'pg';
import WebSocket from 'ws';
import { freePort } from '../support/hall-process';
import { answeredPerSlide, Facilitator, Phone, until, type Endpoint, type HallDeckInfo } from '../support/hall-clients';
import { printLinks, startProxy, startWorker, type Links, type Proxy, type Service, type ServiceSetup } from '../support/hall-service';
import { startPostgres, type TestPostgres } from '../support/postgres';
import { hall as t } from '../../src/i18n/hall';

const decks = JSON.parse(readFileSync('dist/aula/dek.json', 'utf8')) as HallDeckInfo[];
// A deck with two single-answer questions.
const deck = decks.find((d) => d.slides.filter((s) => s.kind === 'question' && s.type === 'single').length >= 2)!;
const [q1, q2] = deck.slides.flatMap((s, i) => (s.kind === 'question' && s.type === 'single' ? [i] : []));

let db: TestPostgres;
let dir: string;
let setup: ServiceSetup;
let links: Links;
let proxy: Proxy;
const ports: number[] = [];
const workers: Service[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nas-hall-server-'));
  db = await startPostgres();
  const proxyPort = await freePort();
  setup = { dir, databaseUrl: db.url, publicOrigin: `https://127.0.0.1:${proxyPort}` };
  links = await printLinks(setup);
  ports.push(await freePort(), await freePort());
  workers.push(...(await Promise.all(ports.map((p) => startWorker(setup, p)))));
  proxy = await startProxy(dir, ports, proxyPort);
}, 90_000);

afterAll(async () => {
  await proxy?.stop();
  await Promise.all(workers.map((w) => w.stop()));
  await db?.stop();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

const viaProxy = (path: string, headers: Record<string, string> = {}): Endpoint => ({ url: `wss://127.0.0.1:${proxy.port}${path}`, headers, ca: proxy.cert });
const direct = (port: number, path: string, headers: Record<string, string> = {}): Endpoint => ({ url: `ws://127.0.0.1:${port}${path}`, headers });
const joinPath = () => `/ws/peserta?kode=${links.code}`;
const facilitatorHeaders = () => ({ cookie: `nas_kunci=${links.key}`, origin: setup.publicOrigin });

/** An https request through nginx (trusting the test certificate), without following redirects. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: proxy.port, path, method, headers, ca: proxy.cert, timeout: 10_000 }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.on('timeout', () => req.destroy(new Error(`timeout on ${path}`)));
    req.end(body);
  });
}
const post = (path: string, body: string, headers: Record<string, string>) => get(path, headers, 'POST', body);

describe('the hall behind nginx with TLS, two workers, PostgreSQL', () => {
  it('prints links without the password and workers log no key; the facilitator link sets a Secure cookie and stays out of the access log', async () => {
    const password = decodeURIComponent(new URL(db.url).password);
    expect(links.output).not.toContain(password);
    for (const w of workers) {
      expect(w.output()).not.toContain(password);
      expect(w.output()).not.toContain(links.key);
    }
    const reply = await get(`/aula/?kunci=${links.key}`);
    expect(reply.status).toBe(303);
    const cookies = ([] as string[]).concat(reply.headers['set-cookie'] ?? []);
    const key = cookies.find((c) => c.startsWith('nas_kunci='))!;
    expect(key).toMatch(/; HttpOnly/);
    expect(key).toMatch(/; Secure/);
    expect(reply.headers['strict-transport-security']).toContain('max-age=');
    // The participants' page, through nginx to a worker.
    const page = await get('/ikut/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<html');
    await until(() => proxy.accessLog().includes('GET /ikut/'), 'the access log');
    expect(proxy.accessLog()).toContain('GET /aula/ ');
    expect(proxy.accessLog()).not.toContain(links.key);
  });

  it('keeps phones on both workers on the same slide, and counts every acknowledged answer exactly once when a worker is killed mid-question', async () => {
    const fac = new Facilitator(() => viaProxy('/ws/fasilitator', facilitatorHeaders()));
    // Half the phones start on each worker (directly, so the split is certain); after a drop, they
    // come back through nginx, which sends them to a worker that is alive.
    const N = 16;
    const phones = Array.from({ length: N }, (_, i) => {
      let first = true;
      const phone = new Phone(`e2e-phone-${String(i).padStart(10, '0')}`, () => {
        if (!first) return viaProxy(joinPath());
        first = false;
        return direct(ports[i % 2], joinPath());
      });
      return phone;
    });
    const onFirst = phones.filter((_, i) => i % 2 === 0);
    try {
      await fac.reconnect();
      await Promise.all(phones.map((p) => p.reconnect()));
      await until(() => phones.every((p) => p.joined), 'phones to join');

      // Slide change: every phone, on either worker, sees it.
      fac.show(deck.id, q1);
      await until(() => phones.every((p) => p.slide === q1), `all phones on slide ${q1}`, 10_000);
      const options = deck.slides[q1].options!.length;
      phones.forEach((p, i) => p.answer(deck.id, q1, [i % options]));
      await until(() => phones.every((p) => p.acks.has(q1)), 'acks for the first question');
      await until(() => fac.last?.slide === q1 && fac.last.answered === N, 'the facilitator to count every phone');

      // The second question: phones answer, and worker 1 is killed while the answers are in flight.
      fac.show(deck.id, q2);
      await until(() => phones.every((p) => p.slide === q2), `all phones on slide ${q2}`, 10_000);
      const options2 = deck.slides[q2].options!.length;
      const choice = (i: number) => [(i + 1) % options2];
      phones.forEach((p, i) => p.answer(deck.id, q2, choice(i)));
      await workers[0].stop('SIGKILL');
      await until(() => onFirst.every((p) => p.drops >= 1), "the first worker's phones to be cut off");

      // Like a person: reconnect, join again, and answer again only if the server does not show the answer given.
      const acked = new Map(phones.map((p) => [p.device, p.acks.get(q2)?.choice.join()]));
      if (!fac.isOpen) await fac.reconnect();
      await Promise.all(
        phones.map(async (p, i) => {
          if (p.isOpen) return until(() => p.acks.has(q2), `${p.device}'s ack`);
          await p.reconnect();
          await until(() => p.joined && p.slide === q2, `${p.device} back on slide ${q2}`);
          // A phone acknowledged before the kill finds its answer counted, without sending it again.
          if (acked.get(p.device)) expect(p.counted?.join(), p.device).toBe(acked.get(p.device));
          if (p.counted?.join() !== choice(i).join()) p.answer(deck.id, q2, choice(i));
          await until(() => p.acks.has(q2) || p.counted?.join() === choice(i).join(), `${p.device} counted`);
        }),
      );
      fac.show(deck.id, q2); // a fresh snapshot for the facilitator after its own reconnect
      await until(() => fac.last?.slide === q2 && fac.last.answered === N, `the facilitator to count ${N} answers on slide ${q2}`);
      expect(fac.last!.counts!.reduce((a, b) => a + b, 0)).toBe(N);

      // The report, through nginx (worker 2), then from worker 1 started again as systemd would.
      const csv = (await get('/aula/laporan.csv', { cookie: `nas_kunci=${links.key}` })).body;
      const counted = answeredPerSlide(csv);
      expect(counted.get(q1 + 1)).toBe(N);
      expect(counted.get(q2 + 1)).toBe(N);
      workers[0] = await startWorker(setup, ports[0]);
      const again = await fetch(`http://127.0.0.1:${ports[0]}/aula/laporan.csv`, { headers: { cookie: `nas_kunci=${links.key}` } });
      const csvAgain = await again.text();
      // (fetch drops the byte-order mark, the raw https reader keeps it)
      expect(csvAgain.replace(/^\uFEFF/, '')).toBe(csv.replace(/^\uFEFF/, ''));
      expect(proxy.accessLog()).not.toContain(links.key);
    } finally {
      fac.close();
      for (const p of phones) p.close();
    }
  });

  it("opens a room from the organiser's form over TLS (same-origin check behind nginx), and phones can join it on every worker at once", async () => {
    const organiserKey = new URL(links.organiserUrl).searchParams.get('kunci')!;
    const title = `Ruang uji ${Date.now()}`;
    const reply = await post('/penyelenggara/ruang-baru', new URLSearchParams({ judul: title, retensi: '30' }).toString(), {
      cookie: `nas_penyelenggara=${organiserKey}`,
      origin: setup.publicOrigin,
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(reply.status).toBe(303);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query<{ code: string }>(`SELECT meta->>'code' AS code FROM aula_rooms WHERE meta->>'title' = $1`, [title]).finally(() => client.end());
    expect(rows).toHaveLength(1);
    const opens = (port: number) =>
      new Promise<number>((done) => {
        const ws = new WebSocket(`ws://127.0.0.1:${port}/ws/peserta?kode=${rows[0].code}`);
        ws.once('open', () => (ws.terminate(), done(101)));
        ws.once('unexpected-response', (_req, res) => (done(res.statusCode ?? 0), ws.terminate()));
        ws.once('error', () => done(0));
      });
    // The worker that did not write the room hears of it through the database (no restart).
    await expect.poll(async () => (await Promise.all(ports.map(opens))).join(), { timeout: 10_000 }).toBe('101,101');
  });

  it('believes X-Forwarded-For only from the proxy: wrong join codes from one address do not lock out another', async () => {
    const tryCode = (code: string, address: string) =>
      new Promise<number>((done) => {
        const ws = new WebSocket(`ws://127.0.0.1:${ports[1]}/ws/peserta?kode=${code}`, { headers: { 'x-forwarded-for': address } });
        ws.once('open', () => (ws.terminate(), done(101)));
        ws.once('unexpected-response', (_req, res) => (done(res.statusCode ?? 0), ws.terminate()));
        ws.once('error', () => done(0));
      });
    const wrong = links.code.replace(/./, (c) => (c === 'A' ? 'B' : 'A'));
    for (let i = 0; i < 12; i++) await tryCode(wrong, '198.51.100.1');
    expect(await tryCode(links.code, '198.51.100.1')).toBe(404);
    expect(await tryCode(links.code, '198.51.100.2')).toBe(101);
  });

  it('serves a phone in Chromium over https through nginx: it joins by code and sees the slide', async () => {
    const browser = await chromium.connect(inject('wsEndpoint'));
    const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 390, height: 800 } });
    const fac = new Facilitator(() => viaProxy('/ws/fasilitator', facilitatorHeaders()));
    try {
      await fac.reconnect();
      fac.show(deck.id, q1);
      const page = await context.newPage();
      await page.goto(links.participantUrl);
      await expect.poll(() => page.locator('#conn').textContent(), { timeout: 15_000 }).toBe(t.connected);
      await expect.poll(() => page.getByRole('radio').count(), { timeout: 15_000 }).toBe(deck.slides[q1].options!.length);
    } finally {
      fac.close();
      await context.close();
      await browser.close();
    }
  });
});
