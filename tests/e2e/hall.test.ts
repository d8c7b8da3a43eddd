/*
 * The live hall end to end: `npm run aula`'s server on loopback, the facilitator's deck and three
 * phones (separate browser contexts) through a quiz deck; forged messages; the answer kept out of the
 * phones' traffic until the reveal; kill -9 and restart; the report and its CSV.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { axeViolations, connect } from './support/browser';
import { freePort, startHallProcess, type HallProcess } from '../support/hall-process';
import { aula, hall as t } from '../../src/i18n/id';
import type { HallDeck } from '../../src/lib/aula/live';

const decks = JSON.parse(readFileSync('dist/aula/dek.json', 'utf8')) as HallDeck[];
// A deck whose first question takes one answer, so the three phones can be right and wrong.
const deck = decks.find((d) => {
  const q = d.slides.find((s) => s.kind === 'question');
  return q?.kind === 'question' && q.type !== 'multiple' && q.options.length >= 2;
})!;
const qIndex = deck.slides.findIndex((s) => s.kind === 'question');
const question = deck.slides[qIndex] as Extract<HallDeck['slides'][number], { kind: 'question' }>;
const right = question.correct[0];
const wrong = right === 0 ? 1 : 0;
/** A phrase of the explanation: it must not reach a phone before the reveal. */
const secret = question.explanationHtml.replace(/<[^>]+>/g, '').trim().slice(0, 40);

let browser: Browser;
let hall: HallProcess;
let port: number;
const dir = mkdtempSync(join(tmpdir(), 'nas-aula-'));
const contexts: BrowserContext[] = [];
let fac: Page;
const phones: { page: Page; traffic: string[] }[] = [];

