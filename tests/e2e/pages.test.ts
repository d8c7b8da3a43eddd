/*
 * Every page of the site, visited once: its islands hydrated, then axe's WCAG 2.2 A/AA rules in the
 * light theme and the colour rules again in the dark theme (only colours change between themes), no
 * Content-Security-Policy violation, no request leaving the site and no script error.
 *
 * Each worker keeps one context and one tab and navigates it from path to path: a new context and
 * tab per path, and evaluating axe's 500 KB in each, cost more than the checks themselves. Each path
 * still meets the site as a first visit: storage is cleared after every check, the theme is stored
 * again before every page loads, and the CSP listener and axe come with each new document.
 *
 * The site frame (Starlight's header and sidebar) is the same markup on most pages, and checking it
 * took about a third of axe's time on each. It is checked in full on the first page that shows each
 * version of it, and left out on the other pages with exactly the same frame: the frame's markup,
 * read from the live page, is the key, with only `aria-current` taken out (which link is current
 * changes from page to page, its style does not). Any other difference (another group open, one
 * link more) is a new version, checked in full where it first appears.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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

/** Starlight's site frame around the page's own content. */
const frame = ['body > div.page > header.header', 'body > div.page > nav.sidebar'];

/** The page's site frame as markup, without `aria-current`; empty when the page has no frame. */
const frameKey = (page: Page) =>
  page.evaluate((selectors) => {
    return selectors
      .flatMap((selector) => [...document.querySelectorAll(selector)])
      .map((element) => {
        const copy = element.cloneNode(true) as Element;
        for (const current of copy.querySelectorAll('[aria-current]')) current.removeAttribute('aria-current');
        return copy.outerHTML;
      })
      .join('\n');
  }, frame);

/**
 * Checks the paths taken from `queue` one after another in one tab, noting what it finds by path in
 * `problems`. `frames` holds the versions of the site frame already checked in full (by any tab).
 */
async function sweep(queue: string[], checked: string[], problems: Record<string, string[]>, frames: Set<string>): Promise<void> {
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
        const key = await frameKey(page);
        const exclude = key && frames.has(key) ? frame : undefined;
        frames.add(key);
        found.push(...(await axeViolations(page, { exclude })).map((v) => `light: ${v}`));
        await switchTheme(page, 'dark');
        found.push(...(await axeViolations(page, { rules: colourRules, exclude })).map((v) => `dark: ${v}`));
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
    const frames = new Set<string>();
    await Promise.all(Array.from({ length: PARALLEL }, () => sweep(queue, checked, problems, frames)));
    expect(checked.length).toBe(paths.length + 1);
    // The frame was found (and so checked in full somewhere): a renamed class would otherwise leave
    // the sidebar out of every check. Splash pages have a header only; decks have no frame.
    expect([...frames].filter((key) => key.includes('aria-label="Utama"')).length).toBeGreaterThan(0);
    expect(problems).toEqual({});
  }, 240_000);
});
