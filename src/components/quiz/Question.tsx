/*
 * One question as a real form group: fieldset + legend, native radios or checkboxes with labels.
 * It only renders; the parent island keeps the state and calls the pure scoring functions.
 */
import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import { fill } from '../../i18n/fill';
import type { QuestionText, QuizReviewText } from '../../i18n/id';
import type { Notice } from '../../lib/quiz/storage';
import type { ViewOption, ViewQuestion, ViewRules } from '../../lib/quiz/view';

const html = (text: string) => ({ dangerouslySetInnerHTML: { __html: text } });

/** The chosen options' texts joined, as HTML (option texts are inline HTML from the build). */
export const optionsText = (options: readonly ViewOption[]) => options.map((o) => o.text).join('; ');

/** Links to the rules a question teaches and their legal bases (HTML built at build time). */
export function RuleLinks({ ids, rules }: { ids: readonly string[]; rules: ViewRules }) {
  const items = ids.map((id) => rules[id] ?? '').join('');
  return items ? <ul class="nas-q-rules" {...html(items)} /> : null;
}

/** What happened to stored progress; an alert, since it appears once, as the page loads. */
export function Notices({ notices, extra, t }: { notices: readonly Notice[]; extra?: string; t: QuestionText }) {
  const text: Record<Notice, string> = { reset: t.noticeReset, quota: t.noticeQuota, unavailable: t.noticeUnavailable };
  if (notices.length === 0 && !extra) return null;
  return (
    <div class="nas-notice" role="alert">
      {notices.map((n) => (
        <p key={n}>{text[n]}</p>
      ))}
      {extra && <p>{extra}</p>}
    </div>
  );
}

/** While review material loads (see useReview), or why it did not, with a way to try again. */
export const ReviewStatus = ({ failed, retry, t }: { failed: boolean; retry: () => void; t: QuizReviewText }) => (
  <p class={failed ? 'nas-notice' : undefined}>
    {failed ? t.reviewFailed : t.reviewLoading}{' '}
    {failed && (
      <button type="button" class="nas-button" onClick={retry}>
        {t.reviewRetry}
      </button>
    )}
  </p>
);

/** ✓ or ✗ before a word that says the same (the mark alone is hidden from screen readers). */
export const Mark = ({ ok, t }: { ok: boolean; t: QuestionText }) => <span aria-hidden="true">{ok ? t.rightMark : t.wrongMark} </span>;

/** The review: each wrong question with its prompt and a link back to it (where its result is). */
export function ReviewList({ items, t }: { items: { n: number; q: ViewQuestion; href: string }[]; t: QuestionText }) {
  return (
    <ol class="nas-review-list">
      {items.map(({ n, q, href }) => (
        <li key={q.id}>
          <a href={href}>{fill(t.goToQuestion, { n })}</a>: <span {...html(q.prompt)} />
        </li>
      ))}
    </ol>
  );
}

export interface QuestionProps {
  q: ViewQuestion;
  /** 1-based position and count, for "Soal 3 dari 10". */
  n: number;
  total: number;
  /** Element id for links from the review. */
  anchor: string;
  /** Options in display order. */
  options: readonly ViewOption[];
  chosen: readonly string[];
  /** Checked: inputs locked, result shown. */
  checked: boolean;
  /** Whether the chosen answer is correct (only read when checked). */
  right: boolean;
  rules: ViewRules;
  /** The check button stays disabled until the island has hydrated (it would do nothing before). */
  live: boolean;
  onChoose: (keys: string[]) => void;
  /** Per-question check button; left out in the exam, which is checked at the end. */
  onCheck?: () => void;
  resultRef?: Ref<HTMLDivElement>;
  t: QuestionText;
}

export function Question(props: QuestionProps) {
  const { q, n, total, options, chosen, checked, right, live, t } = props;
  const id = useId();
  const multiple = q.type === 'multiple';
  const hintId = `${id}-hint`;
  const choose = (key: string, on: boolean) => {
    if (!multiple) props.onChoose([key]);
    else props.onChoose(on ? [...chosen.filter((k) => k !== key), key] : chosen.filter((k) => k !== key));
  };
  const correctOptions = q.options.filter((o) => o.correct);
  return (
    <section class={`nas-q${checked ? (right ? ' nas-q--right' : ' nas-q--wrong') : ''}`} id={props.anchor}>
      <fieldset aria-describedby={hintId}>
        <legend>
          <span class="nas-q-num">{fill(t.questionOf, { n, total })}</span> <span class="nas-q-prompt" {...html(q.prompt)} />
        </legend>
        <p class="nas-q-hint" id={hintId}>
          {multiple ? t.chooseMany : t.chooseOne}
        </p>
        <ul class="nas-options" role="list">
          {options.map((o) => {
            const on = chosen.includes(o.key);
            const inputId = `${id}-${o.key}`;
            return (
              <li key={o.key} class={checked && on ? (o.correct ? 'nas-opt--right' : 'nas-opt--wrong') : undefined}>
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  id={inputId}
                  name={id}
                  value={o.key}
                  checked={on}
                  disabled={checked}
                  onChange={(e) => choose(o.key, (e.currentTarget as HTMLInputElement).checked)}
                />{' '}
                <label for={inputId}>
                  <span {...html(o.text)} />
                </label>
                {checked && on && (
                  <p class="nas-opt-feedback">
                    <strong>
                      <Mark ok={!!o.correct} t={t} />
                      {o.correct ? t.right : t.wrong} ({t.yourChoice})
                    </strong>
                    {o.feedback && (
                      <>
                        {': '}
                        <span {...html(o.feedback)} />
                      </>
                    )}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      {props.onCheck && !checked && (
        <button type="button" class="nas-button" disabled={!live} onClick={props.onCheck}>
          {t.check}
        </button>
      )}
      {checked && (
        <div class="nas-q-result" tabIndex={-1} ref={props.resultRef}>
          <p class="nas-q-verdict">
            <strong>
              <Mark ok={right} t={t} />
              {right ? t.answerRight : t.answerWrong}
            </strong>
            {!right && (
              <>
                {' '}
                {t.correctAnswer}: <span {...html(optionsText(correctOptions))} />.
              </>
            )}
          </p>
          {q.explanation && <div class="nas-q-explanation" {...html(q.explanation)} />}
          <RuleLinks ids={q.rules ?? []} rules={props.rules} />
        </div>
      )}
    </section>
  );
}
