/*
 * A small typed wrapper around the SCORM run-time API, ours rather than pipwerks: the course needs
 * only a dozen calls, both SCORM 1.2 and 2004 behind one interface, types, and no globals; pipwerks
 * is untyped, keeps global state and would still need the mapping between the two data models.
 *
 * Discovery is the one the standards describe: look for the API object (1.2: `API`, 2004:
 * `API_1484_11`) in this window and its parents, a bounded number of levels up, then in the
 * opener's chain. Every call is guarded: an LMS that throws or refuses never breaks the page.
 */

export type ScormVersion = '1.2' | '2004';

interface Api12 {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
}
interface Api2004 {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
}

/** How far up the frame chain to look (the ADL sample code stops at 500; real LMS nest a few). */
const MAX_DEPTH = 500;
const API_NAME = { '1.2': 'API', '2004': 'API_1484_11' } as const;

function scan(start: Window, name: string): unknown {
  let win: Window = start;
  for (let depth = 0; depth <= MAX_DEPTH; depth++) {
    try {
      const api = (win as unknown as Record<string, unknown>)[name];
      if (api) return api;
    } catch {
      return undefined; // a frame of another origin: the API cannot be there for us
    }
    if (!win.parent || win.parent === win) return undefined;
    win = win.parent;
  }
  return undefined;
}

/** The LMS's API object for `version`, or undefined when the course does not run in an LMS. */
export function findApi(version: ScormVersion, from: Window = window): unknown {
  const name = API_NAME[version];
  const found = scan(from, name);
  if (found) return found;
  try {
    return from.opener ? scan(from.opener as Window, name) : undefined;
  } catch {
    return undefined;
  }
}

/** The data model elements we use, named once per version. */
const MODEL = {
  '1.2': {
    suspend: 'cmi.suspend_data',
    name: 'cmi.core.student_name',
    location: 'cmi.core.lesson_location',
    exit: 'cmi.core.exit',
  },
  '2004': {
    suspend: 'cmi.suspend_data',
    name: 'cmi.learner_name',
    location: 'cmi.location',
    exit: 'cmi.exit',
  },
} as const;

export interface ExamReport {
  /** Whole percent, as the page shows it. */
  percent: number;
  passed: boolean;
}

/**
 * What the LMS already holds when a launch starts. The package never lowers it: a status reached
 * (passed, completed) stays, and a lower score never replaces a higher one. The LMS's record is the
 * learner's best exam, as the certificate is (see the LMS page, rujukan/lms.mdx).
 */
interface Held {
  passed: boolean;
  completed: boolean;
  /** The score.raw the LMS holds, when it holds one. */
  score?: number;
}

/**
 * SCORM 1.2 CMITimespan, HHHH:MM:SS.SS (hours in 2 to 4 digits): "00:05:07.25". Longer than the
 * format allows is written as its maximum.
 */
export function timespan12(ms: number): string {
  const cs = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360000 + 359999);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(cs % 100)}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration), seconds to hundredths: "PT1H5M7.25S". */
export function duration2004(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  return `PT${h}H${m}M${s}S`;
}

/** One SCORM session: initialised once, finished once. */
export class ScormSession {
  private finished = false;
  private held: Held = { passed: false, completed: false };
  /** The next free cmi.interactions index. */
  private interactions = 0;

  private constructor(
    readonly version: ScormVersion,
    private readonly api: Api12 | Api2004,
  ) {}

  /** Finds the API and initialises; undefined without an LMS or when it refuses. */
  static start(version: ScormVersion, from: Window = window): ScormSession | undefined {
    const api = findApi(version, from) as Api12 | Api2004 | undefined;
    if (!api) return undefined;
    const session = new ScormSession(version, api);
    const ok = session.call(() => (version === '1.2' ? (api as Api12).LMSInitialize('') : (api as Api2004).Initialize('')));
    if (String(ok) !== 'true') return undefined;
    session.markStarted();
    return session;
  }

  private call(fn: () => string): string {
    try {
      return String(fn());
    } catch {
      return 'false';
    }
  }
  get(element: string): string {
    return this.version === '1.2'
      ? this.call(() => (this.api as Api12).LMSGetValue(element))
      : this.call(() => (this.api as Api2004).GetValue(element));
  }
  set(element: string, value: string | number): boolean {
    const v = String(value);
    return (
      (this.version === '1.2'
        ? this.call(() => (this.api as Api12).LMSSetValue(element, v))
        : this.call(() => (this.api as Api2004).SetValue(element, v))) === 'true'
    );
  }
  commit(): boolean {
    if (this.finished) return false;
    return (this.version === '1.2' ? this.call(() => (this.api as Api12).LMSCommit('')) : this.call(() => (this.api as Api2004).Commit(''))) === 'true';
  }

