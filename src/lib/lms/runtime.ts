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
 * - merges the LMS's copy of the progress into this browser's storage, and records a lesson read;
 * - sends every saved change (the islands announce them with a `nas:progress` event) back to the
 *   LMS, which reports the exam's score and status and commits after each result;
 * - prefills the learner's name from the LMS on the certificate.
 * Without an LMS (the package opened directly) the launch page just opens the site, and the pages
 * find no launch page and do nothing.
 */
import { browserStore, loadProgress, saveProgress, type Progress } from '../quiz/storage';
import { ScormSession, type ScormVersion } from './scorm';
import { decodeState, encodeState, mergeStates, SUSPEND_LIMIT, type Catalog, type LmsState } from './suspend';

/** What the launch page offers the pages: `window.nasLms`. */
export interface LmsHost {
  version: ScormVersion;
  learnerName: string;
  /** Merges this browser's state with the LMS's; returns the result (already sent to the LMS). */
  sync(local: LmsState, page: string): LmsState;
  /** Saves a changed state; commits when a result changed. */
  save(state: LmsState): void;
}

const READ_KEY = 'nas:lms:read';
const HOST_KEY = 'nasLms';

function launch(version: ScormVersion) {
  const catalog = JSON.parse(document.getElementById('nas-lms-catalog')?.textContent ?? '{}') as Catalog;
  const frame = document.getElementById('nas-lms-frame') as HTMLIFrameElement;
  const session = ScormSession.start(version);
  if (!session) {
    // No LMS: the site as it is.
    location.replace('index.html');
    return;
  }
  const root = new URL('.', location.href).href;
  let state = decodeState(catalog, session.suspendData);
  let reported = '';
  let committed = '';

  const report = (s: LmsState) => {
    const exam = s.progress.exam.pass ?? s.progress.exam.last;
    const key = exam ? `${exam.seed}.${exam.date}.${exam.percent}.${exam.passed}` : '';
    if (exam && key !== reported) session.reportExam({ percent: exam.percent, passed: exam.passed });
    reported = key;
  };
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
  const limit = SUSPEND_LIMIT[version];

  const host: LmsHost = {
    version,
    learnerName: session.learnerName,
    sync(local, page) {
      state = mergeStates(local, state);
      if (page.startsWith(root)) session.location = page.slice(root.length);
      this.save(state);
      return state;
    },
    save(next) {
      state = next;
      const data = encodeState(catalog, next);
      // Never send more than the LMS keeps: a cut string would be unreadable on the next launch.
      if (data.length <= limit) session.suspendData = data;
      report(next);
      const m = milestones(next);
      if (m !== committed) session.commit();
      committed = m;
    },
  };
  (window as unknown as Record<string, unknown>)[HOST_KEY] = host;
  report(state);
  committed = milestones(state);

  // Resume where the learner was, when that is a page of this package.
  const resume = session.location;
  frame.src = resume && /^[a-z0-9/_.-]*\.html(#[\w-]*)?$/.test(resume) && !resume.includes('..') ? resume : 'index.html';
  frame.hidden = false;
  addEventListener('pagehide', () => session.finish());
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
  const { store } = browserStore();
  const read = (): string[] => {
    try {
      const list = JSON.parse(store.getItem(READ_KEY) ?? '[]');
      return Array.isArray(list) ? list.filter((x) => typeof x === 'string') : [];
    } catch {
      return [];
    }
  };
  // The site path of this page ("/materi/dasar-hukum/"), from data the integration put on it.
  const sitePath = document.querySelector('meta[name="nas-lms-path"]')?.getAttribute('content') ?? '';
  const mine = read();
  if (sitePath.startsWith('/materi/') && !mine.includes(sitePath)) mine.push(sitePath);

  const merged = host.sync({ progress: loadProgress(store).progress, read: mine }, location.href);
  saveProgress(store, merged.progress);
  try {
    store.setItem(READ_KEY, JSON.stringify(merged.read));
  } catch {
    // Full or refused storage: the LMS still has it.
  }

  addEventListener('nas:progress', (e) => {
    host.save({ progress: (e as CustomEvent<Progress>).detail, read: merged.read });
  });

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
