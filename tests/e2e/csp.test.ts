/*
 * The Content-Security-Policy of the built site (src/lib/csp.ts, src/integrations/csp.ts): on every
 * page, before anything can run; in force in the browser (an unhashed inline script is refused and
 * reported); and no violation while search, a module quiz and a hall deck are used. Every page's
 * load and hydration is checked in pages.test.ts, in the same visit as axe.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { aula } from '../../src/i18n/id';
import { search } from '../../src/i18n/search';
import { baseURL, cspViolations, hydrateIslands, openPage, sitePaths, shareTab, useBrowser } from './support/browser';

let browser: Browser;
useBrowser((connected) => (browser = connected));
/** One tab for the tests that only read or use a freshly loaded page (see shareTab). */
const visit = shareTab();

const builtFile = (path: string) => `dist${path}${path.endsWith('/') ? 'index.html' : ''}`;
const policyOf = (html: string) => html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1] ?? '';
const directive = (policy: string, name: string) =>
  policy.split(/;\s*/).find((d) => d.split(' ')[0] === name)?.split(' ').slice(1) ?? [];

describe('the policy in the built pages', () => {
  const files = [...sitePaths(), '/404.html'].map(builtFile);

  it('opens <head> on every page, before any script, with scripts limited to the site and hashes', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
      const meta = head.indexOf('<meta http-equiv="Content-Security-Policy"');
      if (meta < 0) wrong.push(`${file}: no policy <meta>`);
      else if (head.indexOf('<script') >= 0 && head.indexOf('<script') < meta) wrong.push(`${file}: a script comes first`);
      else if (head.slice(0, meta).replace(/<meta charset="utf-8"\/?>/, '') !== '<head>') wrong.push(`${file}: not first in <head>`);
      const policy = policyOf(html);
      const scripts = directive(policy, 'script-src');
      if (scripts.slice(0, 2).join(' ') !== "'self' 'wasm-unsafe-eval'") wrong.push(`${file}: script-src ${scripts.join(' ')}`);
      if (scripts.slice(2).some((s) => !/^'sha256-[A-Za-z0-9+/]{43}='$/.test(s))) wrong.push(`${file}: not a hash in ${scripts}`);
      if (/unsafe-inline'.*script|https?:|\*/.test(policy.replace("style-src 'self' 'unsafe-inline'", '')))
        wrong.push(`${file}: too loose: ${policy}`);
    }
    expect(files.length).toBeGreaterThan(40);
    expect(wrong).toEqual([]);
  });

  it('writes the union of all pages\' policies, with frame-ancestors, as an nginx header line', () => {
    const line = readFileSync('dist/nginx-csp.conf', 'utf8');
    const header = line.match(/^add_header Content-Security-Policy "([^"]+)" always;\n$/)?.[1];
    expect(header).toBeDefined();
    expect(directive(header!, 'frame-ancestors')).toEqual(["'self'"]);
    const allowed = new Set(directive(header!, 'script-src'));
    const missing = files.flatMap((file) =>
      directive(policyOf(readFileSync(file, 'utf8')), 'script-src').filter((source) => !allowed.has(source)),
    );
    expect(missing).toEqual([]);
    // Apart from script hashes and frame-ancestors, the header says what each page says.
    const rest = (policy: string) => policy.split(/;\s*/).filter((d) => !/^(script-src|frame-ancestors)/.test(d));
    expect(rest(header!)).toEqual(rest(policyOf(readFileSync('dist/index.html', 'utf8'))));
  });

  it('counts every inline script of a page (the hashes are not of an empty set)', () => {
    const html = readFileSync('dist/kuis/dasar-hukum/index.html', 'utf8');
    const inline: string[] = [];
    const walk = (node: { nodeName: string; attrs?: { name: string }[]; childNodes?: unknown[] }) => {
      if (node.nodeName === 'script' && !node.attrs!.some((a) => a.name === 'src')) inline.push('script');
      for (const child of node.childNodes ?? []) walk(child as typeof node);
    };
    walk(parse(html) as unknown as Parameters<typeof walk>[0]);
    expect(inline.length).toBeGreaterThan(3);
    const hashes = directive(policyOf(html), 'script-src').slice(2);
    expect(hashes.length).toBeGreaterThan(3);
    expect(hashes.length).toBeLessThanOrEqual(inline.length);
  });
});

describe('the policy in the browser', () => {
  it('refuses and reports an inline script that was not hashed at build time, and a socket to another origin', async () => {
    const { page } = await visit('/');
    expect(await cspViolations(page)).toEqual([]);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.nasRan = true;';
      document.head.append(script);
    });
    expect(await page.evaluate(() => 'nasRan' in window)).toBe(false);
    const refused = await cspViolations(page);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/^script-src-elem blocked inline/);

    // connect-src 'self' lets the page talk to its own host and port over ws: too (the hall server),
    // and nowhere else. Nothing here listens for WebSockets: only the policy's verdict is read.
    // Reports are queued in order, so once the second socket's report is in, the first one's would be.
    const before = refused.length;
    await page.evaluate((urls) => {
      for (const url of urls)
        try {
          new WebSocket(url).onerror = () => undefined;
        } catch {}
    }, [`${baseURL.replace(/^http/, 'ws')}/aula-langsung`, 'ws://127.0.0.1:1/']);
    await expect.poll(async () => (await cspViolations(page)).length).toBeGreaterThan(before);
    const sockets = (await cspViolations(page)).slice(before);
    expect(sockets).toHaveLength(1);
    expect(sockets[0]).toMatch(/^connect-src blocked ws:\/\/127\.0\.0\.1:1\//);
  });

  it('reports nothing while search is used', async () => {
    const { page } = await visit('/mulai/cara-memakai/', { viewport: { width: 1280, height: 800 } });
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+k');
    const input = page.getByRole('combobox', { name: search.label });
    await input.waitFor();
    await input.fill('boleh foto dengan calon');
    // Pagefind ran (WebAssembly, fetched index) and the dialog listed what it found.
    await expect.poll(() => page.locator('dialog.nas-s').getAttribute('data-state'), { timeout: 15_000 }).toBe('found');
    await expect(page.locator('#nas-s-list').getByRole('option').count()).resolves.toBeGreaterThan(0);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('reports nothing while a module quiz is answered and checked', async () => {
    const { page } = await visit('/kuis/dasar-hukum/');
    await hydrateIslands(page);
    const first = page.locator('section.nas-q').first();
    await first.locator('input').first().check();
    await first.getByRole('button', { name: 'Periksa jawaban' }).click();
    await first.locator('.nas-q-result').waitFor();
    expect(await cspViolations(page)).toEqual([]);
  });

  it('reports nothing while a hall deck is advanced, revealed and shown in a second window', async () => {
    const { page, context } = await openPage(browser, '/aula/dasar-hukum/');
    const question = await page.locator('.nas-slide').evaluateAll((s) => s.findIndex((e) => e.classList.contains('nas-slide--question')));
    for (let i = 0; i < question; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('r');
    await page.locator('.nas-slide.is-current[data-revealed]').waitFor();
    const [audience] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: aula.buttons.audience }).click()]);
    await audience.waitForLoadState();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => audience.locator('#counter').textContent()).toBe(await page.locator('#counter').textContent());
    expect(await cspViolations(page)).toEqual([]);
    expect(await cspViolations(audience)).toEqual([]);
    await context.close();
  });
});
