/*
 * Offline-first in a real browser: pages seen once open with the network off, a never-saved page
 * shows the offline page, "Simpan untuk luring" makes every sitemap page, a quiz, search and a hall
 * deck work offline (and resumes after an interruption), and an update from one build to the next
 * shows "Versi baru tersedia" and loads the new build without touching stored progress.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { writeOfflineManifest } from '../../src/integrations/offline';
import type { OfflineManifest } from '../../src/lib/offline';
import { baseURL, connect, sitePaths } from './support/browser';
import { search as searchText } from '../../src/i18n/id';
import { serveDist } from './support/server';

const POLL = { timeout: 15_000 };
const offlineTitle = 'Halaman ini belum tersimpan';
const manifest = JSON.parse(readFileSync('dist/offline.json', 'utf8')) as OfflineManifest;

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
});

async function newPage(base = baseURL): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: base });
  contexts.push(context);
  return { context, page: await context.newPage() };
}

/** Resolves once the page's service worker is activated. */
const workerReady = (page: Page) =>
  page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated', undefined, { polling: 100 });

/** Whether the page's URL is in the service worker's page cache. */
const pageCached = (page: Page, path: string) =>
  page.evaluate(async (p) => !!(await caches.match(new URL(p, location.href).href, { ignoreSearch: true })), path);

const heading = (page: Page) => page.locator('h1').first().textContent();

/** Every stylesheet of the page loaded (a missing one has no readable rules). */
const stylesLoaded = (page: Page) =>
  page.evaluate(() =>
    [...document.styleSheets].every((s) => {
      try {
        return s.cssRules.length > 0;
      } catch {
        return false;
      }
    }),
  );

describe('pages seen once', () => {
  it('reopen offline with their styles, and an unsaved page shows the offline page listing them', async () => {
    const { context, page } = await newPage();
    await page.goto('/materi/ikrar-netralitas/');
    await workerReady(page);
    // The first page loaded before the worker existed; registration hands it over to be cached.
    await expect.poll(() => pageCached(page, '/materi/ikrar-netralitas/'), POLL).toBe(true);
    await page.goto('/materi/dasar-hukum/');
    await expect.poll(() => pageCached(page, '/materi/dasar-hukum/'), POLL).toBe(true);

    await context.setOffline(true);
    for (const [path, title] of [
      ['/materi/ikrar-netralitas/', 'Ikrar Netralitas'],
      ['/materi/dasar-hukum/', 'Dasar hukum'],
    ]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      expect(await heading(page)).toContain(title);
      expect(await stylesLoaded(page)).toBe(true);
    }

    const response = await page.goto('/studi-kasus/');
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(`${baseURL}/studi-kasus/`);
    expect(await heading(page)).toBe(offlineTitle);
    const available = page.locator('[data-nas-available] a');
    await expect.poll(() => available.evaluateAll((links) => links.map((a) => a.getAttribute('href'))), POLL).toEqual(
      expect.arrayContaining(['/materi/ikrar-netralitas/', '/materi/dasar-hukum/']),
    );
    await context.close();
  });
});

