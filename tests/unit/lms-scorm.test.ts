import { describe, expect, it } from 'vitest';
import { duration2004, findApi, ScormSession, timespan12 } from '../../src/lib/lms/scorm';

/*
 * API discovery as the SCORM standards describe it (this window, its parents up to a bound, then the
 * opener's chain) and the 1.2 name order, on fake windows. The full run-time against scorm-again is
 * in tests/e2e/lms.test.ts.
 */

type FakeWindow = { parent: FakeWindow; opener?: FakeWindow | null; [name: string]: unknown };

function chain(depth: number, top: Record<string, unknown> = {}): FakeWindow {
  const root = { ...top } as FakeWindow;
  root.parent = root;
  let win = root;
  for (let i = 0; i < depth; i++) win = { parent: win } as FakeWindow;
  return win;
}
const asWindow = (w: FakeWindow) => w as unknown as Window;

/** A SCORM 1.2 LMS over `values`, in a parent frame. */
function lms12(values: Record<string, string>) {
  const api = {
    LMSInitialize: () => 'true',
    LMSGetValue: (k: string) => values[k] ?? '',
    LMSSetValue: (k: string, v: string) => ((values[k] = v), 'true'),
    LMSCommit: () => 'true',
    LMSFinish: () => 'true',
  };
  return asWindow(chain(1, { API: api }));
}

describe('SCORM API discovery', () => {
  it('finds the API in a parent frame, by version', () => {
    const api12 = { name: '1.2' };
    const api2004 = { name: '2004' };
    const win = chain(3, { API: api12, API_1484_11: api2004 });
    expect(findApi('1.2', asWindow(win))).toBe(api12);
    expect(findApi('2004', asWindow(win))).toBe(api2004);
  });

  it("looks in the opener's chain when the parents have none", () => {
    const api = { name: 'opener' };
    const win = chain(2);
    win.opener = chain(1, { API: api });
    expect(findApi('1.2', asWindow(win))).toBe(api);
  });

  it('gives up beyond the bound and without any API', () => {
    expect(findApi('1.2', asWindow(chain(600, { API: {} })))).toBeUndefined();
    expect(findApi('2004', asWindow(chain(2)))).toBeUndefined();
    expect(ScormSession.start('1.2', asWindow(chain(2)))).toBeUndefined();
  });

  it('reads the SCORM 1.2 name "Last, First" as "First Last", and reports the exam', () => {
    const values: Record<string, string> = { 'cmi.core.student_name': 'Siregar, Rina', 'cmi.core.lesson_status': 'not attempted' };
    const session = ScormSession.start('1.2', lms12(values))!;
    expect(values['cmi.core.lesson_status']).toBe('incomplete');
    expect(session.learnerName).toBe('Rina Siregar');
    session.reportExam({ percent: 79, passed: false });
    expect([values['cmi.core.score.raw'], values['cmi.core.lesson_status']]).toEqual(['79', 'failed']);
    session.finish(1_000);
    expect(values['cmi.core.exit']).toBe('suspend');
  });
});

/**
 * A fake LMS that keeps its data model between launches the way SCORM 2004 says and Moodle does:
 * an attempt left with cmi.exit "suspend" is resumed with everything it held; any other exit ends
 * it, and the next launch starts a new attempt with an empty data model.
 */
function fakeLms2004(initial: Record<string, string> = {}) {
  let kept: Record<string, string> = { ...initial };
  let values: Record<string, string> = {};
  const api = {
    Initialize: () => ((values = { ...kept }), 'true'),
    GetValue: (k: string) => values[k] ?? '',
    SetValue: (k: string, v: string) => ((values[k] = v), 'true'),
    Commit: () => 'true',
    Terminate: () => {
      kept = values['cmi.exit'] === 'suspend' ? { ...values, 'cmi.entry': 'resume' } : {};
      return 'true';
    },
  };
  return { window: asWindow(chain(1, { API_1484_11: api })), values: () => values };
}

describe('SCORM 2004 across launches (bug 1)', () => {
  it('keeps the suspend data and the pass on the launch after a pass', () => {
    const lms = fakeLms2004();
    const first = ScormSession.start('2004', lms.window)!;
    first.suspendData = '1|abc|||||';
    first.reportExam({ percent: 100, passed: true });
    first.finish(65_000);
    expect(lms.values()['cmi.exit']).toBe('suspend');

    const second = ScormSession.start('2004', lms.window)!;
    expect(second.suspendData).toBe('1|abc|||||');
    expect(lms.values()['cmi.completion_status']).toBe('completed');
    expect(lms.values()['cmi.success_status']).toBe('passed');
  });

  it('never downgrades what the LMS holds: a later, lower result keeps passed, completed and the higher score', () => {
    const lms = fakeLms2004({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.raw': '90', 'cmi.score.scaled': '0.9' });
    const session = ScormSession.start('2004', lms.window)!;
    session.reportExam({ percent: 60, passed: false });
    expect(lms.values()).toMatchObject({ 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.raw': '90' });
    session.reportExam({ percent: 95, passed: true });
    expect(lms.values()).toMatchObject({ 'cmi.score.raw': '95', 'cmi.score.scaled': '0.95' });
  });
});

describe('SCORM 1.2 status and time', () => {
  it('keeps passed and the higher score after a later fail, and ends suspended with the session time', () => {
    const values: Record<string, string> = { 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '85' };
    const session = ScormSession.start('1.2', lms12(values))!;
    session.reportExam({ percent: 40, passed: false });
    expect([values['cmi.core.lesson_status'], values['cmi.core.score.raw']]).toEqual(['passed', '85']);
    session.finish(3_725_250);
    expect(values['cmi.core.session_time']).toBe('01:02:05.25');
    expect(values['cmi.core.exit']).toBe('suspend');
  });

  it('does not write failed over a status an administrator forced to completed', () => {
    const values: Record<string, string> = { 'cmi.core.lesson_status': 'completed' };
    ScormSession.start('1.2', lms12(values))!.reportExam({ percent: 40, passed: false });
    expect(values['cmi.core.lesson_status']).toBe('completed');
  });
});

describe('session time formats', () => {
  it('writes SCORM 1.2 CMITimespan and SCORM 2004 durations', () => {
    expect(timespan12(0)).toBe('00:00:00.00');
    expect(timespan12(307_250)).toBe('00:05:07.25');
    expect(timespan12(10_000 * 3_600_000)).toBe('9999:59:59.99');
    expect(duration2004(307_250)).toBe('PT0H5M7.25S');
    expect(duration2004(3_600_000)).toBe('PT1H0M0S');
    // The patterns of the standards (as scorm-again checks them).
    for (const ms of [0, 999, 61_005, 36_000_000]) {
      expect(timespan12(ms)).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
      expect(duration2004(ms)).toMatch(/^PT\d+H\d+M\d+(\.\d{1,2})?S$/);
    }
  });
});
