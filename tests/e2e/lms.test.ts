/*
 * The SCORM packages in a real browser, the way an LMS runs them: each zip is unpacked and served
 * from a deep path (/pluginfile.php/123/mod_scorm/content/1/, without folder-to-index mapping, as an
 * LMS may serve files), inside a test LMS page whose SCORM API is scorm-again (Scorm12API or
 * Scorm2004API). A learner opens a lesson from the menu, fails the exam, passes it, finds the name
 * from the LMS on the certificate; the LMS must receive the score the page shows and the right
 * status; a relaunch in a fresh browser (another PC) continues from the suspend data alone; search
 * and a hall deck work from inside the package. No request
 * may fail or leave the package (the test LMS page and its library excepted).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LMS_DIR, LMS_FILES } from '../../src/lib/lms/files';
import { connect } from './support/browser';

const POLL = { timeout: 10_000 };
const CONTENT = '/pluginfile.php/123/mod_scorm/content/1/';

/** Right option keys per bank and question, read from the YAML as tests/e2e/quiz.test.ts does. */
function answerKeys() {
  const out: Record<string, Record<string, { keys: string[]; all: string[] }>> = {};
  for (const file of readdirSync('src/quizzes').filter((f) => f.endsWith('.yaml'))) {
    const bank = parse(readFileSync(`src/quizzes/${file}`, 'utf8')) as {
      questions: { id: string; type: string; answer?: unknown; options?: { correct?: boolean }[] }[];
    };
    out[file.replace(/\.yaml$/, '')] = Object.fromEntries(
      bank.questions.map((q) => {
        if (q.type === 'truefalse') return [q.id, { keys: [q.answer ? 'benar' : 'salah'], all: ['benar', 'salah'] }];
        if (q.type === 'verdict') return [q.id, { keys: [String(q.answer)], all: ['boleh', 'dilarang'] }];
        const all = q.options!.map((_, i) => String.fromCharCode(97 + i));
        return [q.id, { keys: all.filter((_, i) => q.options![i].correct), all }];
      }),
    );
  }
  return out;
}
const keys = answerKeys();

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

