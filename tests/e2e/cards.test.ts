/*
 * Answer cards end to end: the printable sheet, and a quiz deck reading a room of cards through
 * Chromium's fake camera (a Y4M video drawn from the printed cards by tests/support/card-scene.ts).
 * The fake camera needs launch flags, so this file starts its own Chromium beside the shared one.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './support/chromium';
import { axeViolations } from './support/browser';
import { renderScene, roomScene, toY4m } from '../support/card-scene';
import { aula, hall as h } from '../../src/i18n/id';
import { freePort, startHallProcess } from '../support/hall-process';
import { cards as t } from '../../src/i18n/cards';
import { CARD_MAX } from '../../src/lib/cards/ids';
import type { HallDeck } from '../../src/lib/aula/live';

const baseURL = inject('baseURL');
const port = new URL(baseURL).port;
const decks = JSON.parse(readFileSync('dist/aula/dek.json', 'utf8')) as HallDeck[];
// A quiz deck whose first question takes one answer among at least three options.
const deck = decks.find((d) => d.slides.find((s) => s.kind === 'question' && s.options.length >= 3))!;
const qIndex = deck.slides.findIndex((s) => s.kind === 'question');
const options = (deck.slides[qIndex] as Extract<HallDeck['slides'][number], { kind: 'question' }>).options.length;

// The room: 22 people with cards 1..24 except 5 and 17 (absent), answers spread over the options.
const people = Array.from({ length: 24 }, (_, i) => i + 1)
  .filter((n) => n !== 5 && n !== 17)
  .map((card, i) => ({ card, choice: (i * 7) % options }));
const expected = Array.from({ length: options }, (_, o) => people.filter((p) => p.choice === o).length);

const dir = mkdtempSync(join(tmpdir(), 'nas-cards-'));
let browser: Browser;

beforeAll(async () => {
  const width = 1280;
  const height = 720;
  const frames = [0, 1].map((k) => {
    const placed = roomScene({ width, height, cards: people, size: 64, seed: 11 + k, tilt: 12, lean: 0.15 });
    if (placed.length !== people.length) throw new Error(`room too small: ${placed.length} of ${people.length} cards placed`);
    return renderScene({ width, height, cards: placed, noise: 3, seed: 20 + k });
  });
  writeFileSync(join(dir, 'room.y4m'), toY4m(frames, 10));
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      ...chromiumArgs,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${join(dir, 'room.y4m')}`,
      // A name for the test server that is not "localhost": the deck opened there is not a secure context.
      '--host-resolver-rules=MAP nas-aula.test 127.0.0.1',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openDeck(origin = baseURL): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ baseURL: origin, viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`/aula/${deck.id}/`);
  for (let i = 0; i < qIndex; i++) await page.keyboard.press('ArrowRight');
  return { page, requests };
}

describe('the card sheet', () => {
  it('draws every card with its number and letters, and prints the chosen range', async () => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await page.goto('/aula/kartu/?dari=140&sampai=160&per=4');
    await expect(page.locator('[data-card]').count()).resolves.toBe(CARD_MAX);
    await expect(page.locator('[data-card]:visible').count()).resolves.toBe(21);
    await expect(page.getByRole('img', { name: t.cardLabel(150) }).isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-card="150"] text').allTextContents()).resolves.toEqual(['A', 'B', 'C', 'D', '150', '150']);
    await expect(page.locator('#sheet-status').textContent()).resolves.toContain(t.shown(140, 160, 21));
    await expect(axeViolations(page)).resolves.toEqual([]);
    await context.close();
  });
});

describe('the deck camera', () => {
  it('loads nothing for the camera until it is turned on, then counts each card once and names the missing numbers', async () => {
    const { page, requests } = await openDeck();
    await page.waitForFunction(() => document.readyState === 'complete');
    expect(requests.filter((u) => /deck-camera|card-worker/.test(u))).toEqual([]);

    // The camera's code arrives late, as on a slow connection: the number of cards handed out is
    // typed before it runs, and must not be wiped by it.
    await page.route(/deck-camera/, async (route) => {
      await new Promise((done) => setTimeout(done, 500));
      await route.continue();
    });
    const toggle = page.getByRole('button', { name: t.cameraOn });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: t.cameraOff }).getAttribute('aria-expanded')).resolves.toBe('true');
    const panel = page.locator('#camera');
    await page.getByLabel(t.handedOut).fill('26');
    await expect
      .poll(() => panel.locator('[data-cam-seen]').textContent(), { timeout: 40_000, interval: 250 })
      .toBe(t.seen(people.length));
    expect(requests.some((u) => /card-worker/.test(u))).toBe(true);
    await expect(panel.locator('[data-cam-missing]').textContent()).resolves.toBe(t.missing('5, 17, 25, 26'));

    const slide = page.locator('.nas-slide.is-current');
    const texts = await slide.locator('.nas-tally__text').allTextContents();
    expect(texts).toEqual(expected.map((n) => aula.tallyRow(n, Math.round((n * 100) / people.length))));
    await expect(slide.locator('.nas-tally-total').textContent()).resolves.toBe(aula.cardsTotal(people.length));

    // Hands join the same chart, and the line names both sources.
    await slide.getByRole('spinbutton', { name: aula.tallyLabel('A') }).fill('3');
    await expect(slide.locator('.nas-tally-total').textContent()).resolves.toBe(
      aula.totalOf(people.length + 3, `${aula.sourceHands(3)} · ${aula.sourceCards(people.length)}`),
    );
    await expect(slide.locator('.nas-tally__text').first().textContent()).resolves.toBe(
      aula.tallyRow(expected[0] + 3, Math.round(((expected[0] + 3) * 100) / (people.length + 3))),
    );

    // Still counted after a reload (the deck's state keeps the reads), camera off.
    await page.reload();
    await expect(page.locator('.nas-slide.is-current .nas-tally-total').textContent()).resolves.toContain(aula.sourceCards(people.length));
    await page.context().close();
  });

  it('says what to do when the deck is not in a secure context (a LAN address on http)', async () => {
    const { page, requests } = await openDeck(`http://nas-aula.test:${port}`);
    await expect(page.evaluate(() => window.isSecureContext)).resolves.toBe(false);
    await page.getByRole('button', { name: t.cameraOn }).click();
    await expect
      .poll(() => page.locator('[data-cam-status]').textContent())
      .toBe(t.insecure(`http://nas-aula.test:${port}`, `http://localhost:${port}/aula/${deck.id}/`));
    expect(requests.some((u) => /card-worker/.test(u))).toBe(false);
    await page.context().close();
  });

  it('in the live hall, sends each card once to the server, whose per-person results list them by card number', async () => {
    const hallDir = mkdtempSync(join(tmpdir(), 'nas-cards-hall-'));
    const hall = await startHallProcess(await freePort(), hallDir);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const sent: string[] = [];
      page.on('websocket', (ws) => ws.on('framesent', (f) => sent.push(String(f.payload))));
      await page.goto(hall.facilitatorUrl);
      await page.goto(`${hall.origin}/aula/${deck.id}/`);
      await expect.poll(() => page.locator('#live').textContent(), { timeout: 20_000 }).toBe(h.peserta(0));
      for (let i = 0; i < qIndex; i++) await page.keyboard.press('ArrowRight');
      await page.getByRole('button', { name: t.cameraOn }).click();
      await expect
        .poll(() => page.locator('#camera [data-cam-seen]').textContent(), { timeout: 40_000, interval: 250 })
        .toBe(t.seen(people.length));
      // Each card's answer went out once (the same answer in later frames is not sent again).
      const cardsSent = sent.filter((f) => f.includes('"kind":"cards"')).flatMap((f) => (JSON.parse(f) as { answers: { card: number }[] }).answers);
      expect(cardsSent.map((a) => a.card).sort((a, b) => a - b)).toEqual(people.map((p) => p.card));
      await expect(page.locator('.nas-slide.is-current .nas-tally-total').textContent()).resolves.toBe(aula.cardsTotal(people.length));
      // The server counts an answer once its store has written it (fsync), so the results may lag a moment.
      const named = async () => {
        const csv = await (await context.request.get(`${hall.origin}/aula/laporan/hasil.csv`)).text();
        return people.map((p) => h.cardName(p.card)).filter((name) => csv.includes(`${name},`)).length;
      };
      await expect.poll(named, { timeout: 20_000 }).toBe(people.length);
    } finally {
      await context.close();
      await hall.stop();
      rmSync(hallDir, { recursive: true, force: true });
    }
  });
});
