/*
 * The self-study certificate: only after a passed exam (read from storage). The learner types a name,
 * says whether they are PNS, PPPK, PPPK paruh waktu or non-ASN (native radio buttons), gives the number
 * that fits (the NIP for PNS and PPPK, an optional free-text number for the others) and the unit; the certificate shows them with score,
 * date, exam seed and a verification code, and prints on one A4 landscape page (print CSS lives on
 * the page). Nothing typed here is stored.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../i18n/fill';
import { formatDate } from '../../i18n/format';
import type { CertificateText } from '../../i18n/id';
import { EMPLOYEE_STATUSES, hasNip, identifierOf, numberKind, STAFF_NUMBER_MAX, type EmployeeStatus } from '../../lib/employee';
import {
  validateCertificate,
  verificationCode,
  type CertificateError,
  type CertificateInput,
} from '../../lib/quiz/certificate';
import { Notices } from './Question';
import { useProgress } from './useProgress';

export interface CertificateProps {
  examHref: string;
  /** The `quiz` and `certificate` strings from src/i18n/id.ts. */
  t: CertificateText;
}

function message(e: CertificateError, t: CertificateText): string {
  switch (e.field) {
    case 'name':
      return t.errName;
    case 'unit':
      return t.errUnit;
    case 'status':
      return t.errStatus;
    case 'nip':
      return e.kind === 'chars' ? t.errNipChars : fill(t.errNip, { n: e.digits });
    case 'staffNumber':
      return e.kind === 'chars' ? t.errStaffNumberChars : fill(t.errStaffNumber, { n: e.max });
  }
}

const EMPTY: CertificateInput = { name: '', status: '', nip: '', staffNumber: '', unit: '' };

