/*
 * Bytes over the wire for one page load: every response body, gzipped at level 6 (what a typical
 * static host sends), summed by kind. Deterministic for a given build, so budgets can be asserted.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface WireBytes {
  html: number;
  css: number;
  js: number;
  fonts: number;
  other: number;
  /** HTML + CSS + JS + fonts: what the page budgets count. */
  total: number;
}

const kindOf = (type: string): keyof Omit<WireBytes, 'total'> =>
  type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : type === 'font' ? 'fonts' : 'other';

export async function measurePage(browser: Browser, url: string): Promise<WireBytes> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<void>[] = [];
  const bytes: WireBytes = { html: 0, css: 0, js: 0, fonts: 0, other: 0, total: 0 };
  page.on('response', (response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          bytes[kindOf(response.request().resourceType())] += gzipSync(body, { level: 6 }).length;
        })
        .catch(() => undefined),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Islands hydrate when visible: scroll through the page so they load as they would for a reader.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  bytes.total = bytes.html + bytes.css + bytes.js + bytes.fonts;
  return bytes;
}
