import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Quiz from '../../src/components/quiz/Quiz';
import { quiz, quizReview } from '../../src/i18n/id';
import { PROGRESS_KEY } from '../../src/lib/quiz/storage';
import { questions, quizData, rules } from './fixtures';

const t = { ...quiz, ...quizReview };
const renderQuiz = () => render(<Quiz bank="uji" data={quizData} scope="modules" t={t} />);
const group = (n: number) => screen.getAllByRole('group')[n];
const checkButton = (g: HTMLElement) => within(g.closest('section')!).getByRole('button', { name: 'Periksa jawaban' });
const status = () => screen.getByRole('status');
/** Text content with whitespace collapsed, as a reader perceives it. */
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits for hydration-time storage loading (buttons are enabled once storage is read). */
async function ready() {
  await waitFor(() => expect((screen.getAllByRole('button', { name: 'Periksa jawaban' })[0] as HTMLButtonElement).disabled).toBe(false));
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('quiz island', () => {
  it('renders a fieldset per question with native radios and checkboxes and labels', async () => {
    renderQuiz();
    await ready();
    expect(screen.getAllByRole('group')).toHaveLength(4);
    expect(within(group(0)).getAllByRole('radio')).toHaveLength(4);
    expect(within(group(1)).getAllByRole('checkbox')).toHaveLength(3);
    within(group(0)).getByRole('radio', { name: 'PP 94/2021' });
    screen.getByRole('group', { name: 'Soal 1 dari 4 Peraturan apa yang sekarang mengatur disiplin PNS?' });
    expect(screen.getByRole('group', { description: 'Pilih semua jawaban yang benar.' })).toBe(group(1));
  });

  it('asks for a choice before checking', async () => {
    renderQuiz();
    await ready();
    fireEvent.click(checkButton(group(0)));
    expect(text(status())).toContain('Pilih jawaban dulu, lalu periksa.');
  });

  it('shows feedback on the chosen option, the explanation with rule links, and the status text', async () => {
    renderQuiz();
    await ready();
    fireEvent.click(within(group(0)).getByRole('radio', { name: 'PP 53/2010' }));
    fireEvent.click(checkButton(group(0)));
    const section = group(0).closest('section')!;
    expect(text(within(section).getByText(/Salah \(pilihan Anda\)/).closest('p'))).toContain('Sudah dicabut.');
    expect(text(section)).toContain('Jawaban Anda belum tepat. Jawaban yang benar: PP 94/2021.');
    expect(text(section)).toContain('Disiplin PNS kini diatur PP 94/2021.');
    expect((within(section).getByRole('link', { name: 'Ikut serta dalam kampanye' })).getAttribute('href')).toBe('/rujukan/aturan/#ikut-kampanye');
    expect((within(section).getByRole('link', { name: /PP 94\/2021/ })).getAttribute('href')).toBe('/rujukan/peraturan/#pp-94-2021');
    expect(text(status())).toContain('Soal 1: belum tepat. Skor: 0 dari 4 benar (0%).');
    // The inputs are locked and focus moved to the result.
    expect((within(group(0)).getByRole('radio', { name: 'PP 53/2010' }) as HTMLInputElement).disabled).toBe(true);
    await waitFor(() => expect(document.activeElement?.classList.contains('nas-q-result')).toBe(true));
  });

  it('counts a partly right multiple-answer question as wrong', async () => {
    renderQuiz();
    await ready();
    fireEvent.click(within(group(1)).getByRole('checkbox', { name: 'Ikut kampanye' }));
    fireEvent.click(checkButton(group(1)));
    const section = group(1).closest('section')!;
    expect(text(section)).toContain('Benar (pilihan Anda): Benar, dilarang.');
    expect(text(section)).toContain('Jawaban Anda belum tepat. Jawaban yang benar: Ikut kampanye; Memasang baliho calon.');
    expect(text(status())).toContain('Soal 2: belum tepat.');
  });

  it('gives the score as "N dari M benar" with a percentage, then a review of wrong answers', async () => {
    renderQuiz();
    await ready();
    const answer = (n: number, names: string[]) => {
      for (const name of names) fireEvent.click(within(group(n)).getByRole(n === 1 ? 'checkbox' : 'radio', { name }));
      fireEvent.click(checkButton(group(n)));
    };
    answer(0, ['PP 94/2021']);
    answer(1, ['Ikut kampanye', 'Memasang baliho calon']);
    answer(2, ['Salah']);
    expect(screen.queryByRole('region', { name: 'Tinjauan jawaban yang belum tepat' })).toBeNull();
    answer(3, ['Dilarang']);
    expect(text(status())).toContain('Soal 4: benar. Skor: 3 dari 4 benar (75%). Semua soal sudah diperiksa.');
    expect(text(document.querySelector('.nas-score'))).toContain('Skor: 3 dari 4 benar (75%)');
    expect(text(document.querySelector('.nas-score'))).toContain('Skor terbaik: 3 dari 4 benar (75%)');
    const review = screen.getByRole('region', { name: 'Tinjauan jawaban yang belum tepat' });
    expect(within(review).getAllByRole('listitem')).toHaveLength(1);
    expect((within(review).getByRole('link', { name: 'Soal 3' })).getAttribute('href')).toBe('#nas-kuis-uji-q-truefalse');
    // Stored with fingerprints, for the next visit.
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).modules.uji.answers['q-single']).toEqual({ c: ['c'], f: 'fp-single' });
  });

  it('retries with reshuffled choice options, keeping true/false and verdict in order', async () => {
    renderQuiz();
    await ready();
    const labels = (n: number) => within(group(n)).getAllByRole(n === 1 ? 'checkbox' : 'radio').map((i) => (i as HTMLInputElement).value);
    const before = [0, 1, 2, 3].map(labels);
    fireEvent.click(within(group(2)).getByRole('radio', { name: 'Benar' }));
    fireEvent.click(checkButton(group(2)));
    fireEvent.click(screen.getByRole('button', { name: 'Ulangi' }));
    const after = [0, 1, 2, 3].map(labels);
    expect(after[0]).not.toEqual(before[0]);
    expect(after[1]).not.toEqual(before[1]);
    expect([...after[0]].sort()).toEqual([...before[0]].sort());
    expect(after[2]).toEqual(before[2]);
    expect(after[3]).toEqual(before[3]);
    expect(text(status())).toContain('diacak ulang');
    expect(document.querySelector('.nas-q-result')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(within(group(0)).getAllByRole('radio')[0]));
  });

  it('restores checked answers from storage, and drops those whose question changed', async () => {
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        modules: { uji: { answers: { 'q-single': { c: ['c'], f: 'fp-single' }, 'q-verdict': { c: ['boleh'], f: 'lama' } }, attempt: 0 } },
      }),
    );
    renderQuiz();
    await ready();
    expect(text(group(0).closest('section'))).toContain('Jawaban Anda benar.');
    expect((within(group(3)).getByRole('radio', { name: 'Boleh' }) as HTMLInputElement).checked).toBe(false);
    screen.getByText('1 jawaban lama dihapus karena soalnya telah diubah atau dihapus.');
  });

  it('tells the learner when stored progress was corrupted, and still works', async () => {
    localStorage.setItem(PROGRESS_KEY, '{"modules": ');
    renderQuiz();
    await ready();
    expect(text(screen.getByRole('alert'))).toBe('Sebagian kemajuan Anda tidak dapat dibaca dan telah diatur ulang.');
    fireEvent.click(within(group(3)).getByRole('radio', { name: 'Dilarang' }));
    fireEvent.click(checkButton(group(3)));
    expect(text(status())).toContain('Soal 4: benar.');
  });
});

