/*
 * The LMS side of the SCORM packages, bundled by src/integrations/lms.ts into _lms/lms.js. It runs only
 * inside a package: the normal site never loads it.
 *
 * Why two roles. The package is a whole site: every lesson is its own page, and a SCORM session may
 * be initialised and finished only once per launch. So the launch page (lms.html, `data-role=launch`)
 * holds the one session: it finds the LMS's API, initialises, reads the suspend data, shows the site
 * in a full-window frame and finishes the session when the LMS closes it. Each page of the site
 * (`data-role=page`, a classic script at the top of <head>, so it runs before any island reads
 * storage) finds that launch page among its parents and through it:
 * - gives the islands the LMS's copy of the progress as their store (storage.ts, PROVIDED_STORE),
 *   never this browser's localStorage: inside an LMS the LMS is the learner's record, and the
 *   browser's copy may belong to another activity or to another person on a shared PC;
 * - records a lesson read and where the learner is;
 * - sends every saved change (the islands announce them with a `nas:progress` event) back to the
 *   LMS, which reports each checked exam (score, status, one interaction per question) and commits
 *   after each result;
 * - prefills the learner's name from the LMS on the certificate.
 * Without an LMS (the package opened directly) the launch page just opens the site, and the pages
 * find no launch page and use this browser's storage, as the site does.
 */
import { examInteractions, interactionFields } from './interactions';
import { memoryStore, PROGRESS_KEY, PROVIDED_STORE, type ExamResult, type Progress } from '../quiz/storage';
import { ScormSession, type ScormVersion } from './scorm';
import { decodeState, encodeState, SUSPEND_LIMIT, type Catalog, type LmsState } from './suspend';

/** What the launch page offers the pages: `window.nasLms`. */
export interface LmsHost {
  version: ScormVersion;
  learnerName: string;
  /** The learner's progress as the LMS holds it, with this launch's changes. */
  progress(): Progress;
  /** A page was opened: its URL (the LMS's location) and its site path (a lesson is then read). */
  visit(url: string, sitePath: string): void;
  /** Saves changed progress; reports a newly checked exam; commits when a result changed. */
  save(progress: Progress): void;
}

const HOST_KEY = 'nasLms';

/** Which exam was checked: a new key is a new result to report. */
const examKey = (exam: ExamResult | undefined) => (exam ? `${exam.seed}.${exam.date}.${exam.correct}.${exam.total}` : '');

function launch(version: ScormVersion) {
  const catalog = JSON.parse(document.getElementById('nas-lms-catalog')?.textContent ?? '{}') as Catalog;
  const frame = document.getElementById('nas-lms-frame') as HTMLIFrameElement;
  const started = Date.now();
  const session = ScormSession.start(version);
  if (!session) {
    // No LMS: the site as it is.
    location.replace('index.html');
    return;
  }
  const root = new URL('.', location.href).href;
  let state: LmsState = decodeState(catalog, session.suspendData);
  // What the LMS already has; only exams checked from now on are reported.
  let reported = examKey(state.progress.exam.last);
  // What deserves a commit: results and lessons read, not every click on an answer.
  const milestones = (s: LmsState) =>
    JSON.stringify([
      s.read.length,
      Object.values(s.progress.modules).map((m) => m.best?.percent),
      Object.values(s.progress.checks).map((m) => m.best?.percent),
      s.progress.exam.last?.seed,
      s.progress.exam.last?.percent,
      s.progress.exam.pass?.percent,
    ]);
  let committed = milestones(state);
  const limit = SUSPEND_LIMIT[version];

  const store = (next: LmsState) => {
    state = next;
    const data = encodeState(catalog, next);
    // Never send more than the LMS keeps: a cut string would be unreadable on the next launch.
    if (data.length <= limit) session.suspendData = data;
    const last = next.progress.exam.last;
    if (last && examKey(last) !== reported) {
      reported = examKey(last);
      session.reportExam({ percent: last.percent, passed: last.passed });
      session.recordInteractions(examInteractions(catalog, last).map((item) => interactionFields(version, item)));
    }
    const m = milestones(next);
    if (m !== committed) session.commit();
    committed = m;
  };

  const host: LmsHost = {
    version,
    learnerName: session.learnerName,
    progress: () => state.progress,
    visit(url, sitePath) {
      if (url.startsWith(root)) session.location = url.slice(root.length);
      const lesson = catalog.lessons.includes(sitePath) && !state.read.includes(sitePath);
      store(lesson ? { ...state, read: [...state.read, sitePath] } : state);
    },
    save(progress) {
      // A copy made here: the object comes from the page's frame, which goes away on navigation.
      store({ ...state, progress: JSON.parse(JSON.stringify(progress)) as Progress });
    },
  };
  (window as unknown as Record<string, unknown>)[HOST_KEY] = host;

  // Resume where the learner was, when that is a page of this package.
  const resume = session.location;
  frame.src = resume && /^[a-z0-9/_.-]*\.html(#[\w-]*)?$/.test(resume) && !resume.includes('..') ? resume : 'index.html';
  frame.hidden = false;
  addEventListener('pagehide', () => session.finish(Date.now() - started));
}

function findHost(): LmsHost | undefined {
  let win: Window = window;
  for (let depth = 0; depth < 10 && win.parent !== win; depth++) {
    win = win.parent;
    try {
      const host = (win as unknown as Record<string, unknown>)[HOST_KEY] as LmsHost | undefined;
      if (host) return host;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function page() {
  const host = findHost();
  if (!host) return;
  // The site path of this page ("/materi/dasar-hukum/"), from data the integration put on it.
  const sitePath = document.querySelector('meta[name="nas-lms-path"]')?.getAttribute('content') ?? '';
  host.visit(location.href, sitePath);
  // The islands read the LMS's copy, and only it (storage.ts reads PROVIDED_STORE first).
  (window as unknown as Record<string, unknown>)[PROVIDED_STORE] = memoryStore({ [PROGRESS_KEY]: JSON.stringify(host.progress()) });
  addEventListener('nas:progress', (e) => host.save((e as CustomEvent<Progress>).detail));

  // The certificate's name field, when it appears and is still empty.
  if (host.learnerName) {
    const prefill = () => {
      const input = document.getElementById('nas-cert-name') as HTMLInputElement | null;
      if (!input) return false;
      if (!input.value) {
        input.value = host.learnerName;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      return true;
    };
    const observer = new MutationObserver(() => prefill() && observer.disconnect());
    addEventListener('DOMContentLoaded', () => {
      if (!prefill()) observer.observe(document.body, { childList: true, subtree: true });
      // The certificate form shows only after storage is read; stop looking after a while.
      setTimeout(() => observer.disconnect(), 30_000);
    });
  }
}

const script = document.currentScript as HTMLScriptElement | null;
const version = (document.querySelector('meta[name="nas-lms"]')?.getAttribute('content') ?? '1.2') as ScormVersion;
if (script?.dataset.role === 'launch') launch(version);
else page();
