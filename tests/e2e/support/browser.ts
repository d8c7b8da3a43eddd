/* Page-level helpers shared by the e2e files: one connection, guarded pages, axe, the URL list. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;

export const connect = (): Promise<Browser> => chromium.connect(inject('wsEndpoint'));

export type Theme = 'light' | 'dark';

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Every request that tried to leave the site (they are blocked, and listed here). */
  external: string[];
}

/** A fresh context whose requests may not leave the site, with Starlight's theme preset. */
export async function openPage(
  browser: Browser,
  path: string,
  { theme, ...options }: BrowserContextOptions & { theme?: Theme } = {},
): Promise<OpenedPage> {
  // No service worker unless a test asks for one (tests/e2e/offline.test.ts does): each page is
  // measured and checked as its first visit, without the worker fetching alongside.
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block', ...options });
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    external.push(url.href);
    return route.abort();
  });
  if (theme) await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  const page = await context.newPage();
  await page.goto(path);
  return { context, page, external };
}

/** Every page of the site, from the sitemap the build writes. */
export function sitePaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's WCAG 2.2 A/AA violations on the page, one readable line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (tags) => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map(
      (v: { id: string; help: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  }, wcagTags);
  return violations;
}
