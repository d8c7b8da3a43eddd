/*
 * HTML the hall server writes itself: a room's report (A4 print CSS, no script), the Pakta sheets,
 * the rekap, and short notice pages. Every value from a session or an upload (names, units, deck
 * text) goes through `escape`. The numbers come from src/lib/aula/report.ts, the same functions the
 * CSV files are drawn from.
 */
import { hall as t } from '../../src/i18n/hall.ts';
import type { HallDeck } from '../../src/lib/aula/live.ts';
import type { AttendanceRow, Gain, PledgeRow, Rekap, Report, ResultRow } from '../../src/lib/aula/report.ts';

export const escape = (text: string | number) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export const when = (ms: number) => new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(new Date(ms));
export const day = (ms: number) => new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'Asia/Jakarta' }).format(new Date(ms));

const style = `
  :root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.45; color: #111; background: #fff; }
  body { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
  h1 { font-size: 1.6rem; margin: 0 0 .5rem; } h2 { font-size: 1.25rem; margin: 1.75rem 0 .5rem; } h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; } dt { font-weight: 600; } dd { margin: 0; }
  table { border-collapse: collapse; width: 100%; margin: .25rem 0 .5rem; } th, td { border: 1px solid #666; padding: .3rem .5rem; text-align: left; vertical-align: top; }
  td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; } td.sign { min-width: 8rem; height: 2.2rem; }
  .q { break-inside: avoid; } .actions a { font-weight: 600; } .note { color: #333; font-size: .95rem; }
  form { margin: .5rem 0 1rem; } label { display: block; margin: .5rem 0 .2rem; font-weight: 600; } input[type=text], input[type=number], textarea { font: inherit; padding: .3rem; max-width: 100%; }
  button { font: inherit; padding: .35rem .8rem; } .check label { display: inline; font-weight: normal; }
  .sheet { break-after: page; padding: 1rem 0; } .sheet:last-child { break-after: auto; } .sheet .sig { margin-top: 3rem; }
  .status { border-left: .3rem solid #1a5; padding: .3rem .6rem; } .status.bad { border-color: #b00; }
  code, .link { word-break: break-all; }
  @page { size: A4; margin: 15mm; }
  @media print { body { max-width: none; padding: 0; font-size: 10.5pt; } .actions, form, .noprint { display: none; } a { color: inherit; text-decoration: none; } }
`;

export function page(title: string, body: string): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)} · Netralitas ASN</title><style>${style}</style></head><body><main>${body}</main></body></html>`;
}

export function simplePage(title: string, text: string, link: string, linkText = link): string {
  return page(title, `<h1>${escape(title)}</h1><p>${escape(text)} <a href="${escape(link)}">${escape(linkText)}</a></p>`);
}

const table = (head: string[], rows: (string | number)[][], id?: string, numeric: number[] = []) =>
  `<table${id ? ` id="${id}"` : ''}><thead><tr>${head.map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => (c === '\u0000sign' ? '<td class="sign"></td>' : `<td${numeric.includes(i) ? ' class="n"' : ''}>${escape(c)}</td>`)).join('')}</tr>`)
    .join('')}</tbody></table>`;
const csvLink = (href: string) => `<p class="actions"><a href="${escape(href)}" download>${t.reportCsv}</a></p>`;

/** The distribution per question (and the questions most missed): the session report of before. */
function distributionSection(report: Report, csvHref: string): string {
  const questions = report.questions
    .map(
      (q) => `<section class="q"><h3>${escape(q.deckTitle)} · ${escape(q.label)}</h3><p>${escape(q.prompt)}</p>
<table><thead><tr><th scope="col">${t.reportOption}</th><th scope="col">${t.reportCount}</th><th scope="col">${t.reportPercent}</th></tr></thead><tbody>
${q.options
  .map((o) => `<tr><th scope="row">${o.letter}. ${escape(o.text)}${o.correct ? ` <strong>(${t.reportCorrect})</strong>` : ''}</th><td class="n">${o.count}</td><td class="n">${o.percent}%</td></tr>`)
  .join('\n')}
</tbody></table><p class="answered">${escape(t.reportAnswered(q.answered, q.right, q.rightPercent))}</p></section>`,
    )
    .join('\n');
  const missed = report.missed.length
    ? `<ol>${report.missed.map((q) => `<li>${escape(q.deckTitle)} · ${escape(q.label)}: ${escape(q.prompt)} — <strong>${q.rightPercent}%</strong> ${t.reportCorrect}</li>`).join('')}</ol>`
    : `<p>${t.reportMissedNone}</p>`;
  return `<h2>${t.reportMissed}</h2>${missed}
<h2>${t.reportQuestions}</h2>${csvLink(csvHref)}${questions || `<p>${t.reportNone}</p>`}`;
}

