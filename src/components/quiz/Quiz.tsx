/*
 * A module quiz, or the short check at the end of a lesson: every question checked on its own,
 * feedback per chosen option, a running score, "Ulangi" with reshuffled options and a review of
 * the wrong answers. Progress is stored per bank (see storage.ts) and survives reloads.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../i18n/fill';
import type { QuizReviewText, QuizText } from '../../i18n/id';
import { orderForAttempt, seedFromText } from '../../lib/quiz/order';
import { isAnswerCorrect, scoreAnswers } from '../../lib/quiz/scoring';
import { bestScore, chosenKeys } from '../../lib/quiz/outcomes';
import { reconcileModule, type ModuleProgress, type Progress } from '../../lib/quiz/storage';
import { withReview } from '../../lib/quiz/review';
import { fingerprints, type ViewQuestion, type ViewRules } from '../../lib/quiz/view';
import { Notices, Question, ReviewList, ReviewStatus } from './Question';
import { useProgress } from './useProgress';
import { useReview } from './useReview';

export interface QuizData {
  questions: ViewQuestion[];
  rules: ViewRules;
}

export interface QuizProps {
  bank: string;
  /** QuizData as JSON: Astro would otherwise tag every value of a nested prop, doubling its size. */
  data: string;
  /** 'modules' for the full module quiz, 'checks' for a lesson's short check: stored apart. */
  scope: 'modules' | 'checks';
  /**
   * Where the review material (explanations, feedback, rules) is loaded from once a question is
   * checked, when `data` leaves it out (the short check, so lessons stay light).
   */
  reviewHref?: string;
  /** The `quiz` and `quizReview` strings from src/i18n/id.ts. */
  t: QuizText & QuizReviewText;
}

/** Only choice questions are reshuffled; "Benar/Salah" and "Boleh/Dilarang" keep their order. */
const shuffles = (q: ViewQuestion) => q.type === 'single' || q.type === 'multiple';

export default function Quiz({ bank, data, scope, reviewHref, t }: QuizProps) {
  const [shipped] = useState(() => JSON.parse(data) as QuizData);
  const { progress, notices, ready, update } = useProgress();
  const [changed, setChanged] = useState(0);
  const [drafts, setDrafts] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState('');
  const [focus, setFocus] = useState<string | undefined>();
  const resultRefs = useRef<Record<string, HTMLDivElement | null>>({});
  const firstInput = useRef<HTMLDivElement>(null);
  const fps = fingerprints(shipped.questions);

  // Once storage is read: drop answers to questions that changed or disappeared.
  useEffect(() => {
    if (!ready) return;
    const stored = progress[scope][bank];
    const module = reconcileModule(stored, fps);
    if (stored && module !== stored) {
      setChanged(Object.keys(stored.answers).length - Object.keys(module.answers).length);
      update((p) => withModule(p, module));
    }
  }, [ready]);

  useEffect(() => {
    if (focus === '#first') firstInput.current?.querySelector('input')?.focus();
    else if (focus) resultRefs.current[focus]?.focus();
    setFocus(undefined);
  }, [focus]);

  const module: ModuleProgress = reconcileModule(progress[scope][bank], fps);
  const checkedCount = shipped.questions.filter((q) => module.answers[q.id]).length;
  // Scoring needs only the shipped answer key; what is shown after checking may come later.
  const lazy = useReview(reviewHref, checkedCount > 0);
  const questions = lazy.review ? shipped.questions.map((q) => withReview(q, lazy.review!.questions[q.id])) : shipped.questions;
  const rules: ViewRules = { ...shipped.rules, ...lazy.review?.rules };
  const answers = chosenKeys(module.answers);
  const score = scoreAnswers(questions, answers);
  const finished = checkedCount === questions.length;
  const scoreText = fill(t.score, score);

  function withModule(p: Progress, m: ModuleProgress): Progress {
    return { ...p, [scope]: { ...p[scope], [bank]: m } };
  }

  function check(q: ViewQuestion, n: number) {
    const chosen = drafts[q.id] ?? [];
    if (chosen.length === 0) {
      setMessage(t.chooseFirst);
      return;
    }
    const nextAnswers = { ...module.answers, [q.id]: { c: chosen, f: q.fp } };
    const nextScore = scoreAnswers(questions, chosenKeys(nextAnswers));
    const done = questions.every((x) => nextAnswers[x.id]);
    const best = bestScore(module.best, nextScore, done);
    update((p) => withModule(p, { answers: nextAnswers, attempt: module.attempt, ...(best ? { best } : {}) }));
    const right = isAnswerCorrect(q, chosen);
    setMessage(
      `${fill(right ? t.questionRight : t.questionWrong, { n })} ` +
        `${t.scoreLabel}: ${fill(t.score, nextScore)}.${done ? ` ${t.finished}` : ''}`,
    );
    setFocus(q.id);
  }

  function retry() {
    update((p) => withModule(p, { answers: {}, attempt: module.attempt + 1, ...(module.best ? { best: module.best } : {}) }));
    setDrafts({});
    setMessage(t.retryDone);
    setFocus('#first');
  }

  const wrong = questions
    .map((q, i) => ({ q, n: i + 1 }))
    .filter(({ q }) => module.answers[q.id] && !isAnswerCorrect(q, answers[q.id]));
  const anchor = (q: ViewQuestion) => `nas-${scope === 'checks' ? 'cek' : 'kuis'}-${bank}-${q.id}`;

  return (
    <div class="nas-quiz">
      <Notices notices={notices} extra={changed > 0 ? fill(t.noticeChanged, { n: changed }) : undefined} t={t} />
      <div ref={firstInput}>
        {questions.map((q, i) => {
          const stored = module.answers[q.id];
          const order = shuffles(q) ? orderForAttempt(q.options, seedFromText(`${bank}/${q.id}`), module.attempt) : q.options;
          return (
            <Question
              key={q.id}
              q={q}
              n={i + 1}
              total={questions.length}
              anchor={anchor(q)}
              options={order}
              chosen={stored ? stored.c : (drafts[q.id] ?? [])}
              checked={!!stored}
              right={!!stored && isAnswerCorrect(q, stored.c)}
              rules={rules}
              live={ready}
              onChoose={(keys) => setDrafts((d) => ({ ...d, [q.id]: keys }))}
              onCheck={() => check(q, i + 1)}
              t={t}
              resultRef={(el) => {
                resultRefs.current[q.id] = el;
              }}
            />
          );
        })}
      </div>
      <div class="nas-quiz-summary">
        <p class="nas-score">
          <strong>{t.scoreLabel}:</strong> {scoreText} · {fill(t.answered, { n: checkedCount, total: questions.length })}
          {module.best && (
            <>
              {' '}
              · {t.best}: {fill(t.score, module.best)}
            </>
          )}
        </p>
        <div role="status" class="nas-status">
          {message}
        </div>
        {reviewHref && checkedCount > 0 && !lazy.review && <ReviewStatus failed={lazy.failed} retry={lazy.retry} t={t} />}
        {finished && (
          <section class="nas-review" aria-labelledby={`${anchor(questions[0])}-review`}>
            <h3 id={`${anchor(questions[0])}-review`}>
              {t.review}
            </h3>
            {wrong.length === 0 ? (
              <p>{t.reviewNone}</p>
            ) : (
              <ReviewList items={wrong.map(({ q, n }) => ({ n, q, href: `#${anchor(q)}` }))} t={t} />
            )}
          </section>
        )}
        {checkedCount > 0 && (
          <button type="button" class="nas-button" onClick={retry}>
            {t.retry}
          </button>
        )}
      </div>
    </div>
  );
}
