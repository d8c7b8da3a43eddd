/*
 * The final exam: questions drawn across all banks from a seed shown on the page (the same seed
 * always gives the same draw), answered freely, checked together at the end against the pass mark,
 * then reviewed. The answers in progress and the results are stored (see storage.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDate } from '../../i18n/date';
import { fill } from '../../i18n/fill';
import type { ExamText } from '../../i18n/id';
import { drawAcrossBanks, newSeed, parseSeed } from '../../lib/quiz/random';
import { hasPassed, isAnswerCorrect, PASS_MARK, scoreAnswers } from '../../lib/quiz/scoring';
import { reconcileAnswers, toRecord, type ExamResult, type StoredAnswers } from '../../lib/quiz/storage';
import type { ViewBank, ViewQuestion, ViewRules } from '../../lib/quiz/view';
import { Notices, Question, ReviewList } from './Question';
import { useProgress } from './useProgress';

export interface ExamData {
  banks: ViewBank[];
  rules: ViewRules;
}

export interface ExamProps {
  /** ExamData as JSON (see QuizProps.data). */
  data: string;
  /** How many questions to draw. */
  count: number;
  /** The seed rendered on the server (and shown without JavaScript). */
  initialSeed: number;
  certificateHref: string;
  /** The `quiz` and `exam` strings from src/i18n/id.ts. */
  t: ExamText;
}

interface Drawn {
  key: string;
  q: ViewQuestion;
}

