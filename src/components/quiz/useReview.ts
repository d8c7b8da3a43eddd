/*
 * Review material (explanations, rules) loaded apart from the questions, so the exam page does not
 * carry what a reader sees only after checking. Fetched once, when `needed` first becomes true; a
 * failure is reported (the score never depends on it) and can be retried.
 */
import { useEffect, useState } from 'preact/hooks';
import { isQuizReview, type QuizReview } from '../../lib/quiz/review';

export interface ReviewState {
  review?: QuizReview;
  /** Loading failed (offline, or a stale file); `retry` tries again. */
  failed: boolean;
  retry: () => void;
}

export function useReview(href: string | undefined, needed: boolean): ReviewState {
  const [review, setReview] = useState<QuizReview | undefined>();
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!href || !needed || review) return;
    let live = true;
    fetch(href)
      .then((response) => (response.ok ? response.json() : undefined))
      .then((loaded: unknown) => {
        if (!live) return;
        if (isQuizReview(loaded)) setReview(loaded);
        else setFailed(true);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [href, needed, attempt]);
  return {
    review,
    failed,
    retry: () => {
      setFailed(false);
      setAttempt((n) => n + 1);
    },
  };
}
