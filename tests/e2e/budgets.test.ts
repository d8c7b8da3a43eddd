import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, connect } from './support/browser';
import { islandScripts, measurePage, type WireBytes } from './support/wire';
import { LESSON_BUDGET, lessonPaths, pageKinds } from '../bench/page-kinds';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Each page measured once: the page budget and the island JS budget of a kind read the same
 * measurement (bytes are deterministic for a build), so the page is not loaded and scrolled twice.
 */
const measurements = new Map<string, Promise<WireBytes>>();
function measure(path: string): Promise<WireBytes> {
  if (!measurements.has(path)) measurements.set(path, measurePage(browser, baseURL + path));
  return measurements.get(path)!;
}

// Concurrent: a measurement is mostly waiting (scrolling a frame at a time, islands hydrating), and
// the bytes counted do not depend on what else runs.
describe.concurrent('wire budgets (gzip level 6: HTML + CSS + JS + fonts, read to the end, islands hydrated)', () => {
  // Every lesson, found in the build (the e2e setup builds before collection).
  const lessons = lessonPaths();
  it('finds the lessons to measure', ({ expect }) => {
    expect(lessons.length).toBeGreaterThanOrEqual(7);
  });
  for (const path of lessons) {
    it(`the lesson ${path} costs at most ${LESSON_BUDGET / 1000} KB with its short check hydrated`, async ({ expect }) => {
      const bytes = await measure(path);
      console.log(`${path}: ${bytes.total} B (budget ${LESSON_BUDGET})`);
      expect(bytes.total).toBeGreaterThan(1_000); // the page really loaded
      expect(bytes.islands, 'the short check is on the page and hydrated').toBeGreaterThan(0);
      expect(bytes.total).toBeLessThanOrEqual(LESSON_BUDGET);
      expect(bytes.fonts).toBe(0); // no web fonts
    });
  }

  for (const kind of pageKinds.filter((k) => k.budget)) {
    it(`a ${kind.name} page costs at most ${kind.budget! / 1000} KB`, async ({ expect }) => {
      const path = kind.paths.find((p) => existsSync(`dist${p}index.html`));
      expect(path, `no built page of kind ${kind.name}`).toBeDefined();
      const bytes = await measure(path!);
      expect(bytes.total).toBeGreaterThan(1_000); // the page really loaded
      expect(bytes.total).toBeLessThanOrEqual(kind.budget!);
      expect(bytes.fonts).toBe(0); // no web fonts
    });
  }

  for (const kind of pageKinds.filter((k) => k.islandJs)) {
    it(`the islands of a ${kind.name} page load at most ${kind.islandJs! / 1000} KB of JS`, async ({ expect }) => {
      const path = kind.paths.find((p) => existsSync(`dist${p}index.html`))!;
      const owned = islandScripts(readFileSync(`dist${path}index.html`, 'utf8'), (p) => readFileSync(`dist${p}`, 'utf8'));
      const bytes = await measure(path);
      const loaded = Object.entries(bytes.scripts).filter(([url]) => owned.has(url));
      // The island hydrated: its component module and Preact were fetched.
      expect(loaded.some(([url]) => /preact/.test(url))).toBe(true);
      expect(loaded.length).toBeGreaterThan(2);
      const total = loaded.reduce((n, [, size]) => n + size, 0);
      console.log(`${kind.name}: island JS ${total} B`);
      expect(total, loaded.map(([u, s]) => `${u} ${s}`).join('\n')).toBeLessThanOrEqual(kind.islandJs!);
    });
  }
});