export default function Certificate({ examHref, t }: CertificateProps) {
  const { progress, notices, ready } = useProgress();
  const [input, setInput] = useState<CertificateInput>(EMPTY);
  const [errors, setErrors] = useState<CertificateError[]>([]);
  const [shown, setShown] = useState<CertificateInput | undefined>();
  const [status, setStatus] = useState('');
  const [focus, setFocus] = useState<string | undefined>();
  const certRef = useRef<HTMLHeadingElement>(null);
  const pass = progress.exam.pass;

  useEffect(() => {
    if (focus === 'cert') certRef.current?.focus();
    else if (focus) document.getElementById(focus)?.focus();
    setFocus(undefined);
  }, [focus]);

  if (!ready || !pass)
    return (
      <div class="nas-cert-gate">
        <Notices notices={notices} t={t} />
        <p>{t.needPass}</p>
        <p>
          <a href={examHref}>{t.toExam}</a>
        </p>
      </div>
    );

  const errorOf = (field: CertificateError['field']) => errors.find((e) => e.field === field);

  function submit(e: Event) {
    e.preventDefault();
    const found = validateCertificate(input);
    setErrors(found);
    if (found.length > 0) {
      setShown(undefined);
      setStatus(fill(t.errors, { n: found.length }));
      setFocus(`nas-cert-${found[0].field}`);
      return;
    }
    setShown({ ...input, name: input.name.trim().replace(/\s+/g, ' '), unit: input.unit.trim() });
    setStatus(t.shown);
    setFocus('cert');
  }

  type TextField = 'name' | 'nip' | 'staffNumber' | 'unit';
  const field = (name: TextField, label: string, extra: Record<string, unknown> = {}, help?: string) => {
    const error = errorOf(name);
    const id = `nas-cert-${name}`;
    const described = [help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
    return (
      <p class="nas-field">
        <label for={id}>{label}</label>
        <input
          id={id}
          name={name}
          type="text"
          required={name !== 'staffNumber'}
          value={input[name]}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={described}
          onInput={(e) => setInput({ ...input, [name]: (e.currentTarget as HTMLInputElement).value })}
          {...extra}
        />
        {help && (
          <span class="nas-field-help" id={`${id}-help`}>
            {help}
          </span>
        )}
        {error && (
          <span class="nas-field-error" id={`${id}-error`}>
            {message(error, t)}
          </span>
        )}
      </p>
    );
  };

  const statusError = errorOf('status');
  const statusField = (
    <fieldset class="nas-field nas-cert-status" aria-describedby={statusError ? 'nas-cert-status-error' : undefined}>
      <legend>{t.status}</legend>
      {EMPLOYEE_STATUSES.map((status, i) => (
        <label class="nas-cert-choice" key={status}>
          <input
            type="radio"
            name="status"
            value={status}
            // The first radio carries the group's id so an error can move the focus to the group.
            id={i === 0 ? 'nas-cert-status' : undefined}
            required
            checked={input.status === status}
            aria-invalid={statusError ? 'true' : undefined}
            onChange={() => setInput({ ...input, status })}
          />{' '}
          {t.statusOptions[status]}
        </label>
      ))}
      {statusError && (
        <span class="nas-field-error" id="nas-cert-status-error">
          {message(statusError, t)}
        </span>
      )}
    </fieldset>
  );

  /** Which free-text number the chosen status gives, if it has no NIP. */
  const freeKindOf = (s: EmployeeStatus | '') => {
    const kind = s && numberKind(s);
    return kind === 'pppk' || kind === 'staff' ? kind : undefined;
  };
  const freeKind = freeKindOf(input.status);

  const numberLine = (s: CertificateInput & { status: EmployeeStatus }) => {
    const id = identifierOf(s);
    const kind = freeKindOf(s.status);
    return kind ? id && `${t.staffNumberShort[kind]} ${id}` : `${t.nip} ${id}`;
  };

  const code =
    shown &&
    shown.status &&
    verificationCode({
      name: shown.name,
      identifier: identifierOf(shown),
      status: shown.status,
      correct: pass.correct,
      total: pass.total,
      date: pass.date,
      seed: pass.seed,
    });

  return (
    <div class="nas-cert-tool">
      <Notices notices={notices} t={t} />
      <form class="nas-cert-form nas-no-print" onSubmit={submit} noValidate>
        <h2>{t.formTitle}</h2>
        {field('name', t.name, { autoComplete: 'name' })}
        {statusField}
        {input.status && hasNip(input.status) && field('nip', t.nip, { inputMode: 'numeric', autoComplete: 'off', maxLength: 24 }, t.nipHelp)}
        {freeKind &&
          field('staffNumber', t.staffNumber[freeKind], { autoComplete: 'off', maxLength: STAFF_NUMBER_MAX }, t.staffNumberHelp[freeKind])}
        {field('unit', t.unit, { autoComplete: 'organization' })}
        <button type="submit" class="nas-button">
          {t.make}
        </button>
      </form>
      <div role="status" class="nas-status nas-no-print">
        {status}
      </div>
      {shown && shown.status && code && (
        <>
          <article class="nas-cert" aria-labelledby="nas-cert-title">
            <p class="nas-cert-kicker">{t.subtitle}</p>
            <h2 id="nas-cert-title" tabIndex={-1} ref={certRef}>
              {t.title}
            </h2>
            <p class="nas-cert-name">{shown.name}</p>
            <p>
              {[shown.status, numberLine({ ...shown, status: shown.status }), shown.unit].filter(Boolean).join(' · ')}
            </p>
            <p>{t.statement}</p>
            <dl class="nas-cert-facts">
              <div>
                <dt>{t.grade}</dt>
                <dd>{fill(t.score, pass)}</dd>
              </div>
              <div>
                <dt>{t.date}</dt>
                <dd>{formatDate(pass.date)}</dd>
              </div>
              <div>
                <dt>{t.seed}</dt>
                <dd>{pass.seed}</dd>
              </div>
              <div>
                <dt>{t.code}</dt>
                <dd>
                  <code class="nas-cert-code">{code}</code>
                </dd>
              </div>
            </dl>
            <p class="nas-cert-note">{t.codeHelp}</p>
            <p class="nas-cert-note">
              <strong>{t.selfStudy}</strong>
            </p>
          </article>
          <button type="button" class="nas-button nas-no-print" onClick={() => window.print()}>
            {t.print}
          </button>
        </>
      )}
    </div>
  );
}
