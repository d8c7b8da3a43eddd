/*
 * The search dialog in the built site: the evaluation set (right place in the top 3, verdict of the
 * first card), off-topic questions, keyboard use, accessibility, and how its code loads (not before
 * first use, within budget, retried after a failed load, resolved from its own URL under any path).
 * One page serves most checks, to keep this file fast.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { axeViolations, baseURL, connect, guardedContext } from './support/browser';
import { siteWords } from './support/search-questions';
import { knownMisses, tuningSets } from './support/search-tuning-sets';
import { answeredOffTopic, ask as askIn, emptyWords, formatScore, placeRate, scoreSet, verdictRate } from './support/search-eval';
import { search as t } from '../../src/i18n/search';

/**
 * Questions of site words among everyday ones that found nothing at all when round 4's held-out set
 * was retired (the related-pages test took them as off-topic); since round 5 they get places.
 */
const EMPTY_AT_RETIREMENT = ['asn daftar jd petugas kpps di rt sy, blh?', 'nyebar meme jelek ttg capres lawan', 'nyetak selebaran calon di kantor pake kertas dinas', 'dahuluin berkas sodara yg nyalon', 'mobdin dipake nganter timses', 'lapor netralitas tp gak tau nip orangnya', 'laporan diverifikasi brp hari'];
const coreWords = tuningSets.flatMap((s) => s.coreWords);
const offTopic = tuningSets.flatMap((s) => s.offTopic);
const guarded = tuningSets.filter((s): s is typeof s & { floor: number } => s.floor !== undefined);
const BUDGET = 10 * 1024;
/** The synonym lists, data fetched on first use beside Pagefind's index (not code): their own budget. */
const DATA_BUDGET = 8 * 1024;
const isSynonymData = (url: string) => /\/_astro\/search-synonyms\.[\w-]+\.json$/.test(new URL(url).pathname);
/** The dialog's code chunk, its word lists, or anything of Pagefind's: what must wait for the first open. */
const isSearchCode = (url: string) => /\/_astro\/dialog\.[\w-]+\.js$/.test(new URL(url).pathname) || isSynonymData(url) || new URL(url).pathname.includes('/pagefind/');

let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
/** Gzipped bytes of each script fetched after the dialog was opened, by URL. */
const firstUse = new Map<string, number>();
/** Gzipped bytes of the synonym data fetched after the dialog was opened. */
let dataBytes = 0;
let opened = false;
const bodies: Promise<void>[] = [];

/** Requests issued and not yet finished or failed. */
const pending = new Set<Request>();
/** Resolves once the browser has been idle: work a page defers to idle time has been started by then. */
const browserIdle = () => page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 5000 })));

beforeAll(async () => {
  browser = await connect();
  ({ context } = await guardedContext(browser, { viewport: { width: 1280, height: 800 } }));
  page = await context.newPage();
  page.on('request', (r) => {
    requests.push(r.url());
    pending.add(r);
  });
  page.on('requestfinished', (r) => pending.delete(r));
  page.on('requestfailed', (r) => pending.delete(r));
  page.on('response', (r) => {
    if (opened && isSynonymData(r.url())) bodies.push(r.body().then((body) => void (dataBytes = gzipSync(body, { level: 6 }).length), () => undefined));
    if (!opened || r.request().resourceType() !== 'script' || new URL(r.url()).pathname.includes('/pagefind/')) return;
    bodies.push(r.body().then((body) => void firstUse.set(r.url(), gzipSync(body, { level: 6 }).length), () => undefined));
  });
  // Listening from the first request: loaded, then idle, so anything the page loads unasked has started.
  await page.goto('/mulai/cara-memakai/');
  await browserIdle();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const ask = (query: string, prefix = '/') => askIn(page, query, prefix);

const input = () => page.getByRole('combobox', { name: t.label });
/** The dialog's state once a search settles: found, none (or busy while it runs). */
const settled = (state: 'found' | 'none' | 'related') =>
  expect.poll(() => page.locator('dialog.nas-s').getAttribute('data-state'), { timeout: 15_000 }).toBe(state);

describe('search: loading', () => {
  it('requests no search code before the dialog opens', async () => {
    expect(requests.filter(isSearchCode)).toEqual([]);
    expect(requests.length).toBeGreaterThan(3);
  });

  it('opens with Ctrl+K, loads the dialog code within budget, and Esc returns focus to the button', async () => {
    opened = true;
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('nas-s-input');
    // Every request the opening started has finished (and nothing more was started meanwhile).
    await browserIdle();
    await expect.poll(() => pending.size, { timeout: 15_000 }).toBe(0);
    await Promise.all(bodies);
    expect(requests.some(isSearchCode)).toBe(true);
    const bytes = [...firstUse.values()].reduce((a, b) => a + b, 0);
    console.log(`search code on first use: ${bytes} B gzip (${[...firstUse.keys()].map((u) => new URL(u).pathname).join(', ')})`);
    expect(bytes).toBeGreaterThan(1000);
    expect(bytes).toBeLessThanOrEqual(BUDGET);
    console.log(`search word lists on first use: ${dataBytes} B gzip (data, fetched beside Pagefind's index)`);
    expect(dataBytes).toBeGreaterThan(500);
    expect(dataBytes).toBeLessThanOrEqual(DATA_BUDGET);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('[data-nas-search]'))).toBe(true);
  });
});