describe('Simpan untuk luring', () => {
  it('says the size, resumes after an interruption, then every sitemap page, a quiz, search and a deck work offline', async () => {
    const { context, page } = await newPage();
    await page.goto('/');
    await workerReady(page);
    const box = page.locator('[data-nas-save]');
    const status = box.locator('[data-status]');
    const button = box.getByRole('button');
    await expect.poll(() => button.textContent(), POLL).toMatch(/^Simpan untuk luring \(\d+(,\d)? MB\)$/);
    expect(await status.textContent()).toContain('Belum tersimpan untuk luring');

    // First run: the search index cannot be fetched (a dropped connection); the run stops and says so.
    await context.route('**/pagefind/wasm.*', (route) => route.abort('internetdisconnected'));
    await button.click();
    await expect.poll(() => status.textContent(), POLL).toContain('Unduhan terhenti');
    const savedBefore = Number(/(\d+) dari/.exec((await status.textContent())!)![1]);
    expect(savedBefore).toBeGreaterThan(0);
    expect(savedBefore).toBeLessThan(manifest.files.length);

    // Second run continues: it fetches only what is missing, with a real progress bar of bytes.
    await context.unroute('**/pagefind/wasm.*');
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await button.click();
    await expect.poll(() => box.locator('progress').getAttribute('max')).toBe(String(manifest.bytes));
    await expect.poll(() => status.textContent(), { timeout: 40_000 }).toContain('Siap dipakai tanpa internet');
    expect(fetched.length).toBeLessThanOrEqual(manifest.files.length - savedBefore + 2);
    expect(await button.isHidden()).toBe(true);

    await context.setOffline(true);
    // Reloaded offline: now the worker controls this tab, so its requests below go through it.
    await page.reload();
    // Every sitemap page, as the worker serves it offline: status, a real heading (not the offline
    // page), and every script, stylesheet and island it loads.
    const failures = await page.evaluate(
      async ({ paths, offlineTitle }) => {
        const failed: string[] = [];
        const assets = new Set<string>();
        for (const path of paths) {
          const response = await fetch(path).catch(() => undefined);
          if (!response?.ok) {
            failed.push(`${path}: ${response?.status ?? 'no response'}`);
            continue;
          }
          const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
          const title = doc.querySelector('h1')?.textContent?.trim();
          if (!title || (title === offlineTitle && path !== '/luring/')) failed.push(`${path}: heading ${title}`);
          for (const el of doc.querySelectorAll('script[src], link[rel="stylesheet"], astro-island'))
            for (const attr of ['src', 'href', 'component-url', 'renderer-url']) {
              const url = el.getAttribute(attr);
              if (url?.startsWith('/')) assets.add(url);
            }
        }
        for (const url of assets) if (!(await fetch(url).catch(() => undefined))?.ok) failed.push(`${url}: not available`);
        return failed;
      },
      { paths: sitePaths(), offlineTitle },
    );
    expect(failures).toEqual([]);
    // And one page of each part of the site opens in the tab, with its styles.
    const kinds = new Map(sitePaths().map((path) => [path.split('/')[1], path] as const));
    for (const path of kinds.values()) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      expect(await heading(page)).not.toBe(path === '/luring/' ? '' : offlineTitle);
      expect(await stylesLoaded(page)).toBe(true);
    }

    // The state stays visible on the page offline.
    await page.goto('/kuis/');
    await expect.poll(() => page.locator('[data-nas-save] [data-status]').textContent(), POLL).toContain('Siap dipakai tanpa internet');

    // A module quiz scores offline.
    const bank = parse(readFileSync('src/quizzes/dasar-hukum.yaml', 'utf8')) as { questions: { options: { correct?: boolean }[] }[] };
    const right = String.fromCharCode(97 + bank.questions[0].options.findIndex((o) => o.correct));
    await page.goto('/kuis/dasar-hukum/');
    const first = page.locator('section.nas-q').first();
    await first.getByRole('button', { name: 'Periksa jawaban' }).and(page.locator(':enabled')).waitFor();
    await first.locator(`input[value="${right}"]`).check();
    await first.getByRole('button', { name: 'Periksa jawaban' }).click();
    await expect.poll(() => first.locator('.nas-q-result').textContent(), POLL).toContain('Jawaban Anda benar.');
    await expect.poll(() => page.locator('.nas-score').textContent(), POLL).toMatch(/1 dari \d+ benar/);

    // Search answers offline through Pagefind's own API (whatever search UI the header uses).
    // (A string, so the test runner leaves the page's dynamic import alone.)
    const search = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const found = await pagefind.search('kampanye');
      const top = await found.results[0]?.data();
      return { count: found.results.length, url: top?.url };
    })()`)) as { count: number; url?: string };
    expect(search.count).toBeGreaterThan(0);
    expect(search.url).toMatch(/^\//);
    // And through the header's search dialog, whose code is first loaded here, offline.
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: searchText.label }).fill('boleh gak nyoblos?');
    await expect.poll(() => page.locator('dialog.nas-s').getAttribute('data-state'), POLL).toBe('found');
    await expect(page.getByRole('option').count()).resolves.toBeGreaterThan(0);
    await page.keyboard.press('Escape');

    // A hall deck advances offline.
    await page.goto('/aula/ikrar/');
    const counter = page.locator('#counter');
    const total = (await counter.textContent())!.split(' / ')[1];
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => counter.textContent(), POLL).toBe(`2 / ${total}`);
    await context.close();
  });
});

/**
 * Build B: the same site with a changed home page and offline page. Its offline.json comes from the
 * build's own step; its worker is build A's with the precache revisions Workbox gives the changed
 * files (an MD5 of the content), which is all generateSW would change, without its seconds of bundling.
 */
const buildB = mkdtempSync(join(tmpdir(), 'nas-build-b-'));
const marker = '<p id="nas-build-b">Versi B</p>';
function makeBuildB() {
  cpSync('dist', buildB, { recursive: true });
  for (const file of ['index.html', 'luring/index.html']) {
    const path = join(buildB, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace('</main>', `${marker}</main>`));
  }
  writeOfflineManifest(buildB);
  const md5 = (path: string) => createHash('md5').update(readFileSync(path)).digest('hex');
  let sw = readFileSync('dist/sw.js', 'utf8');
  for (const file of ['luring/index.html', 'offline.json']) {
    expect(sw).toContain(md5(join('dist', file)));
    sw = sw.replace(md5(join('dist', file)), md5(join(buildB, file)));
  }
  writeFileSync(join(buildB, 'sw.js'), sw);
}
afterAll(() => rmSync(buildB, { recursive: true, force: true }));

describe('update to a new build', () => {
  let server: Server | undefined;
  afterAll(() => server?.close());

  it('shows "Versi baru tersedia", reloads into the new build by keyboard, and keeps stored progress', async () => {
    const a = await serveDist('dist');
    server = a.server;
    const port = new URL(a.url).port;
    const { page } = await newPage(a.url);
    await page.goto('/');
    await workerReady(page);
    const progress = JSON.stringify({ sentinel: 'kemajuan belajar' });
    await page.evaluate((p) => localStorage.setItem('nas:v1:progress', p), progress);
    await page.reload();
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

    makeBuildB();
    expect(readFileSync(join(buildB, 'sw.js'), 'utf8')).not.toBe(readFileSync('dist/sw.js', 'utf8'));
    await new Promise((done) => a.server.close(done));
    server = (await serveDist(buildB, Number(port))).server;

    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: 'Versi baru tersedia' });
    await notice.waitFor({ timeout: 15_000 });
    const reload = notice.getByRole('button', { name: 'Muat ulang' });
    await reload.focus();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await page.locator('#nas-build-b').waitFor();
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(false);
    expect(await page.locator('#nas-update').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('nas:v1:progress'))).toBe(progress);
  });
});
