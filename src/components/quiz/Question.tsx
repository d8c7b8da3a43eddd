/*
 * One question as a real form group: fieldset + legend, native radios or checkboxes with labels.
 * It only renders; the parent island keeps the state and calls the pure scoring functions.
 */
import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import { fill } from '../../i18n/fill';
import type { QuizText } from '../../i18n/id';
import { paths } from '../../lib/paths';
import type { Notice } from '../../lib/quiz/storage';
import type { ViewOption, ViewQuestion, ViewRules } from '../../lib/quiz/view';

const html = (text: string) => ({ dangerouslySetInnerHTML: { __html: text } });

/** The chosen options' texts joined, as HTML (option texts are inline HTML from the build). */
export const optionsText = (options: readonly ViewOption[]) => options.map((o) => o.text).join('; ');

export function RuleLinks({ ids, rules, t }: { ids: readonly string[]; rules: ViewRules; t: QuizText }) {
  const known = ids.filter((id) => rules[id]);
  if (known.length === 0) return null;
  return (
    <ul class="nas-q-rules">
      {known.map((id) => {
        const rule = rules[id];
        return (
          <li key={id}>
            {t.rule}: <a href={paths.rule(id)}>{rule.title}</a> ({rule.verdict === 'boleh' ? t.verdictBoleh : t.verdictDilarang})
            {rule.legal.length > 0 && (
              <>
                {' '}
                · {t.legal}:{' '}
                {rule.legal.map((l, i) => (
                  <span key={`${l.id}-${i}`}>
                    {i > 0 && ', '}
                    <a href={paths.legal(l.id)}>{l.name}</a>
                  </span>
                ))}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function Notices({ notices, extra, t }: { notices: readonly Notice[]; extra?: string; t: QuizText }) {
  const text: Record<Notice, string> = { reset: t.noticeReset, quota: t.noticeQuota, unavailable: t.noticeUnavailable };
  if (notices.length === 0 && !extra) return null;
  return (
    <div class="nas-notice">
      {notices.map((n) => (
        <p key={n}>{text[n]}</p>
      ))}
      {extra && <p>{extra}</p>}
    </div>
  );
}

/** The review: each wrong question with its prompt and a link back to it (where its result is). */
export function ReviewList({ items, t }: { items: { n: number; q: ViewQuestion; href: string }[]; t: QuizText }) {
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
  /** Controls stay disabled until the island has hydrated (nothing would happen before). */
  live: boolean;
  onChoose: (keys: string[]) => void;
  /** Per-question check button; left out in the exam, which is checked at the end. */
  onCheck?: () => void;
  resultRef?: Ref<HTMLDivElement>;
  t: QuizText;
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
                  disabled={checked || !live}
                  onChange={(e) => choose(o.key, (e.currentTarget as HTMLInputElement).checked)}
                />{' '}
                <label for={inputId}>
                  <span {...html(o.text)} />
                </label>
                {checked && on && (
                  <p class="nas-opt-feedback">
                    <strong>
                      <span aria-hidden="true">{o.correct ? t.rightMark : t.wrongMark} </span>
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
              <span aria-hidden="true">{right ? t.rightMark : t.wrongMark} </span>
              {right ? t.answerRight : t.answerWrong}
            </strong>
            {!right && (
              <>
                {' '}
                {t.correctAnswer}: <span {...html(optionsText(correctOptions))} />.
              </>
            )}
          </p>
          <div class="nas-q-explanation">
            <span class="sr-only">{t.explanation}: </span>
            <div {...html(q.explanation)} />
          </div>
          <RuleLinks ids={q.rules} rules={props.rules} t={t} />
        </div>
      )}
    </section>
  );
}
