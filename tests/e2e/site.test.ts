import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, baseURL, connect, openPage, sitePaths, type Theme } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser?.close();
});

describe('the site frame', () => {
  it('renders the home page in Indonesian', async () => {
    const { page, context } = await openPage(browser, '/');
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect(await page.title()).toContain('Netralitas ASN');
    await expect(page.getByRole('heading', { level: 2, name: 'Apa arti netral bagi ASN?' }).count()).resolves.toBe(1);
    // Starlight's own UI strings are Indonesian too.
    await expect(page.getByRole('button', { name: 'Pencarian' }).count()).resolves.toBeGreaterThan(0);
    await context.close();
  });

  it('navigates through the sidebar', async () => {
    const { page, context } = await openPage(browser, '/mulai/cara-memakai/', { viewport: { width: 1280, height: 800 } });
    const sidebar = page.getByRole('navigation', { name: 'Utama' });
    await expect(sidebar.locator('[aria-current="page"]').textContent()).resolves.toContain('Cara memakai situs ini');
    await sidebar.getByRole('link', { name: 'Beranda' }).click();
    await page.waitForURL(`${baseURL}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Netralitas ASN dalam Pemilu dan Pilkada');
    await context.close();
  });

  it('lists only pages that exist in the sidebar', async () => {
    const { page, context } = await openPage(browser, '/mulai/cara-memakai/', { viewport: { width: 1280, height: 800 } });
    const hrefs = await page
      .getByRole('navigation', { name: 'Utama' })
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(1);
    const statuses = await Promise.all(
      hrefs.map(async (href) => [href, (await context.request.get(href)).status()] as const),
    );
    expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);
    await context.close();
  });

  // Search (shortcuts, loading on first use, results) is tested in search.test.ts.

  it('switches between light and dark themes', async () => {
    const { page, context } = await openPage(browser, '/', { viewport: { width: 1280, height: 800 } });
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
    await context.close();
  });

  it('answers an unknown address with an Indonesian 404 page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${baseURL}/tidak-ada-halaman-ini/`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('404');
    await expect(page.locator('main').textContent()).resolves.toMatch(/tidak ditemukan/i);
    await context.close();
  });
});

describe('every page', () => {
  const paths = sitePaths();

  it('is listed in the sitemap', () => {
    expect(paths).toContain('/');
    expect(paths).toContain('/mulai/cara-memakai/');
  });

  for (const theme of ['light', 'dark'] as Theme[]) {
    it(`has no axe WCAG 2.2 A/AA violations and no request leaving the site (${theme})`, async () => {
      const problems: Record<string, string[]> = {};
      const queue = [...paths, '/404/'];
      // Three pages at a time: the sweep covers the whole site without hogging two cores.
      const worker = async () => {
        for (let path = queue.shift(); path; path = queue.shift()) {
          const { page, context, external } = await openPage(browser, path, { theme });
          await page.waitForLoadState('networkidle');
          const found = [...(await axeViolations(page)), ...external.map((u) => `external request: ${u}`)];
          if (found.length) problems[path] = found;
          await context.close();
        }
      };
      await Promise.all([worker(), worker(), worker()]);
      expect(Object.keys(problems).length + queue.length).toBe(0);
      expect(problems).toEqual({});
    }, 300_000);
  }
});
