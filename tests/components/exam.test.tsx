import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Certificate from '../../src/components/quiz/Certificate';
import Exam from '../../src/components/quiz/Exam';
import { certificate, exam, examText, quiz, quizReview } from '../../src/i18n/id';
import { PROGRESS_KEY } from '../../src/lib/quiz/storage';
import { questions, rules } from './fixtures';
import type { EmployeeStatus } from '../../src/lib/employee';

const data = JSON.stringify({
  banks: [
    { id: 'satu', title: 'Satu', questions: questions.slice(0, 2) },
    { id: 'dua', title: 'Dua', questions: questions.slice(2) },
  ],
  rules,
});
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const correct = Object.fromEntries(questions.map((q) => [q.id, q.options.filter((o) => o.correct).map((o) => o.key)]));

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function renderExam() {
  render(<Exam data={data} count={4} initialSeed={1} certificateHref="/sertifikat/" t={examText()} />);
  await waitFor(() => expect((screen.getByRole('button', { name: 'Selesai dan periksa' }) as HTMLButtonElement).disabled).toBe(false));
}

/** Ticks answers in every drawn question: the correct keys, or the first wrong one. */
function answerAll(right: (id: string) => boolean) {
  for (const section of document.querySelectorAll('section.nas-q')) {
    const id = section.id.split('--')[1];
    const keys = right(id) ? correct[id] : [questions.find((q) => q.id === id)!.options.find((o) => !o.correct)!.key];
    for (const k of keys) fireEvent.click(section.querySelector(`input[value="${k}"]`)!);
  }
}

describe('exam island', () => {
  it('shows its seed and redraws from a typed seed, refusing one that is not a number', async () => {
    await renderExam();
    fireEvent.input(screen.getByRole('textbox', { name: 'Ulangi undian dengan kode' }), { target: { value: 'abc' } });
    fireEvent.submit(screen.getByRole('textbox', { name: 'Ulangi undian dengan kode' }).closest('form')!);
    expect(text(document.getElementById('nas-seed-error'))).toBe(exam.seedInvalid);
    fireEvent.input(screen.getByRole('textbox', { name: 'Ulangi undian dengan kode' }), { target: { value: '777' } });
    fireEvent.submit(screen.getByRole('textbox', { name: 'Ulangi undian dengan kode' }).closest('form')!);
    expect(text(document.querySelector('.nas-seed'))).toBe('777');
    expect(text(screen.getByRole('status'))).toBe('Soal diundi dengan kode 777.');
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).exam.current.seed).toBe(777);
  });

  it('passes at 80% or more with "Lulus" and a link to the certificate', async () => {
    await renderExam();
    answerAll(() => true);
    fireEvent.click(screen.getByRole('button', { name: 'Selesai dan periksa' }));
    const result = screen.getByRole('region', { name: 'Hasil ujian' });
    expect(text(result.querySelector('.nas-exam-verdict'))).toBe('✓ Lulus');
    expect(text(result)).toContain('4 dari 4 benar (100%)');
    expect(within(result).getByRole('link', { name: 'Buat sertifikat' }).getAttribute('href')).toBe('/sertifikat/');
    expect(text(screen.getByRole('status'))).toBe('Hasil ujian: Lulus. 4 dari 4 benar (100%).');
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).exam.pass).toMatchObject({ correct: 4, total: 4, passed: true });
  });

  it('fails below 80% with "Belum lulus", no certificate link, and a review of the wrong answers', async () => {
    await renderExam();
    answerAll((id) => id !== 'q-verdict'); // 3 of 4: 75%
    fireEvent.click(screen.getByRole('button', { name: 'Selesai dan periksa' }));
    const result = screen.getByRole('region', { name: 'Hasil ujian' });
    expect(text(result.querySelector('.nas-exam-verdict'))).toBe('✗ Belum lulus');
    expect(text(result)).toContain('3 dari 4 benar (75%)');
    expect(within(result).queryByRole('link', { name: 'Buat sertifikat' })).toBeNull();
    expect(within(result).getAllByRole('listitem')).toHaveLength(1);
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).exam.pass).toBeUndefined();
  });

  it('asks before checking with questions left blank', async () => {
    await renderExam();
    // happy-dom has no window.confirm; the learner answers "no".
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Selesai dan periksa' }));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('Masih ada 4 soal yang belum dijawab.'));
    expect(screen.queryByRole('region', { name: 'Hasil ujian' })).toBeNull();
  });
});