export interface RoomReportInput {
  title: string;
  code: string;
  attendance: boolean;
  createdAt: number;
  retentionDays: number;
  generatedAt: number;
  round: 'pre' | 'post';
  report: Report;
  people: AttendanceRow[];
  pledges: PledgeRow[];
  results: (ResultRow & { name: string })[];
  gain: Gain;
  /** Where the CSV files and the Pakta sheets of this room live (…/laporan). */
  base: string;
}

export function roomReportPage(r: RoomReportInput): string {
  const until = day(r.createdAt + r.retentionDays * 86_400_000);
  const roundLabel = (round: string) => (round === 'post' ? t.roundPost : t.roundPre);
  const peopleSection = r.attendance
    ? `<h2 id="hadir">${t.attendanceTitle}</h2>${csvLink(`${r.base}/hadir.csv`)}${
        r.people.length
          ? table(
              [t.colNo, t.colName, t.colStatus, t.colNip, t.colUnit, t.colCard, t.colTime, t.colSignature],
              r.people.map((p, i) => [i + 1, p.name, p.status, p.nip, p.unit, p.card ?? '', p.at ? when(p.at) : '', '\u0000sign']),
              'daftar-hadir',
              [0],
            )
          : `<p>${t.attendanceNone}</p>`
      }`
    : '';
  const pledgeSection = `<h2 id="ikrar">${t.pledgeTitle}</h2><p class="note">${t.pledgeNote}</p>${csvLink(`${r.base}/ikrar.csv`)}${
    r.pledges.length
      ? table([t.colNo, t.colName, t.colUnit, t.colDeck, t.colVersion, t.colTime], r.pledges.map((p, i) => [i + 1, p.name, p.unit, p.deckTitle, p.version, when(p.at)]), 'konfirmasi', [0])
      : `<p>${t.pledgeNone}</p>`
  }${r.attendance ? `<p class="actions"><a href="${escape(r.base)}/pakta/">${t.paktaSheets}</a></p>` : ''}`;
  const resultsSection = `<h2 id="hasil">${t.resultsTitle}</h2>${csvLink(`${r.base}/hasil.csv`)}${
    r.results.length
      ? table(
          [t.colName, t.colDeck, t.colRound, t.colAnswered, t.colRight, t.colScore],
          r.results.map((x) => [x.name, x.deckTitle, roundLabel(x.round), x.answered, x.right, x.score]),
          'hasil-peserta',
          [3, 4, 5],
        )
      : `<p>${t.resultsNone}</p>`
  }`;
  const g = r.gain;
  const gainRows = (rows: Gain['rules']) => rows.map((x) => [x.label, x.pre.answered, x.prePercent, x.post.answered, x.postPercent, x.gain]);
  const gainHead = (first: string) => [first, `${t.colAnswered} (${t.roundPre.toLowerCase()})`, t.colPre, `${t.colAnswered} (${t.roundPost.toLowerCase()})`, t.colPost, t.colGain];
  const gainSection = `<h2 id="kenaikan">${t.gainTitle}</h2>${
    g.overall
      ? `<p id="kenaikan-total">${escape(t.gainOverall(g.overall.prePercent, g.overall.postPercent, g.overall.gain))}</p>${csvLink(`${r.base}/kenaikan.csv`)}
<h3>${t.gainByRule}</h3>${table(gainHead(t.colRule), gainRows(g.rules), 'kenaikan-aturan', [1, 2, 3, 4, 5])}
<h3>${t.gainByQuestion}</h3>${table(gainHead(t.colQuestion), gainRows(g.questions), 'kenaikan-soal', [1, 2, 3, 4, 5])}`
      : `<p>${t.gainNone}</p>`
  }`;
  const body = `<h1>${t.reportTitle}</h1>
<p class="actions">${t.reportPrint}: Ctrl+P</p>
<dl>
<dt>${t.reportRoom}</dt><dd>${escape(r.title)}</dd>
${r.code ? `<dt>${t.reportCode}</dt><dd>${escape(r.code)}</dd>` : ''}
<dt>${t.reportMode}</dt><dd>${r.attendance ? t.modeAttendance : t.modeAnonymous}</dd>
<dt>${t.reportStarted}</dt><dd>${escape(when(r.report.startedAt))}</dd>
<dt>${t.reportPrinted}</dt><dd>${escape(when(r.report.generatedAt))}</dd>
<dt>${t.reportRound}</dt><dd>${roundLabel(r.round)}</dd>
<dt>${t.reportDecks}</dt><dd>${r.report.decks.map((d) => escape(d.title)).join(', ') || '–'}</dd>
<dt>${t.reportDevices}</dt><dd id="perangkat">${r.report.devices}</dd>
${r.attendance ? '' : `<dt>${t.reportNames}</dt><dd>${r.report.names.map(escape).join(', ') || t.reportNoNames}</dd>`}
</dl>
${peopleSection}
${pledgeSection}
${resultsSection}
${gainSection}
${distributionSection(r.report, `${r.base}.csv`)}
<p class="note">${r.attendance ? t.reportPrivacyAttendance(r.retentionDays) : t.reportPrivacy} ${escape(t.reportRetention(r.retentionDays, until))}</p>`;
  return page(`${t.reportTitle}: ${r.title}`, body);
}

