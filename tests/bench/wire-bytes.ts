/*
 * npm run bench: builds the site if needed, reads every lesson and one page of each other kind to
 * the end in Chromium (every island hydrated) and prints the bytes each costs over the wire (gzip
 * level 6) as HTML, CSS, JS and fonts. The budgets asserted in tests/e2e/budgets.test.ts are
 * printed beside them.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ensureFreshBuild } from '../../scripts/ensure-build.ts';
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium.ts';
import { serveDist } from '../e2e/support/server.ts';
import { measurePage } from '../e2e/support/wire.ts';
import { LESSON_BUDGET, lessonPaths, pageKinds } from './page-kinds.ts';

ensureFreshBuild();
const { url, server } = await serveDist();
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
const kb = (n: number) => (n / 1000).toFixed(1).padStart(6);
const rows = [
  ...lessonPaths().map((path) => ({ name: 'materi', path, budget: LESSON_BUDGET as number | undefined })),
  ...pageKinds.map((kind) => ({ name: kind.name, path: kind.paths.find((p) => existsSync(`dist${p}index.html`)), budget: kind.budget })),
];
console.log('page kind    path                                   HTML    CSS     JS  fonts  total  budget (KB, gzip)');
try {
  for (const { name, path, budget } of rows) {
    if (!path) {
      console.log(`${name.padEnd(12)} (no page of this kind yet)`);
      continue;
    }
    const b = await measurePage(browser, url + path);
    const over = budget && b.total > budget ? '  OVER BUDGET' : '';
    console.log(
      `${name.padEnd(12)} ${path.padEnd(38)} ${kb(b.html)} ${kb(b.css)} ${kb(b.js)} ${kb(b.fonts)} ${kb(b.total)}  ${budget ? budget / 1000 : '-'}${over}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
