/*
 * The SCORM packages in a real browser, the way an LMS runs them: each zip is unpacked and served
 * from deep paths (/pluginfile.php/<activity>/mod_scorm/content/1/, without folder-to-index mapping,
 * as an LMS may serve files), inside a test LMS page whose SCORM API is scorm-again (Scorm12API or
 * Scorm2004API). The test LMS keeps each learner's data model between launches as SCORM 2004 says
 * and Moodle does: an attempt left with cmi.exit "suspend" resumes with what it held, any other exit
 * starts a new, empty one.
 *
 * All in one browser (one context, so one localStorage), per package: learner A opens a lesson, fails
 * the exam, passes it, finds the LMS's name on the certificate; the LMS must receive the score the
 * page shows, the right status, one interaction per question and the session time, and accept every
 * value. Then the same browser opens a second activity for A and the first activity for learner B:
 * nothing of A's pass may appear or reach their records. Then A relaunches activity 1 after the pass:
 * nothing is lost and nothing downgraded. Search and a hall deck work from inside the package. No
 * request may fail or leave the package (the test LMS page and its library excepted).
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
/** The package's folder in an activity, as Moodle serves it. */
const content = (activity: number) => `/pluginfile.php/${activity}/mod_scorm/content/1/`;
const CONTENT = content(123);
const OTHER_ACTIVITY = 456;

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
  // Every value the LMS refuses (a wrong format, an unknown element) is recorded with its error code.
  const setter = '${version === '1.2' ? 'LMSSetValue' : 'SetValue'}';
  const set = api[setter].bind(api);
  api[setter] = (element, value) => {
    const ok = set(element, value);
    if (String(ok) !== 'true') window.lmsRecord(['refused', element, String(value), String(api.${version === '1.2' ? 'LMSGetLastError' : 'GetLastError'}())]);
    return ok;
  };
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
      const activity = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('activity') ?? 123);
      res.writeHead(200, { 'content-type': types['.html'] });
      return res.end(playerPage(version, `${content(activity)}lms.html`));
    }
    if (path === '/lms/scorm-again.js') {
      res.writeHead(200, { 'content-type': types['.js'] });
      return res.end(library);
    }
    const folder = /^\/pluginfile\.php\/\d+\/mod_scorm\/content\/1\//.exec(path)?.[0];
    if (folder) {
      // Files only: a folder URL is not mapped to its index.html here.
      const file = join(root, normalize(path.slice(folder.length)).replace(/^(\.\.[/\\])+/, ''));
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
  page: Page;
  frame: Frame;
  /** What the LMS received: SetValue calls, commits, finish, refused values. */
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

/** One launch of `activity` in the LMS page, in the given browser context, with the LMS's data model. */
async function launch(context: BrowserContext, origin: string, activity: number, initial: Record<string, unknown>): Promise<Launch> {
  const log: string[][] = [];
  const problems: string[] = [];
  const page = await context.newPage();
  await page.exposeFunction('lmsRecord', (entry: string[]) => void log.push(entry));
  await page.addInitScript((data) => {
    if (location.pathname === '/lms/player.html') (window as unknown as { __initial: unknown }).__initial = data;
  }, initial);
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin !== origin || !(url.pathname.startsWith(content(activity)) || url.pathname.startsWith('/lms/'))) problems.push(`left the package: ${r.url()}`);
  });
  // A prefetch or load cut short by the next navigation is aborted, not failed.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
  await page.goto(`${origin}/lms/player.html?activity=${activity}`);
  // The LMS's frame holds our launch page, which holds the site in its own frame.
  const sco = (await (await page.waitForSelector('#sco')).contentFrame())!;
  const frame = (await (await sco.waitForSelector('#nas-lms-frame:not([hidden])', { timeout: 10_000 })).contentFrame())!;
  return { page, frame, log, problems };
}

/** The LMS closes the course (removes its frame): the session must end once. */
async function close(l: Launch) {
  await l.page.evaluate(() => document.getElementById('sco')!.remove());
  await expect.poll(() => l.log.filter((e) => e[0] === 'finish').length, POLL).toBe(1);
  await l.page.close();
}

