/* Hall mode: the deck list, keyboard and clicker control, two synced windows, legibility and the QR. */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { axeViolations, baseURL, colourRules, openPage, shareTab, sitePaths, switchTheme, useBrowser } from './support/browser';
import { aula } from '../../src/i18n/id';
import { publicSite } from '../../src/lib/site';
import { paths } from '../../src/lib/paths';

let browser: Browser;
useBrowser((connected) => (browser = connected));
/** One tab for the tests that only need a freshly loaded deck (see shareTab); sessionStorage is emptied between them. */
const visit = shareTab();

const html = (deck: string) => readFileSync(`dist/aula/${deck}/index.html`, 'utf8');
// Every page under /aula/ that is a deck (the printable answer cards live there too).
const decks = readdirSync('dist/aula', { withFileTypes: true })
  .filter((d) => d.isDirectory() && html(d.name).includes('id="deck"'))
  .map((d) => d.name);
const quizDecks = decks.filter((d) => html(d).includes('nas-slide--question'));
/** The site address the build was made for: the origin the sitemap uses. */
const siteOrigin = new URL(readFileSync('dist/sitemap-0.xml', 'utf8').match(/<loc>([^<]+)<\/loc>/)![1]).origin;
/**
 * Where the phones' QR code must point: the public address when the build had one (SITE_URL, the
 * same environment as this run's build), else the address the deck is served from (this test server).
 */
const qrOrigin = publicSite() ? siteOrigin : new URL(baseURL).origin;

const counter = (page: Page) => page.locator('#counter').textContent();
const current = (page: Page) => page.locator('.nas-slide.is-current');
const press = async (page: Page, ...keys: string[]) => {
  for (const key of keys) await page.keyboard.press(key);
};
/** Index (0-based) of the first slide of a deck that holds a question. */
const firstQuestion = (page: Page) =>
  page.locator('.nas-slide').evaluateAll((slides) => slides.findIndex((s) => s.classList.contains('nas-slide--question')));

