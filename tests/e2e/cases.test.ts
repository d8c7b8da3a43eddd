/*
 * Case-study pages and the reference pages, in a real browser: the answer stays hidden until the
 * reader opens it (by keyboard too), the verdict is a word with an icon, the open answer passes axe
 * in both themes (the site-wide sweep only sees it closed), and every link leads somewhere.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, colourRules, guardedContext, openPage, switchTheme, shareTab, useBrowser } from './support/browser';

const caseIds = readdirSync('src/content/cases').map((f) => f.replace(/\.yaml$/, ''));

let browser: Browser;
useBrowser((connected) => (browser = connected));
/** One tab for the tests that only read or use a freshly loaded page (see shareTab). */
const visit = shareTab();

describe('a case page', () => {
  for (const [id, verdict] of [
    ['foto-camat-dengan-calon', 'Dilarang'],
    ['asn-menjadi-kpps', 'Boleh'],
  ] as const) {
    it(`${id}: hides the answer until it is opened with the keyboard, then says "${verdict}" in words`, async () => {
      const { page, context } = await openPage(browser, `/studi-kasus/${id}/`, { javaScriptEnabled: false });
      await expect(page.getByRole('heading', { level: 2, name: 'Boleh atau tidak?' }).count()).resolves.toBe(1);
      await expect(page.locator('.nas-case-question').textContent()).resolves.toMatch(/^Bolehkah .+\?$/);
      const badge = page.locator('details.nas-answer .nas-verdict').first();
      expect(await badge.isVisible()).toBe(false);

      // Native <details>: focus the summary and press Enter, no script needed.
      const summary = page.locator('details.nas-answer > summary');
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('details.nas-answer').getAttribute('open')).resolves.not.toBeNull();
      expect(await badge.isVisible()).toBe(true);
      await expect(badge.innerText()).resolves.toMatch(new RegExp(`Jawaban:\\s*${verdict}`));
      await expect(badge.locator('svg').count()).resolves.toBe(1); // an icon besides the word
      for (const name of ['Alasannya', 'Aturan dan dasar hukumnya', 'Kemungkinan sanksi'])
        await expect(page.getByRole('heading', { level: 3, name }).isVisible()).resolves.toBe(true);
      await context.close();
    });
  }

  it('passes axe with the answer open (light; colours in dark)', async () => {
    const problems: Record<string, string[]> = {};
    // One tab for both cases, axe added to each page as it loads.
    const { context } = await guardedContext(browser, { theme: 'light', axe: true });
    const page = await context.newPage();
    for (const id of ['foto-camat-dengan-calon', 'memilih-di-tps']) {
      await page.goto(`/studi-kasus/${id}/`);
      await page.locator('details.nas-answer > summary').click();
      const found = (await axeViolations(page)).map((v) => `light: ${v}`);
      await switchTheme(page, 'dark');
      found.push(...(await axeViolations(page, { rules: colourRules })).map((v) => `dark: ${v}`));
      if (found.length) problems[id] = found;
    }
    await context.close();
    expect(problems).toEqual({});
  });

  it('links its rules, legal bases and sources, shows the review date and leads to the next case', async () => {
    const { page } = await visit('/studi-kasus/foto-camat-dengan-calon/');
    const main = page.locator('main');
    await expect(main.locator('a[href="/rujukan/aturan/#foto-dengan-calon"]').count()).resolves.toBe(1);
    await expect(main.locator('a[href="/rujukan/peraturan/#skb-netralitas-2022"]').count()).resolves.toBeGreaterThan(0);
    await expect(main.locator('a[href="/rujukan/sumber/#teks-skb-2022"]').count()).resolves.toBe(1);
    await expect(main.locator('.nas-reviewed').innerText()).resolves.toMatch(/Terakhir ditinjau: 2 Desember 2026/);
    await expect(main.locator('a[rel="next"]').getAttribute('href')).resolves.toBe('/studi-kasus/like-unggahan-calon/');
    await expect(main.locator('a[rel="prev"]').getAttribute('href')).resolves.toBe('/studi-kasus/');
  });

  it('every case page exists and its internal links answer 200', async () => {
    const { page, context } = await visit('/studi-kasus/');
    // Each case page fetched and parsed in the browser (its links are in the built HTML), without
    // rendering twenty pages one after another.
    const pages = await page.evaluate(
      (paths) =>
        Promise.all(
          paths.map(async (path) => {
            const response = await fetch(path);
            const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
            const links = [...doc.querySelectorAll('main a[href^="/"]')].map((a) => a.getAttribute('href')!.split('#')[0]);
            return { path, status: response.status, links };
          }),
        ),
      caseIds.map((id) => `/studi-kasus/${id}/`),
    );
    expect(pages.filter((p) => p.status !== 200 || p.links.length === 0).map((p) => `${p.path}: ${p.status}`)).toEqual([]);
    const hrefs = new Set(pages.flatMap((p) => p.links));
    const statuses = await Promise.all([...hrefs].map(async (h) => [h, (await context.request.get(h)).status()] as const));
    expect(statuses.filter(([, s]) => s !== 200)).toEqual([]);
  });
});

