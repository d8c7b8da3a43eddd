/*
 * npm run bench: builds the site if needed, loads one page of each kind in Chromium and prints the
 * bytes each costs over the wire (gzip level 6) as HTML, CSS, JS and fonts. The budgets asserted in
 * the e2e tests are printed beside them.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ensureFreshBuild } from '../../scripts/ensure-build.ts';
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium.ts';
import { serveDist } from '../e2e/support/server.ts';
import { measurePage } from '../e2e/support/wire.ts';
import { pageKinds } from './page-kinds.ts';

ensureFreshBuild();
const { url, server } = await serveDist();
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
const kb = (n: number) => (n / 1000).toFixed(1).padStart(6);
console.log('page kind        path                                   HTML    CSS     JS  fonts  total  budget (KB, gzip)');
try {
  for (const kind of pageKinds) {
    const path = kind.paths.find((p) => existsSync(`dist${p}index.html`));
    if (!path) {
      console.log(`${kind.name.padEnd(16)} (no page of this kind yet)`);
      continue;
    }
    const b = await measurePage(browser, url + path);
    console.log(
      `${kind.name.padEnd(16)} ${path.padEnd(38)} ${kb(b.html)} ${kb(b.css)} ${kb(b.js)} ${kb(b.fonts)} ${kb(b.total)}  ${kind.budget ? kind.budget / 1000 : '-'}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