  /** Reads what the LMS holds; a first launch counts as started: incomplete until the exam is passed. */
  private markStarted() {
    const raw = this.get(this.version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw');
    const score = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : undefined;
    if (this.version === '1.2') {
      const status = this.get('cmi.core.lesson_status');
      this.held = { passed: status === 'passed', completed: status === 'passed' || status === 'completed', score };
      if (status === 'not attempted' || status === '') this.set('cmi.core.lesson_status', 'incomplete');
    } else {
      this.held = {
        passed: this.get('cmi.success_status') === 'passed',
        completed: this.get('cmi.completion_status') === 'completed',
        score,
      };
      if (!this.held.completed) this.set('cmi.completion_status', 'incomplete');
    }
    const count = Number(this.get('cmi.interactions._count'));
    this.interactions = Number.isInteger(count) && count > 0 ? count : 0;
  }

  get suspendData(): string {
    return this.get(MODEL[this.version].suspend);
  }
  set suspendData(value: string) {
    this.set(MODEL[this.version].suspend, value);
  }
  get location(): string {
    return this.get(MODEL[this.version].location);
  }
  set location(value: string) {
    this.set(MODEL[this.version].location, value);
  }

  /** The learner's name as people write it: SCORM 1.2 gives "Last, First". */
  get learnerName(): string {
    const raw = this.get(MODEL[this.version].name).trim();
    if (raw === 'false') return '';
    const comma = raw.split(',').map((p) => p.trim());
    return comma.length === 2 && comma[0] && comma[1] ? `${comma[1]} ${comma[0]}` : raw;
  }

  /**
   * An exam's score and pass or fail, never below what the LMS holds: passed stays passed (1.2 and
   * 2004 report "passed", which is what the LMS page asks administrators to require), and the score
   * is the highest reached. 2004 also reports completion: completed once passed.
   */
  reportExam({ percent, passed }: ExamReport) {
    const raw = Math.max(0, Math.min(100, Math.round(percent)));
    const held = this.held;
    const higher = held.score === undefined || raw > held.score;
    const next: Held = { passed: held.passed || passed, completed: held.completed || passed, score: higher ? raw : held.score };
    if (this.version === '1.2') {
      if (higher) {
        this.set('cmi.core.score.min', 0);
        this.set('cmi.core.score.max', 100);
        this.set('cmi.core.score.raw', raw);
      }
      // 1.2 has one status: passed over anything but passed; failed only over incomplete or failed.
      if (!held.passed && (passed || !held.completed)) this.set('cmi.core.lesson_status', passed ? 'passed' : 'failed');
    } else {
      if (higher) {
        this.set('cmi.score.min', 0);
        this.set('cmi.score.max', 100);
        this.set('cmi.score.raw', raw);
        this.set('cmi.score.scaled', raw / 100);
      }
      if (!held.passed) this.set('cmi.success_status', next.passed ? 'passed' : 'failed');
      if (!held.completed) this.set('cmi.completion_status', next.completed ? 'completed' : 'incomplete');
    }
    this.held = next;
  }

  /** Appends interactions (each a list of element suffix and value, see interactions.ts) as the next ones. */
  recordInteractions(items: readonly (readonly [string, string])[][]) {
    for (const fields of items) {
      const n = this.interactions++;
      for (const [element, value] of fields) this.set(`cmi.interactions.${n}.${element}`, value);
    }
  }

  /**
   * Ends the session, always as "suspend", with the time spent in it. In SCORM 2004 any other exit
   * ("normal", "") ends the attempt, and the LMS hands the next launch a new, empty data model (Moodle
   * does): the learner would lose the progress and the package would report "incomplete" over a pass.
   * In 1.2 an LMS may likewise start a new attempt after a normal exit of a completed one. The course
   * is also a reference the learner comes back to, so its attempt is never over: status and score
   * say whether it was passed.
   */
  finish(sessionMs: number) {
    if (this.finished) return;
    if (this.version === '1.2') {
      this.set('cmi.core.session_time', timespan12(sessionMs));
      this.set(MODEL[this.version].exit, 'suspend');
    } else {
      this.set('cmi.session_time', duration2004(sessionMs));
      this.set(MODEL[this.version].exit, 'suspend');
      // The content does not ask the LMS to go anywhere after it ends.
      this.set('adl.nav.request', '_none_');
    }
    this.commit();
    this.finished = true;
    if (this.version === '1.2') this.call(() => (this.api as Api12).LMSFinish(''));
    else this.call(() => (this.api as Api2004).Terminate(''));
  }
}
