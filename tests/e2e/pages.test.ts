/*
 * Every page of the site, visited once: its islands hydrated, then axe's WCAG 2.2 A/AA rules in the
 * light theme and the colour rules again in the dark theme (only colours change between themes), no
 * Content-Security-Policy violation, no request leaving the site and no script error.
 */
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, colourRules, cspViolations, hydrateIslands, openPage, sitePaths, switchTheme, useBrowser } from './support/browser';

/** Pages checked at once. Two keep both cores busy while one page waits on the other. */
const PARALLEL = Number(process.env.NAS_SWEEP_PARALLEL ?? 2);

let browser: Browser;
useBrowser((connected) => (browser = connected));

async function checkPage(path: string): Promise<string[]> {
  const { page, context, external } = await openPage(browser, path, { theme: 'light' });
  try {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`script error: ${e.message}`));
    await hydrateIslands(page);
    const light = await axeViolations(page);
    await switchTheme(page, 'dark');
    const dark = await axeViolations(page, { rules: colourRules });
    return [
      ...light.map((v) => `light: ${v}`),
      ...dark.map((v) => `dark: ${v}`),
      ...(await cspViolations(page)).map((v) => `CSP: ${v}`),
      ...external.map((u) => `external request: ${u}`),
      ...errors,
    ];
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
    const worker = async () => {
      for (let path = queue.shift(); path; path = queue.shift()) {
        const found = await checkPage(path);
        checked.push(path);
        if (found.length) problems[path] = found;
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    expect(checked.length).toBe(paths.length + 1);
    expect(problems).toEqual({});
  }, 240_000);
});