describe('short check with its review material loaded after checking', () => {
  // What a lesson ships: questions and the answer key, no feedback, explanation or rules.
  const lean = questions.map(({ explanation, rules: ids, ...q }) => ({ ...q, options: q.options.map(({ feedback, ...o }) => o) }));
  const review = {
    questions: Object.fromEntries(
      questions.map((q) => [q.id, { explanation: q.explanation!, rules: q.rules!, feedback: Object.fromEntries(q.options.map((o) => [o.key, o.feedback!])) }]),
    ),
    rules,
  };
  const renderShort = async () => {
    render(<Quiz bank="uji" data={JSON.stringify({ questions: lean, rules: {} })} scope="checks" reviewHref="/kuis/uji/ulasan.json" t={t} />);
    await ready();
  };
  const answerFirstWrong = () => {
    fireEvent.click(within(group(0)).getByRole('radio', { name: 'PP 53/2010' }));
    fireEvent.click(checkButton(group(0)));
    return group(0).closest('section')!;
  };

  it('loads nothing until a question is checked, scores at once, then shows feedback, explanation and rules', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(review)));
    vi.stubGlobal('fetch', fetch);
    await renderShort();
    expect(fetch).not.toHaveBeenCalled();
    const section = answerFirstWrong();
    // The verdict and the score need only the shipped answer key.
    expect(text(section)).toContain('Jawaban Anda belum tepat. Jawaban yang benar: PP 94/2021.');
    expect(text(status())).toContain('Soal 1: belum tepat. Skor: 0 dari 4 benar (0%).');
    expect(fetch).toHaveBeenCalledWith('/kuis/uji/ulasan.json');
    await waitFor(() => expect(text(section)).toContain('Disiplin PNS kini diatur PP 94/2021.'));
    expect(text(within(section).getByText(/Salah \(pilihan Anda\)/).closest('p'))).toContain('Sudah dicabut.');
    expect(within(section).getByRole('link', { name: 'Ikut serta dalam kampanye' }).getAttribute('href')).toBe('/rujukan/aturan/#ikut-kampanye');
    expect(text(document.body)).not.toContain(quizReview.reviewLoading);
    // A second check reuses what was loaded.
    fireEvent.click(within(group(3)).getByRole('radio', { name: 'Dilarang' }));
    fireEvent.click(checkButton(group(3)));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('says when the material cannot be loaded, keeps the score, and tries again on request', async () => {
    const fetch = vi.fn(async (): Promise<Response> => {
      throw new TypeError('offline');
    });
    vi.stubGlobal('fetch', fetch);
    await renderShort();
    const section = answerFirstWrong();
    const retry = await screen.findByRole('button', { name: quizReview.reviewRetry });
    expect(text(document.body)).toContain(quizReview.reviewFailed);
    expect(text(section)).toContain('Jawaban Anda belum tepat.');
    fetch.mockImplementation(async () => new Response(JSON.stringify(review)));
    fireEvent.click(retry);
    await waitFor(() => expect(text(section)).toContain('Disiplin PNS kini diatur PP 94/2021.'));
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