const last = (log: string[][], element: string) => log.filter((e) => e[0] === 'set' && e[1] === element).at(-1)?.[2];
const all = (log: string[][], element: string) => log.filter((e) => e[0] === 'set' && e[1] === element).map((e) => e[2]);

/**
 * What the LMS hands the next launch of the same learner and activity, from what it received: the
 * whole model after a "suspend" exit; after any other exit, SCORM 2004 (and Moodle) start a new
 * attempt with an empty one. (SCORM 1.2 keeps the attempt's data either way.)
 */
function nextModel(version: '1.2' | '2004', log: string[][], name: Record<string, unknown>): Record<string, unknown> {
  const v = (e: string) => last(log, e) ?? '';
  if (version === '1.2') {
    const suspended = v('cmi.core.exit') === 'suspend';
    const core = name.core as Record<string, unknown>;
    return {
      suspend_data: v('cmi.suspend_data'),
      core: {
        ...core,
        lesson_location: v('cmi.core.lesson_location'),
        lesson_status: v('cmi.core.lesson_status'),
        score: { raw: v('cmi.core.score.raw'), min: v('cmi.core.score.min'), max: v('cmi.core.score.max') },
        entry: suspended ? 'resume' : '',
      },
    };
  }
  if (v('cmi.exit') !== 'suspend') return { ...name };
  return {
    ...name,
    suspend_data: v('cmi.suspend_data'),
    location: v('cmi.location'),
    completion_status: v('cmi.completion_status'),
    success_status: v('cmi.success_status'),
    score: { raw: v('cmi.score.raw'), min: v('cmi.score.min'), max: v('cmi.score.max'), scaled: v('cmi.score.scaled') },
    entry: 'resume',
  };
}

/** The interactions the LMS received, by index: element suffix -> value. */
function interactions(log: string[][]): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const [kind, element, value] of log) {
    const m = kind === 'set' ? /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element) : null;
    if (m) (out[Number(m[1])] ??= {})[m[2]] = value;
  }
  return out;
}

async function hydrated(frame: Frame, name: string) {
  await frame.waitForFunction((n) => {
    const buttons = [...document.querySelectorAll('button')].filter((b) => b.textContent?.trim() === n);
    return buttons.length > 0 && buttons.every((b) => !b.disabled);
  }, name);
}

/** Answers the drawn exam with `right` questions right, checks it, returns the score line shown. */
async function takeExam(frame: Frame, right: number): Promise<{ percent: number; text: string; ids: string[] }> {
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
  // The questions as the LMS names them: "bank.question".
  return { percent, text, ids: sections.map((id) => id.replace('nas-ujian-', '').replace('--', '.')) };
}

/** The exam parts of suspend data (…|last|best passed): empty means no exam result is held. */
const examParts = (suspend: string | undefined) => (suspend ?? '').split('|').slice(5).join('|');

