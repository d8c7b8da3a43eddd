/*
 * Bytes over the wire for one page read to the end: every response body, gzipped at level 6 (what a
 * typical static host sends), summed by kind, after the page was scrolled to its end and every island
 * hydrated. Deterministic for a given build, so budgets can be asserted.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { staticImportClosure as closure } from '../../../src/lib/offline.ts';

export interface WireBytes {
  html: number;
  css: number;
  js: number;
  fonts: number;
  other: number;
  /** HTML + CSS + JS + fonts: what the page budgets count. */
  total: number;
  /** How many islands the page has (all of them hydrated when measured). */
  islands: number;
  /** Gzipped bytes of each script loaded, by URL path (for the island JS budget). */
  scripts: Record<string, number>;
}

const kindOf = (type: string): 'html' | 'css' | 'js' | 'fonts' | 'other' =>
  type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : type === 'font' ? 'fonts' : 'other';

export async function measurePage(browser: Browser, url: string): Promise<WireBytes> {
  // Bytes of the page itself; the service worker (installed once, not per page) is measured apart.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const pending: Promise<void>[] = [];
  const bytes: WireBytes = { html: 0, css: 0, js: 0, fonts: 0, other: 0, total: 0, islands: 0, scripts: {} };
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          const kind = kindOf(response.request().resourceType());
          const size = gzipSync(body, { level: 6 }).length;
          bytes[kind] += size;
          if (kind === 'js') bytes.scripts[new URL(response.url()).pathname] = size;
        })
        .catch(() => undefined),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  // Read to the end: step down a viewport at a time (islands hydrate when visible, and the page may
  // grow as they render), bounded in steps.
  await page.evaluate(async () => {
    for (let step = 0; step < 400; step++) {
      const end = document.documentElement.scrollHeight - window.innerHeight;
      if (window.scrollY >= end - 1) break;
      window.scrollTo(0, Math.min(end, window.scrollY + window.innerHeight));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
    }
  });
  // Every island has hydrated: Astro drops an island's `ssr` attribute once its component has run.
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, {
    timeout: 20_000,
  });
  bytes.islands = await page.locator('astro-island').count();
  await Promise.all(pending);
  await context.close();
  bytes.total = bytes.html + bytes.css + bytes.js + bytes.fonts;
  return bytes;
}

/**
 * The scripts a page loads because of its islands: each <astro-island>'s component and renderer
 * modules and their static imports, minus what the page's own scripts load anyway (those cost the
 * same on a page without islands).
 */
export function islandScripts(html: string, readScript: (path: string) => string): Set<string> {
  const islands = [...html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]);
  const page = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]);
  const base = closure(page, readScript);
  return new Set([...closure(islands, readScript)].filter((path) => !base.has(path)));
}
