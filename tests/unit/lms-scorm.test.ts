import { describe, expect, it } from 'vitest';
import { findApi, ScormSession } from '../../src/lib/lms/scorm';

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
    const api = {
      LMSInitialize: () => 'true',
      LMSGetValue: (k: string) => values[k] ?? '',
      LMSSetValue: (k: string, v: string) => ((values[k] = v), 'true'),
      LMSCommit: () => 'true',
      LMSFinish: () => 'true',
    };
    const session = ScormSession.start('1.2', asWindow(chain(1, { API: api })))!;
    expect(values['cmi.core.lesson_status']).toBe('incomplete');
    expect(session.learnerName).toBe('Rina Siregar');
    session.reportExam({ percent: 79, passed: false });
    expect([values['cmi.core.score.raw'], values['cmi.core.lesson_status']]).toEqual(['79', 'failed']);
    session.finish();
    expect(values['cmi.core.exit']).toBe('suspend');
  });
});
