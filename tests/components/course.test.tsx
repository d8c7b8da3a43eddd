import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Course, { type CourseModule } from '../../src/components/quiz/Course';
import { course, quiz } from '../../src/i18n/id';
import { PROGRESS_KEY } from '../../src/lib/quiz/storage';
import { exportProgress } from '../../src/lib/quiz/transfer';

const modules: CourseModule[] = [
  { id: 'satu', title: 'Modul satu', description: 'Uji.', href: '/kuis/satu/', fps: { a: 'fa', b: 'fb' } },
  { id: 'dua', title: 'Modul dua', description: 'Uji.', href: '/kuis/dua/', fps: { c: 'fc', d: 'fd' } },
];
const progress = {
  modules: { satu: { answers: { a: { c: ['a'], f: 'fa' }, b: { c: ['b'], f: 'fb' } }, attempt: 0, best: { correct: 1, total: 2, percent: 50 } } },
  checks: {},
  exam: {},
};
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function renderCourse() {
  render(<Course modules={modules} examHref="/ujian/" certificateHref="/sertifikat/" t={{ ...quiz, ...course }} />);
  await waitFor(() => expect((screen.getByRole('button', { name: course.exportButton }) as HTMLButtonElement).disabled).toBe(false));
}

/** Picks a file in the import field. */
function upload(content: string) {
  const input = screen.getByLabelText(course.importLabel) as HTMLInputElement;
  const file = new File([content], 'kemajuan.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

beforeEach(() => localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress)));
afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
});

describe('course overview island', () => {
  it('shows each module with its progress and best score, and the course progress as a bar with text', async () => {
    await renderCourse();
    const items = screen.getAllByRole('listitem');
    expect(text(items[0])).toContain('2 dari 2 soal diperiksa · Selesai · Skor terbaik: 1 dari 2 benar (50%)');
    expect(text(items[1])).toContain('Belum dikerjakan');
    const bar = screen.getByRole('progressbar', { name: 'Kemajuan kursus' }) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([2, 4]);
    expect(text(document.querySelector('.nas-course-progress'))).toContain('2 dari 4 soal kuis sudah diperiksa (50%). 1 dari 2 modul selesai.');
  });

  it('refuses a bad file with a clear message and leaves progress untouched', async () => {
    await renderCourse();
    upload('{"format": "lain"}');
    await waitFor(() => expect(text(screen.getByRole('status'))).toBe(course.importFormat));
    upload('bukan json');
    await waitFor(() => expect(text(screen.getByRole('status'))).toBe(course.importJson));
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!)).toEqual(progress);
  });

  it('imports a good file in place of the current progress', async () => {
    await renderCourse();
    const other = { modules: { dua: { answers: { c: { c: ['a'], f: 'fc' } }, attempt: 0 } }, checks: {}, exam: {} };
    upload(exportProgress(other, '2026-11-26T00:00:00Z'));
    await waitFor(() => expect(text(screen.getByRole('status'))).toBe(course.imported));
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!)).toEqual(other);
    expect(text(screen.getAllByRole('listitem')[1])).toContain('1 dari 2 soal diperiksa');
  });

  it('resets only after confirmation', async () => {
    await renderCourse();
    vi.stubGlobal('confirm', vi.fn(() => false));
    fireEvent.click(screen.getByRole('button', { name: course.resetButton }));
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!)).toEqual(progress);
    vi.stubGlobal('confirm', vi.fn(() => true));
    fireEvent.click(screen.getByRole('button', { name: course.resetButton }));
    expect(text(screen.getByRole('status'))).toBe(course.resetDone);
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!)).toEqual({ modules: {}, checks: {}, exam: {} });
    expect(text(screen.getAllByRole('listitem')[0])).toContain('Belum dikerjakan');
  });
});