describe('exam review material loaded after checking', () => {
  const lean = ({ explanation, rules, ...q }: (typeof questions)[number]) => q;
  const banks = [
    { id: 'satu', title: 'Satu', questions: questions.slice(0, 2).map(lean) },
    { id: 'dua', title: 'Dua', questions: questions.slice(2).map(lean) },
  ];
  const review = {
    questions: Object.fromEntries(
      questions.map((q, i) => [`${i < 2 ? 'satu' : 'dua'}/${q.id}`, { explanation: q.explanation!, rules: q.rules! }]),
    ),
    rules,
  };
  const renderLazy = async () => {
    render(
      <Exam data={JSON.stringify({ banks })} count={4} initialSeed={1} certificateHref="/sertifikat/" reviewHref="/ujian/ulasan.json" t={examText()} />,
    );
    await waitFor(() => expect((screen.getByRole('button', { name: 'Selesai dan periksa' }) as HTMLButtonElement).disabled).toBe(false));
  };

  it('loads nothing until the exam is checked, then shows the explanations', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(review)));
    vi.stubGlobal('fetch', fetch);
    await renderLazy();
    answerAll((id) => id !== 'q-verdict');
    expect(fetch).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Selesai dan periksa' }));
    expect(fetch).toHaveBeenCalledWith('/ujian/ulasan.json');
    await waitFor(() => expect(document.querySelectorAll('.nas-q-explanation')).toHaveLength(4));
    expect(text(document.querySelector('.nas-exam-result'))).not.toContain(quizReview.reviewLoading);
    expect(document.querySelector('.nas-q-rules')).not.toBeNull();
  });

  it('says when the material cannot be loaded, and tries again on request', async () => {
    const fetch = vi.fn(async (): Promise<Response> => {
      throw new TypeError('offline');
    });
    vi.stubGlobal('fetch', fetch);
    await renderLazy();
    answerAll(() => true);
    fireEvent.click(screen.getByRole('button', { name: 'Selesai dan periksa' }));
    const retry = await screen.findByRole('button', { name: quizReview.reviewRetry });
    expect(text(document.querySelector('.nas-exam-result'))).toContain(quizReview.reviewFailed);
    // The result itself does not depend on the material.
    expect(text(document.querySelector('.nas-exam-verdict'))).toBe('✓ Lulus');
    fetch.mockImplementation(async () => new Response(JSON.stringify(review)));
    fireEvent.click(retry);
    await waitFor(() => expect(document.querySelectorAll('.nas-q-explanation')).toHaveLength(4));
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe('certificate island', () => {
  const pass = { correct: 18, total: 20, percent: 90, seed: 482913, date: '2026-11-26', passed: true, answers: {} };
  const renderCertificate = () => render(<Certificate examHref="/ujian/" t={{ ...quiz, ...certificate }} />);

  it('asks for a passed exam first', async () => {
    renderCertificate();
    await waitFor(() => screen.getByText(certificate.needPass));
    expect(screen.getByRole('link', { name: 'Kerjakan ujian akhir' }).getAttribute('href')).toBe('/ujian/');
    expect(screen.queryByRole('textbox', { name: 'NIP' })).toBeNull();
  });

  const fillCommon = async () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ exam: { last: pass, pass } }));
    renderCertificate();
    fireEvent.input(await screen.findByRole('textbox', { name: 'Nama lengkap' }), { target: { value: 'Siti Rahmawati' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Unit kerja' }), { target: { value: 'Dinas' } });
  };
  const make = () => fireEvent.click(screen.getByRole('button', { name: 'Tampilkan sertifikat' }));
  const status = (value: EmployeeStatus) => screen.getByRole('radio', { name: certificate.statusOptions[value] });

  it('asks for the status first, with four native radio buttons and no number field yet', async () => {
    await fillCommon();
    const group = screen.getByRole('group', { name: certificate.status });
    expect(within(group).getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['PNS', 'PPPK', 'PPPK paruh waktu', 'non-ASN']);
    expect(screen.queryByRole('textbox', { name: 'NIP' })).toBeNull();
    make();
    expect(text(document.getElementById('nas-cert-status-error'))).toBe(certificate.errStatus);
    expect(group.getAttribute('aria-describedby')).toBe('nas-cert-status-error');
    expect(document.activeElement).toBe(status('PNS'));
    expect(document.querySelector('.nas-cert')).toBeNull();
  });

  for (const kind of ['PNS', 'PPPK'] as const) {
    it(`${kind}: checks the 18-digit NIP and shows it on the certificate with score, date, seed and code`, async () => {
      await fillCommon();
      fireEvent.click(status(kind));
      const nip = screen.getByRole('textbox', { name: 'NIP' });
      for (const label of Object.values(certificate.staffNumber)) expect(screen.queryByRole('textbox', { name: label })).toBeNull();
      fireEvent.input(nip, { target: { value: '12345' } });
      make();
      expect(text(document.getElementById('nas-cert-nip-error'))).toBe('NIP harus tepat 18 angka. Yang Anda ketik berisi 5 angka.');
      expect(nip.getAttribute('aria-invalid')).toBe('true');
      expect(nip.getAttribute('aria-describedby')).toContain('nas-cert-nip-error');
      expect(text(screen.getByRole('status'))).toBe('Periksa lagi 1 isian yang ditandai.');
      expect(document.querySelector('.nas-cert')).toBeNull();

      fireEvent.input(nip, { target: { value: '198501012010011001' } });
      make();
      const cert = screen.getByRole('article', { name: certificate.title });
      for (const part of ['Siti Rahmawati', `${kind} · NIP 198501012010011001 · Dinas`, '18 dari 20 benar (90%)', '26 November 2026', '482913', 'tidak diperiksa oleh server'])
        expect(text(cert)).toContain(part);
      expect(text(cert.querySelector('.nas-cert-code'))).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}$/);
      expect(nip.getAttribute('aria-invalid')).toBeNull();
    });
  }

  it('non-ASN: asks for no NIP, takes an optional staff number up to 40 characters, and prints it', async () => {
    await fillCommon();
    fireEvent.click(status('non-ASN'));
    expect(screen.queryByRole('textbox', { name: 'NIP' })).toBeNull();
    const staff = screen.getByRole('textbox', { name: certificate.staffNumber.staff });
    expect(staff.hasAttribute('required')).toBe(false);
    expect(staff.getAttribute('maxlength')).toBe('40');

    fireEvent.input(staff, { target: { value: 'KP<1>' } });
    make();
    expect(text(document.getElementById('nas-cert-staffNumber-error'))).toBe(certificate.errStaffNumberChars);
    expect(document.querySelector('.nas-cert')).toBeNull();

    fireEvent.input(staff, { target: { value: '' } });
    make();
    expect(text(screen.getByRole('article', { name: certificate.title }))).toContain('non-ASN · Dinas');

    fireEvent.input(staff, { target: { value: '800/127/Kel.  Sukamaju' } });
    make();
    const cert = screen.getByRole('article', { name: certificate.title });
    expect(text(cert)).toContain('non-ASN · Nomor pegawai 800/127/Kel. Sukamaju · Dinas');
    expect(text(cert.querySelector('.nas-cert-name + p'))).not.toContain('NIP');
  });

  it('PPPK paruh waktu: asks for an optional PPPK number without forcing a format, and prints it', async () => {
    await fillCommon();
    fireEvent.click(status('PPPK paruh waktu'));
    expect(screen.queryByRole('textbox', { name: 'NIP' })).toBeNull();
    const number = screen.getByRole('textbox', { name: certificate.staffNumber.pppk });
    expect(number.hasAttribute('required')).toBe(false);
    fireEvent.input(number, { target: { value: '20250701 123' } });
    make();
    const cert = screen.getByRole('article', { name: certificate.title });
    expect(text(cert)).toContain('PPPK paruh waktu · Nomor PPPK 20250701 123 · Dinas');
});
});
