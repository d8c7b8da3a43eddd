import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, newContext, shareTab, useBrowser } from './support/browser';

let browser: Browser;
useBrowser((connected) => (browser = connected));
/** One tab for the tests that only read or use a freshly loaded page (see shareTab). */
const visit = shareTab();

describe('the site frame', () => {
  it('renders the home page in Indonesian', async () => {
    const { page } = await visit('/');
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect(await page.title()).toContain('Netralitas ASN');
    await expect(page.getByRole('heading', { level: 2, name: 'Apa arti netral bagi ASN?' }).count()).resolves.toBe(1);
    // Starlight's own UI strings are Indonesian too.
    await expect(page.getByRole('button', { name: 'Pencarian' }).count()).resolves.toBeGreaterThan(0);
  });

  it('navigates through the sidebar', async () => {
    const { page } = await visit('/mulai/cara-memakai/', { viewport: { width: 1280, height: 800 } });
    const sidebar = page.getByRole('navigation', { name: 'Utama' });
    await expect(sidebar.locator('[aria-current="page"]').textContent()).resolves.toContain('Cara memakai situs ini');
    await sidebar.getByRole('link', { name: 'Beranda' }).click();
    await page.waitForURL(`${baseURL}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Netralitas ASN dalam Pemilu dan Pilkada');
  });

  it('lists only pages that exist in the sidebar', async () => {
    const { page, context } = await visit('/mulai/cara-memakai/', { viewport: { width: 1280, height: 800 } });
    const hrefs = await page
      .getByRole('navigation', { name: 'Utama' })
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(1);
    const statuses = await Promise.all(
      hrefs.map(async (href) => [href, (await context.request.get(href)).status()] as const),
    );
    expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);
  });

  // Search (shortcuts, loading on first use, results) is tested in search.test.ts.

  it('switches between light and dark themes', async () => {
    const { page } = await visit('/', { viewport: { width: 1280, height: 800 } });
    const select = page.getByRole('combobox', { name: 'Pilih tema' }).first();
    await select.selectOption('dark');
    await expect(page.getAttribute('html', 'data-theme')).resolves.toBe('dark');
    const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await select.selectOption('light');
    await expect(page.getAttribute('html', 'data-theme')).resolves.toBe('light');
    const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(lightBg).not.toBe(darkBg);
    await page.reload();
    await expect(page.getAttribute('html', 'data-theme')).resolves.toBe('light');
  });

  it('answers an unknown address with an Indonesian 404 page', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const response = await page.goto(`${baseURL}/tidak-ada-halaman-ini/`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('404');
    await expect(page.locator('main').textContent()).resolves.toMatch(/tidak ditemukan/i);
    await context.close();
  });

  it('survives a corrupted stored theme on every page, and the picker still works', async () => {
    // Starlight's inline theme script builds a CSS selector from this value; these would make it throw.
    // The three values at once, each in its own context: loading pages is mostly waiting.
    const survive = async (corrupted: string) => {
      const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
      // Set before every navigation, so each page meets the corrupted value.
      await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), corrupted);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
      for (const path of ['/', '/materi/dasar-hukum/', '/aula/ikrar/', '/kuis/']) await page.goto(path);
      // The last page, like the first, got a theme and a working picker.
      expect(['light', 'dark']).toContain(await page.getAttribute('html', 'data-theme'));
      const select = page.getByRole('combobox', { name: 'Pilih tema' }).first();
      await expect(select.inputValue()).resolves.toBe('auto');
      await select.selectOption('light');
      await expect(page.getAttribute('html', 'data-theme')).resolves.toBe('light');
      expect(errors, `stored theme ${corrupted}`).toEqual([]);
      await context.close();
    };
    await Promise.all(['7', '"]{', 'dark theme!'].map(survive));
  });

  it('shows the theme picker\'s labels uncut in the header at 1366 px', async () => {
    const { page } = await visit('/', { viewport: { width: 1366, height: 768 } });
    const select = page.locator('header starlight-theme-select select');
    await expect(select.isVisible()).resolves.toBe(true);
    for (const value of ['auto', 'light', 'dark']) {
      await select.selectOption(value);
      // The text's width in the select's own font against the room inside its padding.
      const fit = await select.evaluate((el: HTMLSelectElement) => {
        const style = getComputedStyle(el);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = style.font;
        const text = el.options[el.selectedIndex].text;
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text, width: Math.ceil(context.measureText(text).width), room };
      });
      expect(fit.width, `${fit.text}: ${fit.width} px of text in ${fit.room} px`).toBeLessThanOrEqual(fit.room);
    }
  });
});
