/*
 * Every page of the site, visited once: its islands hydrated, then axe's WCAG 2.2 A/AA rules in the
 * light theme and the colour rules again in the dark theme (only colours change between themes), no
 * Content-Security-Policy violation, no request leaving the site and no script error.
 *
 * Each worker keeps one context and one tab and navigates it from path to path: a new context and
 * tab per path, and evaluating axe's 500 KB in each, cost more than the checks themselves. Each path
 * still meets the site as a first visit: storage is cleared after every check, the theme is stored
 * again before every page loads, and the CSP listener and axe come with each new document.
 */
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  axeViolations,
  colourRules,
  cspViolations,
  guardedContext,
  hydrateIslands,
  sitePaths,
  switchTheme,
  useBrowser,
} from './support/browser';

/** Pages checked at once, each in its own tab. Two keep both cores busy while one page waits on the other. */
const PARALLEL = Number(process.env.NAS_SWEEP_PARALLEL ?? 2);

let browser: Browser;
useBrowser((connected) => (browser = connected));

/** Checks the paths taken from `queue` one after another in one tab, noting what it finds by path in `problems`. */
async function sweep(queue: string[], checked: string[], problems: Record<string, string[]>): Promise<void> {
  const { context, external } = await guardedContext(browser, { theme: 'light', axe: true });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`script error: ${e.message}`));
    for (let path = queue.shift(); path; path = queue.shift()) {
      external.length = 0;
      errors.length = 0;
      const found: string[] = [];
      try {
        await page.goto(path);
        await hydrateIslands(page);
        found.push(...(await axeViolations(page)).map((v) => `light: ${v}`));
        await switchTheme(page, 'dark');
        found.push(...(await axeViolations(page, { rules: colourRules })).map((v) => `dark: ${v}`));
        // Violations are recorded per document, so they are this path's alone.
        found.push(...(await cspViolations(page)).map((v) => `CSP: ${v}`));
      } catch (error) {
        // Named with its path; the next path loads a new document in the same tab.
        found.push(`check failed: ${(error as Error).message.split('\n')[0]}`);
      }
      // What the page stored (progress, a deck's position) must not shape the next page.
      await page
        .evaluate(() => {
          localStorage.clear();
          sessionStorage.clear();
        })
        .catch((error: Error) => found.push(`storage not cleared: ${error.message.split('\n')[0]}`));
      found.push(...external.map((u) => `external request: ${u}`), ...errors);
      checked.push(path);
      if (found.length) problems[path] = found;
    }
  } finally {
    await context.close();
  }
}

describe('every page', () => {
  const paths = sitePaths();

  it('is listed in the sitemap', () => {
    expect(paths).toContain('/');
    expect(paths).toContain('/mulai/cara-memakai/');
    expect(paths.length).toBeGreaterThan(40);
  });

  it('has no axe violations (light; colours in dark), no CSP violation, no request leaving the site, no script error', async () => {
    const problems: Record<string, string[]> = {};
    const queue = [...paths, '/404/'];
    const checked: string[] = [];
    await Promise.all(Array.from({ length: PARALLEL }, () => sweep(queue, checked, problems)));
    expect(checked.length).toBe(paths.length + 1);
    expect(problems).toEqual({});
  }, 240_000);
});
