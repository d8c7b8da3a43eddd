import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, connect } from './support/browser';
import { measurePage } from './support/wire';
import { pageKinds } from '../bench/page-kinds';

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser?.close();
});

describe('wire budgets (gzip level 6: HTML + CSS + JS + fonts)', () => {
  for (const kind of pageKinds.filter((k) => k.budget)) {
    it(`a ${kind.name} page costs at most ${kind.budget! / 1000} KB`, async () => {
      const path = kind.paths.find((p) => existsSync(`dist${p}index.html`));
      expect(path, `no built page of kind ${kind.name}`).toBeDefined();
      const bytes = await measurePage(browser, baseURL + path);
      expect(bytes.total).toBeGreaterThan(1_000); // the page really loaded
      expect(bytes.total).toBeLessThanOrEqual(kind.budget!);
      expect(bytes.fonts).toBe(0); // no web fonts
    });
  }
});