beforeAll(async () => {
  browser = await connect();
  port = await freePort();
  hall = await startHallProcess(port, dir);
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await hall?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function phone(): Promise<{ page: Page; traffic: string[] }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  contexts.push(context);
  const page = await context.newPage();
  const traffic: string[] = [];
  page.on('websocket', (ws) => ws.on('framereceived', (f) => traffic.push(String(f.payload))));
  page.on('response', async (r) => traffic.push(await r.text().catch(() => '')));
  await page.goto(hall.participantUrl);
  await poll(() => page.locator('#conn').textContent()).toBe(t.connected);
  return { page, traffic };
}
/** Polls patiently: the server, three phones and Chromium share two busy cores. */
const poll = <T>(fn: () => Promise<T> | T, options: { timeout?: number } = {}) => expect.poll(fn, { timeout: 10_000, ...options });
const counter = (page: Page) => page.locator('#counter').textContent();
const current = (page: Page) => page.locator('.nas-slide.is-current');
const choose = async (page: Page, option: number) => {
  await page.getByRole('radio', { name: new RegExp(`^${String.fromCharCode(65 + option)}\\. `) }).check();
  await page.getByRole('button', { name: t.send }).click();
  await poll(() => page.locator('#feedback').textContent()).toBe(t.sent);
};

describe('live hall', () => {
  it('keeps facilitator pages and the answers behind the key', async () => {
    for (const path of ['/aula/', `/aula/${deck.id}/`, '/aula/dek.json', '/aula/laporan/', '/aula/laporan.csv', '/aula/?kunci=salah']) {
      const res = await fetch(hall.origin + path, { redirect: 'manual' });
      expect(res.status, path).toBe(403);
    }
    const join = await fetch(hall.participantUrl);
    expect(join.status).toBe(200);
    expect(await join.text()).not.toContain(secret);
  });

  it('runs a question: the deck goes live, phones answer, the distribution is counted live', async () => {
    // CSP in force: the live deck runs under the site's policy; axe is evaluated over the DevTools
    // protocol, which the report's script-free policy does not stop.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    contexts.push(context);
    fac = await context.newPage();
    await fac.goto(hall.facilitatorUrl);
    expect(new URL(fac.url()).search).toBe(''); // the key left the address bar for a cookie
    await fac.goto(`${hall.origin}/aula/${deck.id}/`);
    await poll(() => fac.locator('#live').textContent()).toBe(t.peserta(0));
    // The title slide now sends phones to the hall server, not to the configured site. Waited for:
    // "0 peserta" shows before the server's first message, which brings the join address.
    await poll(() => current(fac).locator('.nas-qr__url').textContent()).toBe(hall.participantUrl);
    const png = PNG.sync.read(await current(fac).locator('[data-qr] svg').screenshot());
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(hall.participantUrl);

    phones.push(...(await Promise.all([phone(), phone(), phone()])));
    await poll(() => fac.locator('#live').textContent()).toBe(t.peserta(3));
    await poll(() => phones[0].page.locator('#screen').textContent()).toContain(deck.title);

    for (let i = 0; i < qIndex; i++) await fac.keyboard.press('ArrowRight');
    for (const p of phones) await poll(() => p.page.getByRole('radio').count()).toBe(question.options.length);
    await choose(phones[0].page, right);
    await choose(phones[1].page, wrong);
    await choose(phones[2].page, wrong);
    // A phone may change its answer while the question is open; it still counts once.
    await choose(phones[2].page, right);

    const texts = () => current(fac).locator('.nas-tally__text').allTextContents();
    const expected = question.options.map((_, i) => (i === right ? aula.tallyRow(2, 67) : i === wrong ? aula.tallyRow(1, 33) : aula.tallyRow(0, 0)));
    await poll(texts).toEqual(expected);
    await expect(current(fac).locator('.nas-tally-total').textContent()).resolves.toBe(t.liveTotal(3, 3));
    // The hands fields stay: raised hands (and answer cards) join the phones in the same chart (issue 18).
    await expect(current(fac).getByRole('spinbutton').first().isVisible()).resolves.toBe(true);
    await expect(axeViolations(phones[0].page)).resolves.toEqual([]);
    await expect(axeViolations(fac)).resolves.toEqual([]);
  });

  it('lets participants do nothing but answer the open question, and never shows them the answer before the reveal', async () => {
    const page = phones[1].page;
    const before = await counter(fac);
    const replies = await page.evaluate(async ([deckId, slide]) => {
      const socket = (path: string) =>
        new Promise<string[]>((done) => {
          const got: string[] = [];
          const ws = new WebSocket(`ws://${location.host}${path}`);
          ws.onmessage = (e) => got.push(String(e.data));
          ws.onerror = () => got.push('error');
          ws.onclose = () => done(got);
          ws.onopen = () => {
            const send = (m: unknown) => ws.send(JSON.stringify(m));
            send({ kind: 'sync', deck: deckId, state: JSON.stringify({ v: 1, slide: 0, revealed: [], tally: {}, black: true, timer: { seconds: 30, endsAt: null } }) });
            send({ kind: 'close', deck: deckId, slide, closed: true });
            // Not joined: no answer of this socket can count, under any device id.
            send({ kind: 'answer', deck: deckId, slide, choice: [0] });
            send({ kind: 'answer', deck: deckId, slide: 99, choice: [0] });
            send({ kind: 'answer', deck: deckId, slide, choice: [0], device: 'someone-else-00000001' });
            send('x'.repeat(20_000)); // over the frame limit: the server closes this socket
          };
        });
      return { participant: await socket('/ws/peserta'), facilitator: await socket('/ws/fasilitator') };
    }, [deck.id, qIndex] as const);
    expect(replies.facilitator).toEqual(['error']); // no key, no facilitator socket
    expect(replies.participant.filter((m) => m.includes('"error"')).length).toBeGreaterThanOrEqual(5);
    expect(replies.participant.some((m) => m.includes('"ack"'))).toBe(false);
    await expect(counter(fac)).resolves.toBe(before);
    await expect(fac.locator('#blackout').isVisible()).resolves.toBe(false);
    await expect(current(fac).locator('.nas-tally-total').textContent()).resolves.toBe(t.liveTotal(3, 3));
    const status = await page.evaluate(async () => (await fetch('/aula/dek.json')).status);
    expect(status).toBe(403);

    for (const p of phones) {
      const all = p.traffic.join('\n');
      expect(all).not.toContain('"reveal"');
      expect(all).not.toContain('"correct"');
      expect(all).not.toContain(secret);
    }
  });

  it('closes answers, then reveals: phones see the countdown, the right answer, the explanation and their verdict', async () => {
    await fac.keyboard.press('t');
    await poll(() => phones[0].page.locator('#timer-text').textContent()).toMatch(/^0:(30|2\d)$/);
    await fac.keyboard.press('t');
    await poll(() => phones[0].page.locator('#timer').isVisible()).toBe(false);
    await fac.getByRole('button', { name: t.closeAnswers }).click();
    await poll(() => phones[1].page.getByText(t.closed).count()).toBe(1);
    await expect(phones[1].page.getByRole('radio').first().isDisabled()).resolves.toBe(true);
    await fac.keyboard.press('r');
    await poll(() => phones[0].page.locator('.nas-join__verdict').textContent()).toBe(`✓ ${t.right}`);
    await poll(() => phones[1].page.locator('.nas-join__verdict').textContent()).toBe(`✗ ${t.wrong}`);
    await expect(phones[1].page.locator('.is-correct').textContent()).resolves.toContain(t.rightAnswer);
    await expect(phones[1].page.locator('.nas-join__explanation').textContent()).resolves.toContain(secret);
    await expect(axeViolations(phones[1].page)).resolves.toEqual([]);
  });

  it('keeps every counted answer through kill -9 and a restart, and reports them on the page and in the CSV', async () => {
    await hall.stop('SIGKILL');
    await poll(() => fac.locator('#live').textContent()).toBe(t.offline);
    hall = await startHallProcess(port, dir);
    expect(hall.output()).toContain('dipulihkan');
    // The deck and the phones reconnect by themselves.
    await poll(() => fac.locator('#live').textContent(), { timeout: 20_000 }).toMatch(/^3 peserta/);
    await poll(() => phones[1].page.locator('.nas-join__verdict').textContent()).toBe(`✗ ${t.wrong}`);

    const [report] = await Promise.all([fac.context().waitForEvent('page'), fac.getByRole('link', { name: t.reportTitle }).click()]);
    await report.waitForLoadState();
    await expect(report.locator('#perangkat').textContent()).resolves.toBe('3');
    const rows = await report.locator('section.q').first().locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
    expect(rows[right]).toEqual(['2', '67%']);
    expect(rows[wrong]).toEqual(['1', '33%']);
    await expect(report.locator('section.q .answered').first().textContent()).resolves.toBe(t.reportAnswered(3, 2, 67));
    await expect(axeViolations(report)).resolves.toEqual([]);

    const csv = await (await fac.context().request.get(`${hall.origin}/aula/laporan.csv`)).body();
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).trim().split('\r\n');
    const cells = lines.slice(1).map((l) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '')));
    const mine = cells.filter((c) => c[1] === String(qIndex + 1));
    expect(mine.map((c) => [c[7], `${c[8]}%`])).toEqual(rows);
    expect(mine[right][6]).toBe('ya');
    await report.close();
  });
});