describe('the deck list', () => {
  it('has the ikrar, the pakta, one deck per quiz bank and the mixed quiz', () => {
    expect(decks).toEqual(expect.arrayContaining(['ikrar', 'pakta']));
    const banks = readdirSync('src/quizzes').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
    expect(banks.length).toBeGreaterThan(0);
    expect(decks).toEqual(expect.arrayContaining([...banks, 'campuran']));
    expect(quizDecks.sort()).toEqual([...banks, 'campuran'].sort());
  });

  it('links every deck from /aula/, which sits in the site frame with an Aula sidebar group', async () => {
    const { page } = await visit('/aula/', { viewport: { width: 1280, height: 800 } });
    const hrefs = (await page.locator('main a[href^="/aula/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).filter(
      (href) => href !== paths.cardSheet(),
    );
    expect(hrefs.sort()).toEqual(decks.map((d) => `/aula/${d}/`).sort());
    const sidebar = page.getByRole('navigation', { name: 'Utama' });
    await expect(sidebar.locator('[aria-current="page"]').textContent()).resolves.toContain('Mode aula');
  });

  it('puts every deck in the sitemap (so the site-wide axe sweep covers them) and out of the search index', () => {
    const paths = sitePaths();
    for (const d of decks) {
      expect(paths).toContain(`/aula/${d}/`);
      expect(html(d)).toMatch(/<body[^>]*data-pagefind-ignore="all"/);
      expect(html(d)).not.toContain('data-pagefind-body');
      expect(html(d)).toMatch(/<html lang="id"/);
    }
  });
  it('names the source of the Ikrar and the Pakta on their title slides', () => {
    expect(html('ikrar')).toContain('href="/rujukan/sumber/#informan-2023-12-19"');
    expect(html('pakta')).toContain('href="/rujukan/sumber/#tirto-2023-11-29"');
  });
});

describe('facilitator controls', () => {
  it('moves with arrows, Space, clicker keys, Home and End, and the on-screen buttons', async () => {
    const { page } = await visit('/aula/ikrar/');
    const total = await page.locator('.nas-slide').count();
    expect(total).toBe(8); // title + seven points
    await expect(counter(page)).resolves.toBe(`1 / ${total}`);
    await press(page, 'ArrowRight');
    await expect(counter(page)).resolves.toBe(`2 / ${total}`);
    await expect(current(page).textContent()).resolves.toContain(aula.pointOf(1, 7));
    await press(page, 'Space', 'PageDown');
    await expect(counter(page)).resolves.toBe(`4 / ${total}`);
    await press(page, 'PageUp', 'ArrowLeft');
    await expect(counter(page)).resolves.toBe(`2 / ${total}`);
    await press(page, 'End');
    await expect(counter(page)).resolves.toBe(`${total} / ${total}`);
    await press(page, 'PageDown');
    await expect(counter(page)).resolves.toBe(`${total} / ${total}`);
    await press(page, 'Home');
    await expect(counter(page)).resolves.toBe(`1 / ${total}`);
    await page.getByRole('button', { name: aula.buttons.next }).click();
    await page.getByRole('button', { name: aula.buttons.next }).click();
    await expect(counter(page)).resolves.toBe(`3 / ${total}`);
    await page.getByRole('button', { name: aula.buttons.prev }).click();
    await expect(counter(page)).resolves.toBe(`2 / ${total}`);
    await page.getByRole('button', { name: aula.buttons.last }).click();
    await expect(counter(page)).resolves.toBe(`${total} / ${total}`);
    await page.getByRole('button', { name: aula.buttons.first }).click();
    await expect(counter(page)).resolves.toBe(`1 / ${total}`);
    // Only the current slide is shown.
    await expect(page.locator('.nas-slide:visible').count()).resolves.toBe(1);
  });

  it('reveals the answer with R, Enter or the button, in words and with an icon, plus explanation and legal basis', async () => {
    const deck = quizDecks[0];
    const { page } = await visit(`/aula/${deck}/`);
    const q = await firstQuestion(page);
    for (let i = 0; i < q; i++) await press(page, 'ArrowRight');
    const mark = current(page).getByText(aula.correct);
    await expect(mark.first().isVisible()).resolves.toBe(false);
    await expect(current(page).getByRole('heading', { name: aula.basis }).count()).resolves.toBe(0);
    await press(page, 'r');
    await expect(mark.first().isVisible()).resolves.toBe(true);
    await expect(mark.first().locator('svg').count()).resolves.toBe(1);
    await expect(current(page).getByRole('heading', { name: aula.explanation }).isVisible()).resolves.toBe(true);
    const basisLinks = await current(page)
      .locator('.nas-basis a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(basisLinks.some((h) => h.startsWith('/rujukan/aturan/#'))).toBe(true);
    expect(basisLinks.some((h) => h.startsWith('/rujukan/peraturan/#'))).toBe(true);
    await press(page, 'r');
    await expect(mark.first().isVisible()).resolves.toBe(false);
    await press(page, 'Enter');
    await expect(mark.first().isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: aula.buttons.hide }).click();
    await expect(mark.first().isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: aula.buttons.reveal }).click();
    await expect(mark.first().isVisible()).resolves.toBe(true);
  });

  it('runs a visible 30-second countdown with T, blanks the screen with B, and lists the keys with ?', async () => {
    const { page } = await visit('/aula/ikrar/');
    const timer = page.locator('#timer');
    await expect(timer.isVisible()).resolves.toBe(false);
    await press(page, 't');
    await expect(timer.isVisible()).resolves.toBe(true);
    await expect(timer.textContent()).resolves.toMatch(/0:(30|29)/);
    await expect(page.getByRole('button', { name: aula.buttons.timerStop }).count()).resolves.toBe(1);
    await press(page, 't');
    await expect(timer.isVisible()).resolves.toBe(false);

    await press(page, 'b');
    await expect(page.locator('#blackout').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: aula.buttons.black }).getAttribute('aria-pressed')).resolves.toBe('true');
    await press(page, 'B');
    await expect(page.locator('#blackout').isVisible()).resolves.toBe(false);

    await press(page, '?');
    const dialog = page.getByRole('dialog', { name: aula.keysHeading });
    await expect(dialog.isVisible()).resolves.toBe(true);
    await expect(dialog.textContent()).resolves.toContain('Page Down');
    await press(page, 'ArrowRight'); // keys do not move the deck behind an open dialog
    await press(page, 'Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    await expect(counter(page)).resolves.toBe('1 / 8');
    await page.getByRole('button', { name: aula.buttons.help }).click();
    await expect(dialog.isVisible()).resolves.toBe(true);
    await dialog.getByRole('button', { name: aula.buttons.close }).click();
    await expect(dialog.isVisible()).resolves.toBe(false);
  });

  it('takes tally numbers without the keys moving the deck, and shows them as numbers, percentages and bars', async () => {
    const deck = quizDecks[0];
    const { page } = await visit(`/aula/${deck}/`);
    const q = await firstQuestion(page);
    for (let i = 0; i < q; i++) await press(page, 'ArrowRight');
    const before = await counter(page);
    const a = current(page).getByRole('spinbutton', { name: aula.tallyLabel('A') });
    const b = current(page).getByRole('spinbutton', { name: aula.tallyLabel('B') });
    await a.fill('3');
    await b.focus();
    await press(page, 'Digit9', 'ArrowRight', 'ArrowLeft', 'Space', 'r', 'b', 'End', 'Home');
    await expect(b.inputValue()).resolves.toBe('9');
    await expect(counter(page)).resolves.toBe(before);
    await expect(page.locator('#blackout').isVisible()).resolves.toBe(false);
    const texts = await current(page).locator('.nas-tally__text').allTextContents();
    expect(texts.slice(0, 2)).toEqual([aula.tallyRow(3, 25), aula.tallyRow(9, 75)]);
    await expect(current(page).locator('.nas-tally-total').textContent()).resolves.toBe(aula.tallyTotal(12));
    // The bars grow with a short transition: wait until B's bar is about three times A's.
    const ratio = () =>
      current(page)
        .locator('.nas-tally__bar')
        .evaluateAll((bars) => {
          const [a, b] = bars.map((bar) => bar.getBoundingClientRect().width);
          return Math.round((b / a) * 10) / 10;
        });
    await expect.poll(ratio).toBe(3);
  });

  it('keeps slide, reveal and tally across a reload', async () => {
    const deck = quizDecks[0];
    const { page } = await visit(`/aula/${deck}/`);
    const q = await firstQuestion(page);
    for (let i = 0; i < q; i++) await press(page, 'ArrowRight');
    await current(page).getByRole('spinbutton', { name: aula.tallyLabel('A') }).fill('4');
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await press(page, 'r');
    const position = await counter(page);
    await page.reload();
    await expect(counter(page)).resolves.toBe(position);
    await expect(current(page).getByText(aula.correct).first().isVisible()).resolves.toBe(true);
    await expect(current(page).getByRole('spinbutton', { name: aula.tallyLabel('A') }).inputValue()).resolves.toBe('4');
    await expect(current(page).locator('.nas-tally__text').first().textContent()).resolves.toBe(aula.tallyRow(4, 100));
  });

  it('ignores a corrupted stored position instead of breaking', async () => {
    const { page } = await visit('/aula/ikrar/');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.evaluate(() => sessionStorage.setItem('nas:aula:v1:ikrar', '{"v":1,"slide":99'));
    await page.reload();
    await expect(counter(page)).resolves.toBe('1 / 8');
    await press(page, 'ArrowRight');
    await expect(counter(page)).resolves.toBe('2 / 8');
    expect(errors).toEqual([]);
  });
});