for (const version of ['1.2', '2004'] as const) {
  describe(`SCORM ${version} package`, () => {
    let root: string;
    let server: Server;
    let origin: string;
    let context: BrowserContext;
    beforeAll(async () => {
      root = unpack(version === '1.2' ? LMS_FILES.scorm12 : LMS_FILES.scorm2004);
      ({ server, origin } = await serve(version, root));
      // One browser for every launch: what one activity or learner leaves in it is there for the next.
      context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
    });
    afterAll(async () => {
      await context?.close();
      if (server) await new Promise((done) => server.close(done));
      rmSync(root, { recursive: true, force: true });
    });

    const learner = (last: string, first: string) =>
      version === '1.2' ? { core: { student_name: `${last}, ${first}` } } : { learner_name: `${first} ${last}` };
    const rina = learner('Siregar', 'Rina');
    const status = version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status';
    const score = version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw';

    it('reports to the LMS, keeps activities and learners apart in one browser, and resumes after a pass', async () => {
      // 1. Learner A, activity 1: a lesson, a failed exam, a passed one, the certificate.
      const first = await launch(context, origin, 123, rina);
      const { frame, log } = first;
      await frame.waitForURL(/content\/1\/index\.html$/, { timeout: 10_000 });
      // A lesson from the menu: relative links that name their index.html.
      await frame.locator('a[href$="materi/dasar-hukum/index.html"]').first().click();
      await frame.waitForURL(/materi\/dasar-hukum\/index\.html$/);
      await frame.locator('a[href$="ujian/index.html"]').first().click();
      await frame.waitForURL(/ujian\/index\.html$/);

      const failed = await takeExam(frame, 10);
      expect(failed.text).toContain('10 dari 20 benar (50%)');
      await expect.poll(() => last(log, status), POLL).toBe('failed');
      expect(last(log, score)).toBe(String(failed.percent));
      if (version === '1.2') expect([last(log, 'cmi.core.score.min'), last(log, 'cmi.core.score.max')]).toEqual(['0', '100']);
      else expect([last(log, 'cmi.score.scaled'), last(log, 'cmi.completion_status')]).toEqual(['0.5', 'incomplete']);
      const commitsAfterFail = log.filter((e) => e[0] === 'commit').length;
      expect(commitsAfterFail).toBeGreaterThan(0);
      // One interaction per question, in the order shown, with the result the page gave.
      const afterFail = interactions(log);
      expect(afterFail.map((i) => i.id)).toEqual(failed.ids);
      expect(afterFail.map((i) => i.result)).toEqual(failed.ids.map((_, i) => (i < 10 ? 'correct' : version === '1.2' ? 'wrong' : 'incorrect')));
      const response = version === '1.2' ? 'student_response' : 'learner_response';
      for (const i of afterFail) {
        expect(i.type).toBe('choice');
        expect(i[response]).toMatch(version === '1.2' ? /^[a-z0-9](,[a-z0-9])*$/ : /^[a-z]+(\[,\][a-z]+)*$/);
        expect(i['correct_responses.0.pattern']).toBeTruthy();
      }
      expect(afterFail.slice(0, 10).every((i) => i[response] === i['correct_responses.0.pattern'])).toBe(true);

      await frame.getByRole('button', { name: 'Undian baru' }).click();
      const passed = await takeExam(frame, 20);
      expect(passed.text).toContain('20 dari 20 benar (100%)');
      await expect.poll(() => last(log, status), POLL).toBe('passed');
      expect(last(log, score)).toBe('100');
      if (version === '2004') expect([last(log, 'cmi.completion_status'), last(log, 'cmi.score.scaled')]).toEqual(['completed', '1']);
      expect(log.filter((e) => e[0] === 'commit').length).toBeGreaterThan(commitsAfterFail);
      expect(interactions(log).slice(20).map((i) => i.result)).toEqual(passed.ids.map(() => 'correct'));

      await frame.getByRole('link', { name: 'Buat sertifikat' }).click();
      await frame.waitForURL(/sertifikat\/index\.html$/);
      await expect.poll(() => frame.locator('#nas-cert-name').inputValue(), POLL).toBe('Rina Siregar');
      const suspend = last(log, 'cmi.suspend_data') ?? '';
      expect(examParts(suspend)).not.toBe('|');
      expect(suspend.length).toBeLessThanOrEqual(version === '1.2' ? 4096 : 64000);
      await close(first);
      // Suspended even after the pass, so that the next launch resumes; with the time spent.
      expect(last(log, version === '1.2' ? 'cmi.core.exit' : 'cmi.exit')).toBe('suspend');
      const time = last(log, version === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time') ?? '';
      expect(time).toMatch(version === '1.2' ? /^\d{2,4}:\d{2}:\d{2}\.\d{2}$/ : /^PT\d+H\d+M\d+(\.\d{1,2})?S$/);
      const seconds = version === '1.2' ? time.split(':').reduce((t, x) => t * 60 + Number(x), 0) : Number(/(\d+)H/.exec(time)![1]) * 3600 + Number(/(\d+)M/.exec(time)![1]) * 60 + Number(/([\d.]+)S/.exec(time)![1]);
      expect(seconds).toBeGreaterThan(1);
      expect(log.filter((e) => e[0] === 'refused')).toEqual([]);
      expect(first.problems).toEqual([]);

      // 2. The same browser: A in a second activity, then learner B in the first. Nothing of A's pass.
      for (const [activity, who] of [
        [OTHER_ACTIVITY, rina],
        [123, learner('Santoso', 'Budi')],
      ] as const) {
        const other = await launch(context, origin, activity, who);
        await other.frame.waitForURL(/content\/1\/index\.html$/, { timeout: 10_000 });
        await other.frame.locator('a[href$="ujian/index.html"]').first().click();
        await other.frame.waitForURL(/ujian\/index\.html$/);
        // The exam island is ready: either an exam to answer or (a leak) a result shown.
        await other.frame.waitForFunction(
          () => document.querySelector('.nas-exam-result') || [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Selesai dan periksa' && !b.disabled),
        );
        expect(await other.frame.locator('.nas-exam-result').count()).toBe(0);
        await close(other);
        expect(all(other.log, status).filter((s) => s === 'passed' || s === 'failed')).toEqual([]);
        expect(all(other.log, score)).toEqual([]);
        expect(all(other.log, 'cmi.suspend_data').map(examParts)).not.toContain(examParts(suspend));
        expect(all(other.log, 'cmi.suspend_data').every((d) => examParts(d) === '|')).toBe(true);
        expect(interactions(other.log)).toEqual([]);
        expect(other.problems).toEqual([]);
      }

      // 3. A relaunches activity 1 after the pass: the LMS hands back what it kept.
      const kept = nextModel(version, log, rina);
      const again = await launch(context, origin, 123, kept);
      try {
        const { frame: f2, log: log2 } = again;
        // Back where the learner stopped, with the pass restored: the certificate form is there.
        await f2.waitForURL(/sertifikat\/index\.html$/);
        await expect.poll(() => f2.locator('#nas-cert-name').inputValue(), POLL).toBe('Rina Siregar');
        // Nothing lost: the suspend data sent back is the one kept (lesson read, exams), and no status went down.
        await expect.poll(() => last(log2, 'cmi.suspend_data'), POLL).toBe(suspend);
        expect(all(log2, status).filter((s) => s !== 'passed')).toEqual([]);
        if (version === '2004') expect(all(log2, 'cmi.completion_status')).not.toContain('incomplete');
        await f2.locator('a[href$="ujian/index.html"]').first().click();
        await f2.waitForURL(/ujian\/index\.html$/);
        await expect.poll(() => f2.locator('.nas-exam-result').textContent(), POLL).toContain('20 dari 20 benar (100%)');

        // Search and the decks are the same files in both packages: checked once, in the 1.2 run.
        if (version === '1.2') {
          // Search reads the index inside the package, and its results stay inside it.
          await f2.locator('[data-nas-search]').first().click();
          // "Nothing found" offers the Q&A page by its file, inside the package.
          await f2.locator('dialog.nas-s input').fill('resep rendang');
          await expect.poll(() => f2.locator('dialog.nas-s').getAttribute('data-state'), POLL).toBe('none');
          const faq = await f2.locator('dialog.nas-s .nas-s__none a').first().getAttribute('href');
          expect(faq).toBe(`${origin}${CONTENT}rujukan/tanya-jawab/index.html`);
          // A question with an answer (one very common word alone, such as "kampanye", is not one).
          await f2.locator('dialog.nas-s input').fill('mobil dinas');
          await expect.poll(() => f2.locator('dialog.nas-s .nas-s__option').count(), POLL).toBeGreaterThan(0);
          const found = await f2.locator('dialog.nas-s .nas-s__option').first().getAttribute('data-url');
          const target = new URL(found!, f2.url()).href;
          expect(target).toMatch(new RegExp(`^${origin}${CONTENT}.+/index\\.html(#.*)?$`));
          await f2.locator('dialog.nas-s .nas-s__option').first().click();
          await f2.waitForURL(target);
          // A hall deck runs from the package too.
          await f2.goto(`${origin}${CONTENT}aula/dasar-hukum/index.html`);
          await f2.waitForLoadState('load');
          await expect.poll(() => f2.locator('main, body').first().textContent(), POLL).toContain('Dasar hukum');
        }
        expect(log2.filter((e) => e[0] === 'refused')).toEqual([]);
        expect(again.problems).toEqual([]);
      } finally {
        await again.page.close();
      }
    });
  });
}
