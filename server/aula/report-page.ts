/*
 * HTML the hall server writes itself: the session report (A4 print CSS, no script) and a short
 * notice page. Every value from the session (display names, deck text) goes through `escape`.
 */
import { hall as t } from '../../src/i18n/hall.ts';
import type { Report } from '../../src/lib/aula/report.ts';

export const escape = (text: string | number) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const when = (ms: number) =>
  new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(ms));

const style = `
  :root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.45; color: #111; background: #fff; }
  body { max-width: 52rem; margin: 0 auto; padding: 1.5rem; }
  h1 { font-size: 1.6rem; margin: 0 0 .5rem; } h2 { font-size: 1.25rem; margin: 1.75rem 0 .5rem; } h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; } dt { font-weight: 600; } dd { margin: 0; }
  table { border-collapse: collapse; width: 100%; margin: .25rem 0 .5rem; } th, td { border: 1px solid #666; padding: .3rem .5rem; text-align: left; vertical-align: top; }
  td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .q { break-inside: avoid; } .actions a { font-weight: 600; } .note { color: #333; font-size: .95rem; }
  @page { size: A4; margin: 15mm; }
  @media print { body { max-width: none; padding: 0; font-size: 10.5pt; } .actions { display: none; } a { color: inherit; text-decoration: none; } }
`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)} · Netralitas ASN</title><style>${style}</style></head><body><main>${body}</main></body></html>`;
}

export function simplePage(title: string, text: string, link: string): string {
  return page(title, `<h1>${escape(title)}</h1><p>${escape(text)} <a href="${escape(link)}">${escape(link)}</a></p>`);
}

export function reportPage(report: Report, csvHref: string): string {
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
  const body = `<h1>${t.reportTitle}</h1>
<p class="actions"><a href="${escape(csvHref)}" download>${t.reportCsv}</a> · ${t.reportPrint}: Ctrl+P</p>
<dl>
<dt>${t.reportStarted}</dt><dd>${escape(when(report.startedAt))}</dd>
<dt>${t.reportPrinted}</dt><dd>${escape(when(report.generatedAt))}</dd>
<dt>${t.reportDecks}</dt><dd>${report.decks.map((d) => escape(d.title)).join(', ') || '–'}</dd>
<dt>${t.reportDevices}</dt><dd id="perangkat">${report.devices}</dd>
<dt>${t.reportNames}</dt><dd>${report.names.map(escape).join(', ') || t.reportNoNames}</dd>
</dl>
<h2>${t.reportMissed}</h2>${missed}
<h2>${t.reportQuestions}</h2>${questions || `<p>${t.reportNone}</p>`}
<p class="note">${t.reportPrivacy}</p>`;
  return page(t.reportTitle, body);
}