describe('search: keyboard and screen', () => {
  it('"/" opens it; typing answers with a card; arrows move the active option; Enter goes there', async () => {
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('nas-s-input');
    await page.keyboard.type('boleh gak nyoblos?');
    const status = page.getByRole('status').filter({ hasText: t.count(2).replace('2', '') });
    await settled('found');
    await expect(status.first().textContent()).resolves.toMatch(/\d+ hasil\. Jawaban: Boleh\./);
    const card = page.locator('#nas-s-list').getByRole('option').first();
    // The verdict is the card's first line, before the kind of entry that gives it.
    await expect(card.textContent()).resolves.toMatch(/^Boleh/);
    await expect(card.locator('.nas-s__card-head > :first-child').textContent()).resolves.toBe('Boleh');
    await page.keyboard.press('ArrowDown');
    await expect(input().getAttribute('aria-activedescendant')).resolves.toBe('nas-s-opt-0');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(card.getAttribute('aria-selected')).resolves.toBe('true');
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    await Promise.all([page.waitForURL(/\/#bolehkah-saya-memilih-di-tps$|\/studi-kasus\/memilih-di-tps\/|#memberikan-hak-pilih$/), page.keyboard.press('Enter')]);
    expect(page.url()).not.toContain('/mulai/cara-memakai/');
  });

  it('says plainly when nothing fits and offers the Q&A page and the rules list (dark theme, axe-clean)', async () => {
    await page.evaluate(() => {
      localStorage.setItem('starlight-theme', 'dark');
      document.documentElement.dataset.theme = 'dark';
    });
    await page.keyboard.press('Control+k');
    await input().fill('jam kantor berapa');
    await settled('none');
    await expect(page.getByRole('heading', { name: t.notFoundTitle }).isVisible()).resolves.toBe(true);
    await expect(page.locator('dialog.nas-s').getByRole('link', { name: t.faq }).getAttribute('href')).resolves.toMatch(/\/rujukan\/tanya-jawab\/$/);
    await expect(page.locator('dialog.nas-s').getByRole('link', { name: t.rules }).getAttribute('href')).resolves.toMatch(/\/rujukan\/aturan\/$/);
    await expect(page.locator('#nas-s-list').getByRole('option').count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    // Forced colours and reduced motion: the verdict is still a word, the active option an outline.
    await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    await input().fill('boleh pasang baliho caleg');
    await settled('found');
    await expect(page.locator('.nas-s__card .nas-s-verdict').textContent()).resolves.toBe('Dilarang');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('[aria-selected="true"]').evaluate((el) => getComputedStyle(el).outlineStyle)).resolves.toBe('solid');
    await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
    await page.keyboard.press('Escape');
  });
});

describe('search: related pages', () => {
  it('answers a site word alone with related pages under a heading that says they are not an answer (axe-clean)', async () => {
    await page.keyboard.press('Control+k');
    await input().fill('kampanye');
    await settled('related');
    await expect(page.getByRole('heading', { name: t.relatedTitle }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.nas-s__card').count()).resolves.toBe(0);
    expect(await page.locator('#nas-s-list').getByRole('option').count()).toBeGreaterThan(2);
    await expect(page.getByRole('status').filter({ hasText: t.relatedCount(1).replace(/\d+.*$/, '') }).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    // Off-topic words still say plainly that nothing was found, with no related pages.
    await input().fill('jam kantor berapa');
    await settled('none');
    await expect(page.getByRole('heading', { name: t.relatedTitle }).isVisible()).resolves.toBe(false);
    await page.keyboard.press('Escape');
  });

  it(`returns places for every site word and issue 21's questions (${siteWords.length}) and every tuning core word (${coreWords.length}), and round 4's empty answers`, async () => {
    // "mutasi pejabat" (tuning set 4) found nothing when that set was retired; it does since round 4.
    const empty = await emptyWords([...siteWords, ...coreWords, ...EMPTY_AT_RETIREMENT], ask);
    expect(empty.filter((word) => !knownMisses.empty.includes(word))).toEqual([]);
    // A known miss that tuning fixed leaves the list, so that it is guarded again.
    expect(knownMisses.empty.filter((word) => !empty.includes(word)), 'fixed: remove from knownMisses.empty').toEqual([]);
  });
});

describe('search: evaluation', () => {
  for (const set of guarded) {
    it(`holds ${set.floor * 100}% in the top 3 and of first-card verdicts on ${set.name} (${set.questions.length} questions)`, async () => {
      const score = await scoreSet(set.name, set.questions, ask);
      console.log(`search evaluation, ${formatScore(score)}`);
      expect(placeRate(score), score.misses.join('\n')).toBeGreaterThanOrEqual(set.floor);
      expect(verdictRate(score), score.misses.join('\n')).toBeGreaterThanOrEqual(set.floor);
    });
  }

  it(`answers the ${offTopic.length} off-topic questions of the tuning sets with "not found", never a card`, async () => {
    // "cara isi skp tahunan" got a card until round 3: "isi", an everyday word, made it on topic.
    const answered = await answeredOffTopic(offTopic, ask);
    expect(answered.filter((line) => !knownMisses.carded.some((q) => line.startsWith(q)))).toEqual([]);
    expect(knownMisses.carded.filter((q) => !answered.some((line) => line.startsWith(q))), 'fixed: remove from knownMisses.carded').toEqual([]);
  });

  it('finds the hall guidance page for the words facilitators use (the page is back in the index)', async () => {
    for (const query of ['aula wifi', 'hotspot berapa hp', 'kartu jawaban']) {
      const top = (await ask(query)).urls.slice(0, 3);
      expect(top.some((u) => u.startsWith('/mulai/menjalankan-aula/')), `${query}: ${top.join(' ')}`).toBe(true);
    }
  });

  it('relaxes a word no page has instead of returning nothing, and still finds while a word is half typed', async () => {
    // "kondangan" is on no page: dropped, and the rest still finds the photo entries…
    const relaxed = await ask('boleh gak foto bareng paslon pas kondangan');
    expect(relaxed.urls.slice(0, 3).some((u) => u.includes('berfoto-dengan-calon'))).toBe(true);
    // …but a question mostly made of words the site lacks is not answered by its one known word.
    expect((await ask('foto bareng paslon pas kondangan pakai hp xiaomiku')).found).toBe(false);
    const typing = await ask('mobil dinas kamp');
    // The Q&A entry on official cars or the rule on state facilities for campaigns (its title has both words).
    expect(typing.card?.url).toMatch(/mobil-dinas|#memakai-fasilitas-negara$/);
  });
});

describe('search: resilience', () => {
  it('retries a failed load of the dialog code on the next open', async () => {
    const ctx = await browser.newContext({ baseURL });
    try {
      let aborted = 0;
      await ctx.route(/\/_astro\/dialog\.[\w-]+\.js$/, (route) => (aborted++ ? route.continue() : route.abort()));
      const p = await ctx.newPage();
      await p.goto('/');
      const button = p.locator('[data-nas-search]').filter({ visible: true });
      await button.click();
      await expect.poll(() => button.getAttribute('data-failed')).toBe('');
      expect(await p.locator('dialog.nas-s').count()).toBe(0);
      await button.click();
      await p.getByRole('combobox', { name: t.label }).waitFor();
      expect(aborted).toBe(2);
    } finally {
      await ctx.close();
    }
  });

  it('finds Pagefind and links results relative to its own URL when the site sits under a deep path', async () => {
    const deep = '/lms/paket-42/';
    await page.route(`**${deep}**`, async (route) => {
      const url = new URL(route.request().url());
      url.pathname = url.pathname.replace(deep, '/');
      await route.fulfill({ response: await route.fetch({ url: url.href }) });
    });
    const result = await ask('boleh nyoblos', deep);
    expect(result.pagefindUrl).toBeDefined();
    expect(result.urls[0]?.startsWith(deep)).toBe(true);
  });
});