function draw(banks: ViewBank[], count: number, seed: number): Drawn[] | undefined {
  try {
    // Questions are keyed "bank/id": ids are unique only within a bank.
    return drawAcrossBanks(banks, count, seed).map(({ bank, question }) => ({
      key: `${bank}/${question.id}`,
      q: { ...question, id: `${bank}/${question.id}` },
    }));
  } catch {
    return undefined;
  }
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export default function Exam({ data, count, initialSeed, certificateHref, t }: ExamProps) {
  const { banks, rules } = useMemo(() => JSON.parse(data) as ExamData, [data]);
  const { progress, notices, ready, update } = useProgress();
  const [seed, setSeed] = useState(initialSeed);
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  const [result, setResult] = useState<ExamResult | undefined>();
  const [message, setMessage] = useState('');
  const [seedText, setSeedText] = useState('');
  const [seedError, setSeedError] = useState('');
  const [focusResult, setFocusResult] = useState(false);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const available = banks.reduce((n, b) => n + b.questions.length, 0);
  const drawn = draw(banks, count, seed);

  const fpsOf = (list: Drawn[] | undefined) => Object.fromEntries((list ?? []).map((d) => [d.key, d.q.fp]));
  const chosenOf = (stored: StoredAnswers) => Object.fromEntries(Object.entries(stored).map(([k, a]) => [k, a.c]));

  // After storage is read: resume the exam in progress, or show the last result, or draw anew.
  useEffect(() => {
    if (!ready) return;
    const { current, last } = progress.exam;
    if (current) {
      setSeed(current.seed);
      setAnswers(chosenOf(reconcileAnswers(current.answers, fpsOf(draw(banks, count, current.seed))).answers));
    } else if (last) {
      setSeed(last.seed);
      setAnswers(chosenOf(reconcileAnswers(last.answers, fpsOf(draw(banks, count, last.seed))).answers));
      setResult(last);
    } else start(newSeed());
  }, [ready]);

  useEffect(() => {
    if (focusResult) resultRef.current?.focus();
    setFocusResult(false);
  }, [focusResult]);

  function start(next: number) {
    setSeed(next);
    setAnswers({});
    setResult(undefined);
    update((p) => ({ ...p, exam: { ...p.exam, current: { seed: next, answers: {} } } }));
  }

  const stored = (list: Record<string, string[]>): StoredAnswers =>
    Object.fromEntries(
      (drawn ?? []).filter((d) => list[d.key]?.length).map((d) => [d.key, { c: list[d.key], f: d.q.fp }]),
    );

  function choose(key: string, keys: string[]) {
    const next = { ...answers, [key]: keys };
    setAnswers(next);
    update((p) => ({ ...p, exam: { ...p.exam, current: { seed, answers: stored(next) } } }));
  }

  function finish() {
    if (!drawn) return;
    const unanswered = drawn.filter((d) => !answers[d.key]?.length).length;
    if (unanswered > 0 && !window.confirm(fill(t.unanswered, { n: unanswered }))) return;
    const score = scoreAnswers(
      drawn.map((d) => d.q),
      answers,
    );
    const passed = hasPassed(score);
    const outcome: ExamResult = { ...toRecord(score), seed, date: today(), passed, answers: stored(answers) };
    update((p) => {
      const pass = passed && (!p.exam.pass || outcome.percent >= p.exam.pass.percent) ? outcome : p.exam.pass;
      return { ...p, exam: { last: outcome, ...(pass ? { pass } : {}) } };
    });
    setResult(outcome);
    setMessage(`${t.result}: ${passed ? t.passed : t.failed}. ${fill(t.score, score)}.`);
    setFocusResult(true);
  }

  function submitSeed(e: Event) {
    e.preventDefault();
    const parsed = parseSeed(seedText);
    if (parsed === undefined) {
      setSeedError(t.seedInvalid);
      return;
    }
    setSeedError('');
    start(parsed);
    setMessage(fill(t.newDrawDone, { seed: parsed }));
  }

  function redraw() {
    const next = newSeed();
    start(next);
    setMessage(fill(t.newDrawDone, { seed: next }));
  }

  if (!drawn) return <p class="nas-notice">{fill(t.tooFew, { n: available, count })}</p>;

  const answeredCount = drawn.filter((d) => answers[d.key]?.length).length;
  const wrong = result ? drawn.map((d, i) => ({ ...d, n: i + 1 })).filter((d) => !isAnswerCorrect(d.q, answers[d.key])) : [];

  return (
    <div class="nas-quiz nas-exam" data-pagefind-ignore>
      <Notices notices={notices} t={t} />
      <div class="nas-exam-seed">
        <p>
          <strong>{t.seed}:</strong> <output class="nas-seed">{seed}</output>. {t.seedHelp}
        </p>
        <form class="nas-inline-form" onSubmit={submitSeed} noValidate>
          <label for="nas-seed-input">{t.seedInput}</label>{' '}
          <input
            id="nas-seed-input"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            size={12}
            value={seedText}
            aria-invalid={seedError ? 'true' : undefined}
            aria-describedby={seedError ? 'nas-seed-error' : undefined}
            onInput={(e) => setSeedText((e.currentTarget as HTMLInputElement).value)}
          />{' '}
          <button type="submit" class="nas-button" disabled={!ready}>
            {t.seedUse}
          </button>{' '}
          <button type="button" class="nas-button nas-button--secondary" disabled={!ready} onClick={redraw}>
            {t.newDraw}
          </button>
          {seedError && (
            <p id="nas-seed-error" class="nas-field-error">
              {seedError}
            </p>
          )}
        </form>
      </div>
      {drawn.map((d, i) => (
        <Question
          key={`${seed}-${d.key}`}
          q={d.q}
          n={i + 1}
          total={drawn.length}
          anchor={`nas-ujian-${i + 1}`}
          options={d.q.options}
          chosen={answers[d.key] ?? []}
          checked={!!result}
          right={isAnswerCorrect(d.q, answers[d.key])}
          rules={rules}
          live={ready}
          onChoose={(keys) => choose(d.key, keys)}
          t={t}
        />
      ))}
      <div class="nas-quiz-summary">
        {!result && (
          <>
            <p>{fill(t.answeredCount, { n: answeredCount, total: drawn.length })}</p>
            <button type="button" class="nas-button" disabled={!ready} onClick={finish}>
              {t.finish}
            </button>
          </>
        )}
        <div role="status" class="nas-status">
          {message}
        </div>
        {result && (
          <section class="nas-exam-result" aria-labelledby="nas-exam-result">
            <h2 id="nas-exam-result" tabIndex={-1} ref={resultRef}>
              {t.result}
            </h2>
            <p class={`nas-exam-verdict nas-exam-verdict--${result.passed ? 'pass' : 'fail'}`}>
              <span aria-hidden="true">{result.passed ? t.rightMark : t.wrongMark} </span>
              {result.passed ? t.passed : t.failed}
            </p>
            <p>
              <strong>{t.scoreLabel}:</strong> {fill(t.score, result)}.{' '}
              {fill(t.passMark, { mark: PASS_MARK })} {t.date}: {formatDate(result.date)}. {t.seed}: {result.seed}.
            </p>
            {result.passed && (
              <p>
                <a href={certificateHref}>{t.toCertificate}</a>
              </p>
            )}
            <h3>{t.review}</h3>
            {wrong.length === 0 ? <p>{t.reviewNone}</p> : <ReviewList items={wrong.map((d) => ({ n: d.n, q: d.q, href: `#nas-ujian-${d.n}` }))} t={t} />}
            <button type="button" class="nas-button" onClick={redraw}>
              {t.newDraw}
            </button>
          </section>
        )}
      </div>
    </div>
  );
}
