/*
 * The course overview on /kuis/: every module quiz with its progress and best score, the course
 * progress as a native <progress> with text, the exam status, and export / import / reset.
 */
import { useState } from 'preact/hooks';
import { fill } from '../../i18n/fill';
import { formatDate } from '../../i18n/format';
import type { CourseText } from '../../i18n/id';
import { browserStore, emptyProgress, reconcileModule, resetProgress } from '../../lib/quiz/storage';
import { exportProgress, importProgress } from '../../lib/quiz/transfer';
import { Notices } from './Question';
import { useProgress } from './useProgress';

export interface CourseModule {
  id: string;
  title: string;
  description: string;
  href: string;
  /** Question id -> fingerprint. */
  fps: Record<string, string>;
}

export interface CourseProps {
  modules: CourseModule[];
  examHref: string;
  certificateHref: string;
  /** The `quiz` and `course` strings from src/i18n/id.ts. */
  t: CourseText;
}

export default function Course({ modules, examHref, certificateHref, t }: CourseProps) {
  const { progress, notices, ready, replace } = useProgress();
  const [message, setMessage] = useState('');
  const rows = modules.map((m) => {
    const module = reconcileModule(progress.modules[m.id], m.fps);
    const total = Object.keys(m.fps).length;
    return { ...m, total, checked: Object.keys(module.answers).length, best: module.best };
  });
  const total = rows.reduce((n, r) => n + r.total, 0);
  const checked = rows.reduce((n, r) => n + r.checked, 0);
  const percent = total === 0 ? 0 : Math.floor((checked * 100) / total);
  const done = rows.filter((r) => r.total > 0 && r.checked === r.total).length;
  const pass = progress.exam.pass;

  function download() {
    const blob = new Blob([exportProgress(progress, new Date().toISOString())], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = t.exportFile;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  async function upload(e: Event) {
    const inputEl = e.currentTarget as HTMLInputElement;
    const file = inputEl.files?.[0];
    if (!file) return;
    const result = importProgress(await file.text());
    inputEl.value = '';
    if (!result.ok) {
      setMessage({ json: t.importJson, format: t.importFormat, version: t.importVersion, shape: t.importShape }[result.reason]);
      return;
    }
    replace(result.progress);
    setMessage(t.imported);
  }

  function reset() {
    if (!window.confirm(t.resetConfirm)) return;
    resetProgress(browserStore().store);
    replace(emptyProgress());
    setMessage(t.resetDone);
  }

  return (
    <div class="nas-course">
      <Notices notices={notices} t={t} />
      <div class="nas-course-progress">
        <label for="nas-course-bar">{t.courseProgress}</label>
        <progress id="nas-course-bar" max={Math.max(total, 1)} value={checked}>
          {percent}%
        </progress>
        <p>
          {fill(t.courseText, { n: checked, total, percent })} {fill(t.modulesDone, { n: done, total: rows.length })}{' '}
          {pass ? (
            <>
              {fill(t.examPassedOn, { date: formatDate(pass.date), percent: pass.percent })}{' '}
              <a href={certificateHref}>{t.toCertificate}</a>
            </>
          ) : (
            <>
              {t.examNotPassed} <a href={examHref}>{t.toExam}</a>
            </>
          )}
        </p>
      </div>
      <ol class="nas-modules">
        {rows.map((r) => (
          <li key={r.id}>
            <h2>
              <a href={r.href}>{r.title}</a>
            </h2>
            <p>{r.description}</p>
            <p class="nas-module-status">
              {r.checked === 0 ? t.notStarted : fill(t.moduleProgress, { n: r.checked, total: r.total })}
              {r.total > 0 && r.checked === r.total && ` · ${t.moduleDone}`}
              {r.best && ` · ${t.best}: ${fill(t.score, r.best)}`}
            </p>
          </li>
        ))}
      </ol>
      <section class="nas-manage" aria-labelledby="nas-manage">
        <h2 id="nas-manage">{t.manage}</h2>
        <p>{t.manageIntro}</p>
        <div class="nas-manage-actions">
          <button type="button" class="nas-button" disabled={!ready} onClick={download}>
            {t.exportButton}
          </button>
          <p class="nas-field">
            <label for="nas-import">{t.importLabel}</label>
            <input id="nas-import" type="file" accept="application/json,.json" disabled={!ready} onChange={upload} />
          </p>
          <button type="button" class="nas-button nas-button--secondary" disabled={!ready} onClick={reset}>
            {t.resetButton}
          </button>
        </div>
        <div role="status" class="nas-status">
          {message}
        </div>
      </section>
    </div>
  );
}
