/* Page-level helpers shared by the e2e files: one connection, guarded pages, axe, the URL list. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';

export const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;
/** Any URL but the site's own, data: and blob:. */
const leavesTheSite = new RegExp(`^(?!${origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/|data:|blob:)`);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const connect = (): Promise<Browser> => chromium.connect(inject('wsEndpoint'));

export type Theme = 'light' | 'dark';

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Every request that tried to leave the site (they are blocked, and listed here). */
  external: string[];
}

const contexts = new Set<BrowserContext>();

/**
 * A new context that closeContexts() will close if the test does not (a failed expectation skips the
 * test's own close). Every page in it records Content-Security-Policy violations for cspViolations().
 */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  // No service worker unless a test asks for one (tests/e2e/offline.test.ts does): each page is
  // measured and checked as its first visit, without the worker fetching alongside.
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block', ...options });
  contexts.add(context);
  context.on('close', () => contexts.delete(context));
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    // On window, capturing: violations are fired at the element or at the document, and both reach it.
    window.addEventListener(
      'securitypolicyviolation',
      (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
      true,
    );
  });
  return context;
}

/** For afterEach in every e2e file: closes the contexts a test left open. */
export async function closeContexts(): Promise<void> {
  await Promise.all([...contexts].map((context) => context.close().catch(() => undefined)));
  contexts.clear();
}

/**
 * The shared Chromium for one e2e file: connects before its tests, closes the contexts a test left
 * open (also when it failed), and disconnects after. `use` receives the connected browser.
 */
/** The browser useBrowser connected, for shareTab. */
let connected: Browser | undefined;

export function useBrowser(use: (browser: Browser) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await connect();
    connected = browser;
    use(browser);
  });
  afterEach(closeContexts);
  afterAll(async () => {
    await browser?.close();
  });
}

/**
 * One page shared by the tests of the calling describe block, for tests that only read or move it:
 * opened before its first test, closed after its last (also when one failed), and spared by the
 * afterEach that closes what a single test left open. Each test puts the page in the state it needs.
 */
export function sharePage(open: () => Promise<OpenedPage>): () => OpenedPage {
  let opened: OpenedPage | undefined;
  beforeAll(async () => {
    opened = await open();
    contexts.delete(opened.context);
  });
  afterAll(async () => {
    await opened?.context.close();
  });
  return () => {
    if (!opened) throw new Error('the shared page did not open (see the error of beforeAll)');
    return opened;
  };
}

export interface Visit {
  /** Viewport for this visit; the context's default (1280x720) otherwise. */
  viewport?: { width: number; height: number };
}

/**
 * One guarded tab shared by the tests of the calling file or describe block that only need a page
 * loaded fresh, not a fresh browser: opening a tab costs about a second here (a renderer process and
 * Playwright's set-up), loading a page in an open tab about half. `visit(path)` first empties the
 * storage the previous test left (localStorage and sessionStorage of the site), forgets the requests
 * that left the site, sets screen media and the viewport, and then loads `path` as a new document. Tests that need a
 * context of their own (JavaScript off, several windows, a download) keep using openPage.
 */
export function shareTab(options: PageOptions = {}): (path: string, visit?: Visit) => Promise<OpenedPage> {
  const shared = sharePage(async () => {
    if (!connected) throw new Error('shareTab needs the browser: call useBrowser first in the file');
    const { context, external } = await guardedContext(connected, options);
    return { context, external, page: await context.newPage() };
  });
  return async (path, { viewport } = {}) => {
    const opened = shared();
    const { page, external } = opened;
    const from = new URL(page.url());
    if (from.origin === origin)
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
    const to = new URL(path, baseURL);
    // Same path with a #fragment would only scroll the loaded document: leave it first.
    if (to.hash && from.origin === origin && from.pathname + from.search === to.pathname + to.search) await page.goto('about:blank');
    external.length = 0;
    // Screen media again, should the previous test have emulated print.
    await page.emulateMedia({ media: null });
    await page.setViewportSize(viewport ?? { width: 1280, height: 720 });
    await page.goto(path);
    return opened;
  };
}

