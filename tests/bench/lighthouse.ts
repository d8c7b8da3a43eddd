/*
 * npm run bench:lighthouse: Lighthouse (performance, accessibility, best practices, SEO) on the
 * home page, a lesson, a module quiz and /aula/, against the built site served on loopback, in
 * Debian's Chromium (CHROME_PATH overrides). The target is 100 in every category.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ensureFreshBuild } from '../../scripts/ensure-build.ts';
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium.ts';
import { serveDist } from '../e2e/support/server.ts';

const pages = ['/', '/materi/ikrar-netralitas/', '/kuis/dasar-hukum/', '/aula/'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

ensureFreshBuild();
// Compressed like a production host (deploy/nginx.conf), so the scores reflect a real deployment.
const { url, server } = await serveDist(undefined, 0, { gzip: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? chromiumPath,
  chromeFlags: [...chromiumArgs, '--headless=new'],
});
let failed = false;
try {
  console.log(`${'page'.padEnd(28)} ${categories.map((c) => c.padStart(15)).join('')}`);
  for (const path of pages) {
    const result = await lighthouse(url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
    if (!result) throw new Error(`no Lighthouse result for ${path}`);
    const scores = categories.map((c) => Math.round((result.lhr.categories[c]?.score ?? 0) * 100));
    console.log(`${path.padEnd(28)} ${scores.map((s) => String(s).padStart(15)).join('')}`);
    for (const audit of Object.values(result.lhr.audits))
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
        console.log(`  ${audit.id}: ${audit.displayValue ?? audit.score}`);
    if (scores.some((s) => s < 100)) failed = true;
  }
} finally {
  chrome.kill();
  server.close();
}
if (failed) process.exitCode = 1;