describe('two windows', () => {
  it('opens the audience window, which follows slide, reveal, timer and tally, and hides notes and tools', async () => {
    const deck = quizDecks[0];
    const { page: fac, context } = await openPage(browser, `/aula/${deck}/`);
    const [aud] = await Promise.all([
      context.waitForEvent('page'),
      fac.getByRole('button', { name: aula.buttons.audience }).click(),
    ]);
    await aud.waitForLoadState();
    expect(new URL(aud.url()).searchParams.get('layar')).toBe('audiens');
    // The facilitator's window shows the notes once the projector has its own window.
    await expect(fac.locator('#notes').isVisible()).resolves.toBe(true);
    await expect(fac.locator('#notes').textContent()).resolves.toContain(`${aula.answer}:`);

    // The audience window has no notes, no answer before the reveal, no tally fields, no tools.
    await expect(aud.locator('#notes').count()).resolves.toBe(0);
    await expect(aud.getByText(aula.notes).count()).resolves.toBe(0);
    await expect(aud.getByRole('spinbutton').count()).resolves.toBe(0);
    await expect(aud.getByRole('button', { name: aula.buttons.next }).count()).resolves.toBe(0);

    const q = await firstQuestion(fac);
    for (let i = 0; i < q; i++) await press(fac, 'PageDown');
    await expect.poll(() => counter(aud)).toBe(await counter(fac));
    await expect(aud.getByText(aula.correct).first().isVisible()).resolves.toBe(false);

    await press(fac, 'r');
    await expect.poll(() => current(aud).getByText(aula.correct).first().isVisible()).toBe(true);

    await current(fac).getByRole('spinbutton', { name: aula.tallyLabel('A') }).fill('2');
    await current(fac).getByRole('spinbutton', { name: aula.tallyLabel('B') }).fill('6');
    await expect.poll(() => current(aud).locator('.nas-tally__text').allTextContents()).toEqual(
      expect.arrayContaining([aula.tallyRow(2, 25), aula.tallyRow(6, 75)]),
    );
    await expect.poll(() => current(aud).locator('.nas-tally-total').textContent()).toBe(aula.tallyTotal(8));

    await fac.locator('body').click({ position: { x: 2, y: 2 } });
    await press(fac, 't');
    await expect.poll(() => aud.locator('#timer').isVisible()).toBe(true);

    // And the other way: a clicker aimed at the projector window moves the facilitator's too.
    await aud.bringToFront();
    await press(aud, 'PageDown');
    await expect.poll(() => counter(fac)).toBe(await counter(aud));
    await expect(fac.locator('#timer').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('brings a second window opened by hand up to date', async () => {
    const { page: one, context } = await openPage(browser, '/aula/ikrar/');
    await press(one, 'End');
    const two = await context.newPage();
    await two.goto('/aula/ikrar/?layar=audiens');
    await expect.poll(() => counter(two)).toBe('8 / 8');
    await context.close();
  });
});

/** Goes to the slide with the longest question (prompt plus options) and returns its number. */
async function longestQuestion(page: Page): Promise<number> {
  const index = await page.locator('.nas-slide').evaluateAll((slides) => {
    let best = -1;
    let length = -1;
    slides.forEach((s, i) => {
      if (!s.classList.contains('nas-slide--question')) return;
      const n = (s.querySelector('.nas-slide__prompt')?.textContent ?? '').length +
        [...s.querySelectorAll('.nas-option__text')].reduce((sum, o) => sum + (o.textContent ?? '').length, 0);
      if (n > length) [best, length] = [i, n];
    });
    return best;
  });
  expect(index).toBeGreaterThan(0);
  for (let i = 0; i < index; i++) await press(page, 'ArrowRight');
  await expect(counter(page)).resolves.toMatch(new RegExp(`^${index + 1} /`));
  return index;
}
const noScroll = (page: Page) =>
  page.evaluate(() => {
    const s = document.scrollingElement!;
    const slide = document.querySelector('.nas-slide.is-current') as HTMLElement;
    return {
      vertical: s.scrollHeight <= innerHeight,
      horizontal: s.scrollWidth <= innerWidth,
      slideFits: slide.scrollHeight <= slide.clientHeight + 1,
    };
  });

/**
 * Per quiz deck: legibility on a projector and the QR code for phones, on the deck loaded once in
 * the shared tab. Each test sets its viewport and starts from the title slide (the deck fits the
 * current slide to the window on every move and resize, as on a fresh load).
 */
for (const deck of quizDecks) {
  describe(`the ${deck} deck on a projector and for phones`, () => {
    let loaded: Page | undefined;
    beforeAll(async () => {
      loaded = (await visit(`/aula/${deck}/`, { viewport: { width: 1920, height: 1080 } })).page;
    });
    async function fromTitleSlide(width: number, height: number): Promise<Page> {
      if (!loaded) throw new Error(`the ${deck} deck did not load (see the error of beforeAll)`);
      const page = loaded;
      await page.setViewportSize({ width, height });
      // Out of a tally field (which keeps the keys), then to the first slide.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await press(page, 'Home');
      await expect(counter(page)).resolves.toMatch(/^1 \//);
      return page;
    }

    it(`${deck}: question text is at least 40 px at 1920x1080`, async () => {
      const page = await fromTitleSlide(1920, 1080);
      await longestQuestion(page);
      const size = await current(page).locator('.nas-slide__prompt').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size).toBeGreaterThanOrEqual(40);
    });

    it(`${deck}: the longest question fits a 1024x768 projector without scrolling, before and after the reveal`, async () => {
      const page = await fromTitleSlide(1024, 768);
      await longestQuestion(page);
      await expect(current(page).getAttribute('data-revealed')).resolves.toBeNull();
      await expect(noScroll(page)).resolves.toEqual({ vertical: true, horizontal: true, slideFits: true });
      await press(page, 'r');
      const inputs = current(page).getByRole('spinbutton');
      for (let i = 0; i < (await inputs.count()); i++) await inputs.nth(i).fill(String(10 + i));
      await expect(current(page).locator('.nas-tally').first().isVisible()).resolves.toBe(true);
      await expect(noScroll(page)).resolves.toEqual({ vertical: true, horizontal: true, slideFits: true });
    });

    const target = deck === 'campuran' ? '/kuis/' : `/kuis/${deck}/`;
    it(`${deck}: the QR code decodes to ${target} on the configured site (or the serving one), printed under it`, async () => {
      const page = await fromTitleSlide(1280, 800);
      const expected = new URL(target, qrOrigin).href;
      await expect.poll(() => current(page).locator('[data-qr] svg').count()).toBe(1);
      const png = PNG.sync.read(await current(page).locator('[data-qr] svg').screenshot());
      const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(code?.data).toBe(expected);
      await expect(current(page).locator('.nas-qr figcaption').textContent()).resolves.toContain(expected);
    });
  });
}

describe('accessibility of hall mode', () => {
  // A tab of its own: the light theme is stored before every page, and axe comes with each one.
  const visitLight = shareTab({ theme: 'light', axe: true });
  it('has no axe violations on /aula/, a pledge slide and a revealed, tallied question (light; colours in dark)', async () => {
    const problems: Record<string, string[]> = {};
    // All rules in the light theme, then the colour rules in the dark one, on the same screen.
    const check = async (name: string, page: Page) => {
      const found = (await axeViolations(page)).map((v) => `light: ${v}`);
      await switchTheme(page, 'dark');
      found.push(...(await axeViolations(page, { rules: colourRules })).map((v) => `dark: ${v}`));
      await switchTheme(page, 'light');
      if (found.length) problems[name] = found;
    };
    const list = await visitLight('/aula/');
    await check('/aula/', list.page);

    const ikrar = await visitLight('/aula/ikrar/');
    await press(ikrar.page, 'ArrowRight', 't');
    await check('/aula/ikrar/ (butir 1, hitung mundur)', ikrar.page);

    const deck = quizDecks[0];
    const quiz = await visitLight(`/aula/${deck}/`);
    await check(`/aula/${deck}/ (judul, QR)`, quiz.page);
    const q = await firstQuestion(quiz.page);
    for (let i = 0; i < q; i++) await press(quiz.page, 'ArrowRight');
    await current(quiz.page).getByRole('spinbutton').first().fill('5');
    await quiz.page.locator('body').click({ position: { x: 2, y: 2 } });
    await press(quiz.page, 'r');
    await quiz.page.getByRole('button', { name: aula.buttons.notes }).click();
    await check(`/aula/${deck}/ (soal terbuka, catatan)`, quiz.page);

    const audience = await visitLight(`/aula/${deck}/?layar=audiens`);
    await check(`/aula/${deck}/?layar=audiens`, audience.page);
    expect(problems).toEqual({});
  });
});