/** The CSP violations the page has seen since it loaded (after the events queued so far are fired). */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await new Promise((done) => setTimeout(done, 0));
    return [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['no CSP listener in this page'])];
  });
}

export interface PageOptions extends BrowserContextOptions {
  /** Starlight's theme, stored before every page of the context loads. */
  theme?: Theme;
  /**
   * axe-core added to every page of the context as an init script, for contexts whose pages are
   * checked with axeViolations(): V8 caches the script, so each page then costs far less than
   * evaluating axe's 500 KB per check. Init scripts are not subject to the page's CSP.
   */
  axe?: boolean;
}

/** A fresh context whose requests may not leave the site (listed in `external`), without a page yet. */
export async function guardedContext(
  browser: Browser,
  { theme, axe, ...options }: PageOptions = {},
): Promise<Omit<OpenedPage, 'page'>> {
  const context = await newContext(browser, options);
  const external: string[] = [];
  // A pattern, not a function: Playwright then lets the site's own requests through without asking
  // this process about each one.
  await context.route(leavesTheSite, (route) => {
    external.push(route.request().url());
    return route.abort();
  });
  if (theme) await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  if (axe) await context.addInitScript({ content: axeSource });
  return { context, external };
}

/** A fresh context whose requests may not leave the site, with Starlight's theme preset, opened at `path`. */
export async function openPage(browser: Browser, path: string, options: PageOptions = {}): Promise<OpenedPage> {
  const { context, external } = await guardedContext(browser, options);
  const page = await context.newPage();
  await page.goto(path);
  return { context, page, external };
}

/**
 * Hydrates every island on the page the way a reader scrolling through it would (client:visible
 * islands hydrate when they come into view), waits until Astro marks each one hydrated, and scrolls
 * back to the top.
 */
export async function hydrateIslands(page: Page, timeout = 10_000): Promise<void> {
  await page.evaluate(async (timeout) => {
    const deadline = Date.now() + timeout;
    for (const island of document.querySelectorAll('astro-island[ssr]')) {
      // Islands are display: contents; Astro watches their children.
      (island.firstElementChild ?? island).scrollIntoView({ block: 'center' });
      while (island.hasAttribute('ssr')) {
        if (Date.now() > deadline) throw new Error(`island not hydrated: ${island.getAttribute('component-url')}`);
        await new Promise((done) => setTimeout(done, 20));
      }
    }
    window.scrollTo(0, 0);
  }, timeout);
}

/** Every page of the site, from the sitemap the build writes. */
export function sitePaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The rules that depend on the colours, run again in the second theme. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * axe-core's WCAG 2.2 A/AA violations on the page (or only the given rules), one readable line each;
 * `exclude` leaves out elements (CSS selectors) already checked elsewhere.
 * axe comes from the context's init script (openPage's `axe` option) or is evaluated here through the
 * DevTools protocol, never added as an inline <script>: the site's CSP rightly refuses unhashed ones.
 */
export async function axeViolations(
  page: Page,
  { rules, exclude }: { rules?: string[]; exclude?: string[] } = {},
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: wcagTags };
  return page.evaluate(async ({ runOnly, exclude }) => {
    // With `exclude`, axe still treats the run as the whole page (its include is the document), so
    // page-level rules (a title, a way to skip blocks) keep running.
    const context = exclude?.length ? { exclude: exclude.map((selector) => [selector]) } : document;
    // @ts-expect-error axe is evaluated above
    const result = await window.axe.run(context, { runOnly, resultTypes: ['violations'] });
    return result.violations.map(
      (v: { id: string; help: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  }, { runOnly, exclude });
}

/**
 * Switches the open page to a Starlight theme the way Starlight's picker does (the data-theme
 * attribute all theme colours hang on), and waits for any transition to end before colours are read.
 */
export async function switchTheme(page: Page, theme: Theme): Promise<void> {
  await page.evaluate(async (theme) => {
    document.documentElement.dataset.theme = theme;
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
  }, theme);
}
