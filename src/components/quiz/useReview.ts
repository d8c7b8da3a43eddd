/*
 * Review material (explanations, rules) loaded apart from the questions, so the exam page does not
 * carry what a reader sees only after checking. Fetched once `needed` becomes true; a failure is
 * reported (the score never depends on it) and `retry` fetches again.
 */
import { useEffect, useState } from 'preact/hooks';
import type { QuizReview } from '../../lib/quiz/review';

export interface ReviewState {
  review?: QuizReview;
  /** Loading failed (offline, or a stale file). */
  failed: boolean;
  retry: () => void;
}

export function useReview(href: string | undefined, needed: boolean): ReviewState {
  const [state, setState] = useState<QuizReview | 'failed' | undefined>();
  const load = () => {
    setState(undefined);
    fetch(href!)
      .then((response) => response.json())
      // A file of another shape (a stale cache) counts as a failure.
      .then((loaded: QuizReview) => setState(loaded?.questions && loaded.rules ? loaded : 'failed'))
      .catch(() => setState('failed'));
  };
  useEffect(() => {
    if (href && needed && !state) load();
  }, [needed]);
  return { review: typeof state === 'object' ? state : undefined, failed: state === 'failed', retry: load };
}