/** One pre-filled Pakta Integritas sheet per registered person, for a wet or certified e-signature. */
export function paktaSheets(people: AttendanceRow[], deck: HallDeck | undefined, confirmedAt: (p: AttendanceRow) => number | undefined): string {
  const points = (deck?.slides ?? []).flatMap((s) => (s.kind === 'pledge' ? [s] : []));
  const sheets = people.map((p) => {
    const at = confirmedAt(p);
    return `<section class="sheet"><h1>${t.paktaSheetTitle}</h1><p>${t.paktaIntro}</p>
<dl><dt>${t.colName}</dt><dd>${escape(p.name)}</dd><dt>${t.colNip}</dt><dd>${escape(p.nip || '–')}</dd><dt>${t.colStatus}</dt><dd>${escape(p.status)}</dd><dt>${t.colUnit}</dt><dd>${escape(p.unit)}</dd></dl>
<ol>${points.map((s) => `<li>${escape(s.lead ? `${s.lead} ${s.text}` : s.text)}</li>`).join('')}</ol>
<p>${t.paktaClosing}</p>${at ? `<p class="note">${escape(t.paktaConfirmed(when(at)))}</p>` : ''}
<p class="sig">${t.paktaPlace}: ____________________<br><br><br>${t.paktaSign}: ____________________<br>${escape(p.name)}</p></section>`;
  });
  return page(t.paktaSheetTitle, sheets.join('\n') || `<p>${t.paktaNone}</p>`);
}

export function rekapPage(r: Rekap, csvHref: string, back: string): string {
  const body = `<h1>${t.rekapTitle}</h1>
<p class="actions"><a href="${escape(csvHref)}" download>${t.reportCsv}</a> · ${t.reportPrint}: Ctrl+P · <a href="${escape(back)}">${t.orgBack}</a></p>
<dl>
<dt>${t.rekapSessions}</dt><dd id="rekap-sesi">${r.sessions.length}</dd>
<dt>${t.rekapParticipants}</dt><dd id="rekap-peserta">${r.participants}</dd>
<dt>${t.rekapPledges}</dt><dd id="rekap-konfirmasi">${r.pledges}</dd>
<dt>${t.rekapScore}</dt><dd id="rekap-skor">${r.score}%</dd>
<dt>${t.rekapGain}</dt><dd id="rekap-kenaikan">${r.gain ? escape(t.gainOverall(r.gain.prePercent, r.gain.postPercent, r.gain.gain)) : t.rekapNoGain}</dd>
</dl>
<h2>${t.rekapSessions}</h2>${table(
    [t.colDate, t.reportRoom, t.colServer, t.colParticipants, t.colPledges, t.colAnswered, t.colScore, t.colGain],
    r.sessions.map((s) => [day(s.createdAt), s.title, s.server, s.participants, s.pledges, s.answered, s.score, s.gain ?? '–']),
    'rekap-tabel-sesi',
    [3, 4, 5, 6, 7],
  )}
<h2>${t.rekapByUnit}</h2>${table([t.colUnit, t.colCount], r.byUnit.map((u) => [u.name, u.count]), 'rekap-unit', [1])}
<h2>${t.rekapByStatus}</h2>${table([t.colStatus, t.colCount], r.byStatus.map((u) => [u.name, u.count]), 'rekap-status', [1])}
<p class="note">${t.rekapNote}</p>
<h2>${t.rekapMissedRules}</h2>${
    r.missedRules.length ? table([t.colRule, t.colAnswered, t.colRight, t.reportPercent], r.missedRules.map((m) => [m.title, m.answered, m.right, m.percent]), 'rekap-aturan', [1, 2, 3]) : `<p>${t.rekapMissedNone}</p>`
  }`;
  return page(t.rekapTitle, body);
}