/** The test LMS: a player page with scorm-again's API and a frame that launches the package. */
function playerPage(version: '1.2' | '2004', launch: string) {
  const cls = version === '1.2' ? 'Scorm12API' : 'Scorm2004API';
  const global = version === '1.2' ? 'API' : 'API_1484_11';
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>LMS uji</title>
<script src="/lms/scorm-again.js"></script></head><body>
<script>
  const Api = typeof ${cls} === 'function' ? ${cls} : ${cls}.${cls} || ${cls}.default;
  const api = new Api({ logLevel: 5, autocommit: false });
  if (window.__initial) api.loadFromJSON(window.__initial);
  for (const event of ['${version === '1.2' ? 'LMSSetValue' : 'SetValue'}.cmi.*', '${version === '1.2' ? 'LMSSetValue' : 'SetValue'}.adl.*'])
    api.on(event, (element, value) => window.lmsRecord(['set', element, String(value)]));
  api.on('${version === '1.2' ? 'LMSCommit' : 'Commit'}', () => window.lmsRecord(['commit']));
  api.on('${version === '1.2' ? 'LMSFinish' : 'Terminate'}', () => window.lmsRecord(['finish']));
  window.${global} = api;
  const frame = document.createElement('iframe');
  frame.id = 'sco';
  frame.title = 'Kursus';
  frame.style.cssText = 'width:1280px;height:860px;border:0';
  frame.src = '${launch}';
  document.body.append(frame);
</script></body></html>`;
}

async function serve(version: '1.2' | '2004', root: string): Promise<{ server: Server; origin: string }> {
  // The browser build (a global Scorm12API / Scorm2004API); the package's exports list only modules.
  const library = readFileSync(join('node_modules', 'scorm-again', 'dist', `${version === '1.2' ? 'scorm12' : 'scorm2004'}.min.js`));
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/lms/player.html') {
      res.writeHead(200, { 'content-type': types['.html'] });
      return res.end(playerPage(version, `${CONTENT}lms.html`));
    }
    if (path === '/lms/scorm-again.js') {
      res.writeHead(200, { 'content-type': types['.js'] });
      return res.end(library);
    }
    if (path.startsWith(CONTENT)) {
      // Files only: a folder URL is not mapped to its index.html here.
      const file = join(root, normalize(path.slice(CONTENT.length)).replace(/^(\.\.[/\\])+/, ''));
      try {
        const body = readFileSync(file);
        res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
        return res.end(body);
      } catch {
        // fall through to 404
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

function unpack(zip: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'nas-scorm-'));
  for (const [name, data] of Object.entries(unzipSync(readFileSync(join('dist', LMS_DIR, zip))))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return dir;
}

interface Launch {
  context: BrowserContext;
  page: Page;
  frame: Frame;
  /** What the LMS received: SetValue calls, commits, finish. */
  log: string[][];
  problems: string[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser?.close();
});

async function launch(origin: string, initial: Record<string, unknown>): Promise<Launch> {
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
  const log: string[][] = [];
  const problems: string[] = [];
  await context.exposeFunction('lmsRecord', (entry: string[]) => void log.push(entry));
  await context.addInitScript((data) => {
    if (location.pathname === '/lms/player.html') (window as unknown as { __initial: unknown }).__initial = data;
  }, initial);
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin !== origin || !(url.pathname.startsWith(CONTENT) || url.pathname.startsWith('/lms/'))) problems.push(`left the package: ${r.url()}`);
  });
  // A prefetch or load cut short by the next navigation is aborted, not failed.
  context.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  context.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
  const page = await context.newPage();
  await page.goto(`${origin}/lms/player.html`);
  // The LMS's frame holds our launch page, which holds the site in its own frame.
  const sco = (await (await page.waitForSelector('#sco')).contentFrame())!;
  const frame = (await (await sco.waitForSelector('#nas-lms-frame:not([hidden])', { timeout: 10_000 })).contentFrame())!;
  return { context, page, frame, log, problems };
}

const last = (log: string[][], element: string) => log.filter((e) => e[0] === 'set' && e[1] === element).at(-1)?.[2];

async function hydrated(frame: Frame, name: string) {
  await frame.waitForFunction((n) => {
    const buttons = [...document.querySelectorAll('button')].filter((b) => b.textContent?.trim() === n);
    return buttons.length > 0 && buttons.every((b) => !b.disabled);
  }, name);
}

/** Answers the drawn exam with `right` questions right, checks it, returns the score line shown. */
async function takeExam(frame: Frame, right: number): Promise<{ percent: number; text: string }> {
  await hydrated(frame, 'Selesai dan periksa');
  await frame.getByRole('textbox', { name: 'Ulangi undian dengan kode' }).fill('654321');
  await frame.getByRole('button', { name: 'Pakai kode ini' }).click();
  await expect.poll(() => frame.locator('.nas-seed').first().textContent(), POLL).toBe('654321');
  const sections = await frame.locator('section.nas-q').evaluateAll((els) => els.map((e) => e.id));
  expect(sections).toHaveLength(20);
  const picks = sections.flatMap((id, i) => {
    const [bank, qid] = id.replace('nas-ujian-', '').split('--');
    const key = keys[bank][qid];
    return (i < right ? key.keys : [key.all.find((k) => !key.keys.includes(k))!]).map((k) => `#${id} input[value="${k}"]`);
  });
  // Clicked from inside the page, one per animation frame so the island renders between clicks
  // (quicker than a round trip per click; tests/e2e/quiz.test.ts drives the controls one by one).
  await frame.evaluate(async (selectors) => {
    for (const s of selectors) {
      (document.querySelector(s) as HTMLInputElement).click();
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    }
  }, picks);
  await expect.poll(() => frame.locator('section.nas-q input:checked').count(), POLL).toBe(picks.length);
  await frame.getByRole('button', { name: 'Selesai dan periksa' }).click();
  await frame.getByRole('heading', { name: 'Hasil ujian' }).waitFor();
  const text = (await frame.locator('.nas-exam-result').textContent())!;
  const percent = Number(/\((\d+)%\)/.exec(text)?.[1]);
  return { percent, text };
}