describe('the case index', () => {
  it('lists every case with its question and keeps the answers for the case pages', async () => {
    const { page } = await visit('/studi-kasus/');
    await expect(page.locator('main').innerText()).resolves.toContain('Dari 21 kasus, 4 menggambarkan tindakan yang boleh');
    // The reader answers first: no verdict label on the list.
    await expect(page.locator('.nas-case-list').innerText()).resolves.not.toMatch(/\b(Dilarang|Boleh)\b/);
    const hrefs = await page.locator('.nas-case-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(caseIds.map((id) => `/studi-kasus/${id}/`).sort());
    const questions = await page.locator('.nas-case-list p').allInnerTexts();
    expect(questions.every((q) => /^Bolehkah .+\?$/.test(q))).toBe(true);
  });

  it('is in the sidebar with every case, after Materi', async () => {
    const { page } = await visit('/studi-kasus/', { viewport: { width: 1280, height: 800 } });
    const nav = page.getByRole('navigation', { name: 'Utama' });
    const groups = await nav.locator('details > summary').allInnerTexts();
    const names = groups.map((g) => g.trim());
    expect(names.indexOf('Studi kasus')).toBe(names.indexOf('Materi') + 1);
    const links = await nav.locator('a[href^="/studi-kasus/"]').count();
    expect(links).toBe(caseIds.length + 1);
  });
});

describe('reference pages', () => {
  it('give every source an anchor and list the pages that cite it', async () => {
    const { page } = await visit('/rujukan/sumber/');
    await expect(page.locator('h3#teks-skb-2022').count()).resolves.toBe(1);
    const used = page.locator('section[aria-labelledby="teks-skb-2022"] dd ul a');
    const hrefs = await used.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/studi-kasus/foto-camat-dengan-calon/');
    expect(hrefs).toContain('/rujukan/aturan/#foto-dengan-calon');
    expect(hrefs).toContain('/rujukan/tanya-jawab/');
  });

  it('give every glossary term an anchor', async () => {
    const { page } = await visit('/rujukan/glosarium/#pppk');
    await expect(page.locator('h3#pppk').innerText()).resolves.toMatch(/PPPK/);
    await expect(page.locator('.nas-glossary h3').count()).resolves.toBeGreaterThanOrEqual(20);
  });

  it('answer each question with a verdict in words', async () => {
    const { page } = await visit('/rujukan/tanya-jawab/');
    const verdicts = await page.locator('.nas-faq-answer__verdict').allInnerTexts();
    expect(verdicts.length).toBeGreaterThanOrEqual(15);
    expect(verdicts.every((v) => v.trim().length > 0)).toBe(true);
  });
});
