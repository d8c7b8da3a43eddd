/*
 * The final exam: questions drawn across all banks from a seed shown on the page (the same seed
 * always gives the same draw), answered freely, checked together at the end against the pass mark,
 * then reviewed. The answers in progress and the results are stored (see storage.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../i18n/fill';
import type { ExamText } from '../../i18n/id';
import { drawAcrossBanks, newSeed, parseSeed } from '../../lib/quiz/draw';
import { EXAM } from '../../lib/quiz/exam-settings';
import { isAnswerCorrect, scoreAnswers } from '../../lib/quiz/scoring';
import { examView, hasPassed, keptPass, toStoredAnswers } from '../../lib/quiz/exam';
import { toRecord, type ChosenKeys } from '../../lib/quiz/outcomes';
import type { ExamResult } from '../../lib/quiz/storage';
import { fingerprints, type ViewBank, type ViewQuestion, type ViewRules } from '../../lib/quiz/view';
import { useReview } from './useReview';
import { Mark, Notices, Question, ReviewList, ReviewStatus } from './Question';
import { useProgress } from './useProgress';

export interface ExamData {
  banks: ViewBank[];
  /** The rule table; when given (with explanations in the questions), nothing is loaded for the review. */
  rules?: ViewRules;
}

export interface ExamProps {
  /** ExamData as JSON (see QuizProps.data). */
  data: string;
  /** How many questions to draw. */
  count: number;
  /** The seed rendered on the server (and shown without JavaScript). */
  initialSeed: number;
  certificateHref: string;
  /** Where the review material (QuizReview, by "bank/id") is loaded from once a checked exam is shown. */
  reviewHref?: string;
  /** The `quiz`, `exam` and `quizReview` strings from src/i18n/id.ts. */
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

/** A question's element id, from bank and question id: "nas-ujian-dasar-hukum--dh-01". */
const anchor = (key: string) => `nas-ujian-${key.replace('/', '--')}`;

/** The learner's local date as YYYY-MM-DD. */
const today = () => {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 10);
};

export default function Exam({ data, count, initialSeed, certificateHref, reviewHref, t }: ExamProps) {
  const [parsed] = useState(() => JSON.parse(data) as ExamData);
  const { banks } = parsed;
  const { progress, notices, ready, update } = useProgress();
  const [message, setMessage] = useState('');
  const [seedError, setSeedError] = useState('');
  const resultRef = useRef<HTMLHeadingElement>(null);

  // Everything shown is derived from stored progress on each render: the exam in progress, or the
  // last checked one; before storage is read, the draw rendered on the server.
  const view = ready ? examView(progress.exam, (s) => fingerprints((draw(banks, count, s) ?? []).map((d) => d.q))) : undefined;
  const seed = view?.seed ?? initialSeed;
  const answers = view?.answers ?? {};
  const result = view?.result;
  const drawn = draw(banks, count, seed);
  const lazy = useReview(reviewHref, !!result);
  const rules = parsed.rules ?? lazy.review?.rules ?? {};

  // Nothing stored yet: draw anew, so each learner gets their own exam.
  useEffect(() => {
    if (ready && !progress.exam.current && !progress.exam.last) start(newSeed());
  }, [ready]);

  function start(next: number, announce?: boolean) {
    setSeedError('');
    if (announce) setMessage(fill(t.newDrawDone, { seed: next }));
    update((p) => ({ ...p, exam: { ...p.exam, current: { seed: next, answers: {} } } }));
  }

  const stored = (chosen: ChosenKeys) => toStoredAnswers((drawn ?? []).map((d) => d.q), chosen);

  function choose(key: string, keys: string[]) {
    const next = { ...answers, [key]: keys };
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
      const pass = keptPass(p.exam.pass, outcome);
      return { ...p, exam: { last: outcome, ...(pass ? { pass } : {}) } };
    });
    setMessage(`${t.result}: ${passed ? t.passed : t.failed}. ${fill(t.score, score)}.`);
    // After the result has rendered (Preact renders state changes in a microtask).
    setTimeout(() => resultRef.current?.focus());
  }

  function submitSeed(e: Event) {
    e.preventDefault();
    const parsed = parseSeed(new FormData(e.currentTarget as HTMLFormElement).get('seed') as string);
    if (parsed === undefined) setSeedError(t.seedInvalid);
    else start(parsed, true);
  }

  if (!drawn) return <p class="nas-notice">{fill(t.tooFew, { count })}</p>;

  const wrong = result ? drawn.map((d, i) => ({ ...d, n: i + 1 })).filter((d) => !isAnswerCorrect(d.q, answers[d.key])) : [];

  return (
    <div class="nas-quiz nas-exam">
      <Notices notices={notices} t={t} />
      <div class="nas-exam-seed">
        <p>
          <strong>{t.seed}:</strong> <span class="nas-seed">{seed}</span>. {t.seedHelp}
        </p>
        <form class="nas-inline-form" onSubmit={submitSeed} noValidate>
          <label for="nas-seed-input">{t.seedInput}</label>{' '}
          <input
            id="nas-seed-input"
            name="seed"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            size={12}
            aria-invalid={seedError ? 'true' : undefined}
            aria-describedby="nas-seed-error"
          />{' '}
          <button type="submit" class="nas-button">
            {t.seedUse}
          </button>
          <p id="nas-seed-error" class="nas-field-error">
            {seedError}
          </p>
        </form>
      </div>
      {drawn.map((d, i) => (
        <Question
          key={d.key}
          q={{ ...d.q, ...lazy.review?.questions[d.key] }}
          n={i + 1}
          total={drawn.length}
          anchor={anchor(d.key)}
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
          <button type="button" class="nas-button" disabled={!ready} onClick={finish}>
            {t.finish}
          </button>
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
              <Mark ok={result.passed} t={t} />
              {result.passed ? t.passed : t.failed}
            </p>
            <p>
              <strong>{t.scoreLabel}:</strong> {fill(t.score, result)}.{' '}
              {fill(t.passMark, { mark: EXAM.passMark })} {t.seed}: {result.seed}.
            </p>
            {result.passed && (
              <p>
                <a href={certificateHref}>{t.toCertificate}</a>
              </p>
            )}
            {reviewHref && !lazy.review && <ReviewStatus failed={lazy.failed} retry={lazy.retry} t={t} />}
            <h3>{t.review}</h3>
            {wrong.length === 0 ? (
              <p>{t.reviewNone}</p>
            ) : (
              <ReviewList items={wrong.map((d) => ({ n: d.n, q: d.q, href: `#${anchor(d.key)}` }))} t={t} />
            )}
            <button type="button" class="nas-button" onClick={() => start(newSeed(), true)}>
              {t.newDraw}
            </button>
          </section>
        )}
      </div>
    </div>
  );
}