for (const version of ['1.2', '2004'] as const) {
  describe(`SCORM ${version} package`, () => {
    let root: string;
    let server: Server;
    let origin: string;
    beforeAll(async () => {
      root = unpack(version === '1.2' ? LMS_FILES.scorm12 : LMS_FILES.scorm2004);
      ({ server, origin } = await serve(version, root));
    });
    afterAll(async () => {
      if (server) await new Promise((done) => server.close(done));
      rmSync(root, { recursive: true, force: true });
    });

    it('reports the exam to the LMS, prefills the name and continues on another PC from the suspend data', async () => {
      const name = version === '1.2' ? { core: { student_name: 'Siregar, Rina' } } : { learner_name: 'Rina Siregar' };
      const first = await launch(origin, name);
      let suspend = '';
      try {
        const { frame, log } = first;
        await frame.waitForURL(/content\/1\/index\.html$/, { timeout: 10_000 });
        // A lesson from the menu: relative links that name their index.html.
        await frame.locator('a[href$="materi/dasar-hukum/index.html"]').first().click();
        await frame.waitForURL(/materi\/dasar-hukum\/index\.html$/);
        await frame.locator('a[href$="ujian/index.html"]').first().click();
        await frame.waitForURL(/ujian\/index\.html$/);

        const failed = await takeExam(frame, 10);
        expect(failed.text).toContain('10 dari 20 benar (50%)');
        const status12 = () => last(log, 'cmi.core.lesson_status');
        if (version === '1.2') {
          await expect.poll(status12, POLL).toBe('failed');
          expect(last(log, 'cmi.core.score.raw')).toBe(String(failed.percent));
          expect([last(log, 'cmi.core.score.min'), last(log, 'cmi.core.score.max')]).toEqual(['0', '100']);
        } else {
          await expect.poll(() => last(log, 'cmi.success_status'), POLL).toBe('failed');
          expect(last(log, 'cmi.score.raw')).toBe(String(failed.percent));
          expect(last(log, 'cmi.score.scaled')).toBe('0.5');
          expect(last(log, 'cmi.completion_status')).toBe('incomplete');
        }
        const commitsAfterFail = log.filter((e) => e[0] === 'commit').length;
        expect(commitsAfterFail).toBeGreaterThan(0);

        await frame.getByRole('button', { name: 'Undian baru' }).click();
        const passed = await takeExam(frame, 20);
        expect(passed.text).toContain('20 dari 20 benar (100%)');
        if (version === '1.2') {
          await expect.poll(status12, POLL).toBe('passed');
          expect(last(log, 'cmi.core.score.raw')).toBe('100');
        } else {
          await expect.poll(() => last(log, 'cmi.success_status'), POLL).toBe('passed');
          expect(last(log, 'cmi.completion_status')).toBe('completed');
          expect([last(log, 'cmi.score.raw'), last(log, 'cmi.score.scaled')]).toEqual(['100', '1']);
        }
        expect(log.filter((e) => e[0] === 'commit').length).toBeGreaterThan(commitsAfterFail);

        await frame.getByRole('link', { name: 'Buat sertifikat' }).click();
        await frame.waitForURL(/sertifikat\/index\.html$/);
        await expect.poll(() => frame.locator('#nas-cert-name').inputValue(), POLL).toBe('Rina Siregar');

        suspend = last(log, 'cmi.suspend_data') ?? '';
        expect(suspend.length).toBeGreaterThan(0);
        expect(suspend.length).toBeLessThanOrEqual(version === '1.2' ? 4096 : 64000);
        // The LMS closes the course: the session ends once, completed, so not suspended.
        await first.page.evaluate(() => document.getElementById('sco')!.remove());
        await expect.poll(() => log.filter((e) => e[0] === 'finish').length, POLL).toBe(1);
        expect(last(log, version === '1.2' ? 'cmi.core.exit' : 'cmi.exit')).toBe(version === '1.2' ? '' : 'normal');
        expect(first.problems).toEqual([]);
      } finally {
        await first.context.close();
      }

      // Another PC: nothing in the browser, only what the LMS kept.
      const location = last(first.log, version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location');
      expect(location).toBe('sertifikat/index.html');
      const kept = version === '1.2'
        ? { suspend_data: suspend, core: { student_name: 'Siregar, Rina', lesson_location: location, lesson_status: 'passed', entry: 'resume' } }
        : { suspend_data: suspend, learner_name: 'Rina Siregar', location, completion_status: 'completed', success_status: 'passed', entry: 'resume' };
      const second = await launch(origin, kept);
      try {
        const { frame } = second;
        // Back where the learner stopped, with the pass restored: the certificate form is there.
        await frame.waitForURL(/sertifikat\/index\.html$/);
        await expect.poll(() => frame.locator('#nas-cert-name').inputValue(), POLL).toBe('Rina Siregar');
        const read = await frame.evaluate(() => localStorage.getItem('nas:lms:read'));
        expect(JSON.parse(read ?? '[]')).toContain('/materi/dasar-hukum/');
        await frame.locator('a[href$="ujian/index.html"]').first().click();
        await frame.waitForURL(/ujian\/index\.html$/);
        await expect.poll(() => frame.locator('.nas-exam-result').textContent(), POLL).toContain('20 dari 20 benar (100%)');

        // Search and the decks are the same files in both packages: checked once, in the 1.2 run.
        if (version === '1.2') {
          // Search reads the index inside the package, and its results stay inside it.
          await frame.locator('[data-nas-search]').first().click();
          // "Nothing found" offers the Q&A page by its file, inside the package.
          await frame.locator('dialog.nas-s input').fill('resep rendang');
          await expect.poll(() => frame.locator('dialog.nas-s').getAttribute('data-state'), POLL).toBe('none');
          const faq = await frame.locator('dialog.nas-s .nas-s__none a').first().getAttribute('href');
          expect(faq).toBe(`${origin}${CONTENT}rujukan/tanya-jawab/index.html`);
          // A question with an answer (one very common word alone, such as "kampanye", is not one).
          await frame.locator('dialog.nas-s input').fill('mobil dinas');
          await expect.poll(() => frame.locator('dialog.nas-s .nas-s__option').count(), POLL).toBeGreaterThan(0);
          const found = await frame.locator('dialog.nas-s .nas-s__option').first().getAttribute('data-url');
          const target = new URL(found!, frame.url()).href;
          expect(target).toMatch(new RegExp(`^${origin}${CONTENT}.+/index\\.html(#.*)?$`));
          await frame.locator('dialog.nas-s .nas-s__option').first().click();
          await frame.waitForURL(target);
          // A hall deck runs from the package too.
          await frame.goto(`${origin}${CONTENT}aula/dasar-hukum/index.html`);
          await frame.waitForLoadState('load');
          await expect.poll(() => frame.locator('main, body').first().textContent(), POLL).toContain('Dasar hukum');
        }
        expect(second.problems).toEqual([]);
      } finally {
        await second.context.close();
      }
    });
  });
}
