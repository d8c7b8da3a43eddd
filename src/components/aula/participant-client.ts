/*
 * The phones' page script: joins the hall server with a random device id kept in localStorage (one
 * phone, one vote; a reload is the same device), paints the slide the server sends, sends an answer
 * and shows "Jawaban terkirim" only when the server acknowledged it (it is on disk by then).
 * Reconnects by itself with a bounded backoff and catches up from the server's next view.
 * Everything from the server is placed with textContent, except the prompt and explanation HTML,
 * which the build rendered from the quiz banks (no participant text is ever rendered as HTML).
 */
import type { ParticipantView } from '../../lib/aula/live';
import { hall as t } from '../../i18n/hall';
import { paths } from '../../lib/paths';

const $ = (id: string) => document.getElementById(id) as HTMLElement;
const screen = $('screen');
const conn = $('conn');
const letter = (i: number) => String.fromCharCode(65 + i);

function stored(key: string, make: () => string): string {
  try {
    const value = localStorage.getItem(key);
    if (value && /^[A-Za-z0-9_-]{16,64}$/.test(value)) return value;
    const fresh = make();
    localStorage.setItem(key, fresh);
    return fresh;
  } catch {
    return make(); // storage blocked: still one vote per page load
  }
}
const device = stored('nas:aula:perangkat', () => {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
});
const nameInput = $('name') as HTMLInputElement;
try {
  nameInput.value = localStorage.getItem('nas:aula:nama') ?? '';
} catch {
  /* no stored name */
}

/** The room's join code, from the QR code's address (?kode=). */
const code = new URLSearchParams(location.search).get('kode') ?? '';
let ws: WebSocket | undefined;
let view: ParticipantView | undefined;
let attempt = 0;
let everConnected = false;
/** The answer the server counted for the shown question, and whether the last send is waiting. */
let feedback = '';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

function send(message: unknown): boolean {
  if (ws?.readyState !== WebSocket.OPEN) return false;
  ws.send(JSON.stringify(message));
  return true;
}
const join = () => send({ kind: 'join', device, ...(nameInput.value.trim() && { name: nameInput.value.trim() }) });

/** What identifies a screen: a new one is drawn from scratch, the same one keeps the phone's unsent choice. */
const screenKey = (v: ParticipantView) =>
  `${v.round}:${v.deck}:${v.slide}:${v.screen.kind}:${v.screen.kind === 'question' ? `${v.screen.open}:${!!v.screen.reveal}` : v.screen.kind === 'pledge' ? v.screen.confirmed : ''}`;
const formatTime = (ms: number) => new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
let shownKey = '';

function render() {
  if (!view) return;
  const v = view;
  const key = screenKey(v);
  if (key !== shownKey) {
    shownKey = key;
    feedback = '';
    draw(v);
  }
  const status = document.getElementById('feedback');
  if (status) status.textContent = feedback;
  timerUntil = v.timer > 0 ? Date.now() + v.timer * 1000 : 0;
  tick();
}

function draw(v: ParticipantView) {
  screen.replaceChildren();
  const s = v.screen;
  if (s.kind === 'wait') {
    screen.append(el('p', t.wait));
    return;
  }
  screen.append(el('p', `${v.title} · ${v.slide + 1} / ${v.slides}`, 'nas-join__label'));
  if (s.kind === 'info') {
    screen.append(el('h2', s.title), ...(s.lead ? [el('p', s.lead)] : []), el('p', t.wait));
    return;
  }
  if (s.kind === 'pledge') {
    screen.append(el('h2', s.label));
    const text = el('p', undefined, 'nas-join__pledge');
    if (s.lead) text.append(el('span', `${s.lead} … `));
    text.append(el('strong', s.text));
    screen.append(text);
    if (s.confirmed) screen.append(el('p', `✓ ${t.pledgeConfirmed(formatTime(s.confirmed))}`, 'nas-join__verdict nas-join__verdict--ok'));
    else {
      const button = el('button', t.pledgeConfirm);
      button.type = 'button';
      button.id = 'pledge';
      button.addEventListener('click', () => {
        if (!send({ kind: 'pledge', deck: v.deck })) feedback = t.reconnecting;
        render();
      });
      screen.append(button, el('p', t.pledgeWhat));
    }
    const status = el('p', undefined, 'nas-join__feedback');
    status.id = 'feedback';
    status.setAttribute('role', 'status');
    screen.append(status);
    return;
  }
  screen.append(el('h2', s.label, 'nas-join__label'));
  const prompt = el('div', undefined, 'nas-join__prompt');
  prompt.id = 'prompt';
  prompt.innerHTML = s.promptHtml; // build-time HTML from the quiz banks
  screen.append(prompt);
  if (s.multiple) screen.append(el('p', t.pickAll));
  const form = el('form');
  form.id = 'answer-form';
  const fieldset = el('fieldset');
  fieldset.setAttribute('aria-labelledby', 'prompt');
  fieldset.disabled = !s.open;
  s.options.forEach((text, i) => {
    const label = el('label', undefined, 'nas-join__option');
    const input = el('input');
    input.type = s.multiple ? 'checkbox' : 'radio';
    input.name = 'choice';
    input.value = String(i);
    input.checked = !!s.answer?.includes(i);
    const body = el('span', `${letter(i)}. ${text}`);
    if (s.reveal?.correct.includes(i)) {
      label.classList.add('is-correct');
      body.append(el('span', `✓ ${t.rightAnswer}`, 'nas-join__mark nas-join__mark--ok'));
    }
    if (s.reveal && s.answer?.includes(i)) body.append(el('span', t.yourAnswer, 'nas-join__mark'));
    label.append(input, body);
    fieldset.append(label);
  });
  form.append(fieldset);
  if (s.open) form.append(el('button', t.send));
  const status = el('p', undefined, 'nas-join__feedback');
  status.id = 'feedback';
  status.setAttribute('role', 'status');
  form.append(status);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const choice = [...form.querySelectorAll<HTMLInputElement>('input[name=choice]:checked')].map((i) => Number(i.value));
    if (choice.length === 0) feedback = t.chooseFirst;
    else if (!send({ kind: 'answer', deck: v.deck, slide: v.slide, choice })) feedback = t.reconnecting;
    else feedback = '';
    render();
  });
  screen.append(form);
  if (!s.open && !s.reveal) screen.append(el('p', t.closed));
  if (s.reveal) {
    const verdict =
      s.reveal.right === null
        ? el('p', t.noAnswer, 'nas-join__verdict')
        : el('p', s.reveal.right ? `✓ ${t.right}` : `✗ ${t.wrong}`, `nas-join__verdict nas-join__verdict--${s.reveal.right ? 'ok' : 'bad'}`);
    const explanation = el('div', undefined, 'nas-join__explanation');
    explanation.append(el('h3', t.explanation));
    const body = el('div');
    body.innerHTML = s.reveal.explanationHtml; // build-time HTML
    explanation.append(body);
    screen.append(verdict, explanation);
  }
}

let timerUntil = 0;
let ticker: number | undefined;
function tick() {
  const left = Math.max(0, Math.ceil((timerUntil - Date.now()) / 1000));
  $('timer').hidden = left === 0;
  $('timer-text').textContent = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
  if (left > 0) ticker ??= window.setInterval(tick, 250);
  else if (ticker !== undefined) {
    clearInterval(ticker);
    ticker = undefined;
  }
}

/* ---------- The join code and the daftar hadir ---------- */

interface Me {
  room: string;
  attendance: boolean;
  retentionDays: number;
  person: { name: string; unit: string } | null;
  units: string[];
  roster: { id: string; name: string }[];
}
const attend = $('attend');
const attendStatus = $('attend-status');
const codeForm = $('code-form') as HTMLFormElement;
let me: Me | undefined;

codeForm.hidden = !!code;
codeForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const typed = ($('code') as HTMLInputElement).value.toUpperCase().replace(/[\s-]/g, '');
  if (typed) location.search = `?kode=${encodeURIComponent(typed)}`;
});

function showMe(next: Me) {
  me = next;
  const room = $('room');
  room.hidden = false;
  room.textContent = next.person ? `${t.roomLine(next.room)} · ${t.attendYou(next.person.name, next.person.unit)}` : t.roomLine(next.room);
  $('name-box').hidden = next.attendance;
  attend.hidden = !next.attendance || !!next.person;
  if (attend.hidden) return;
  $('privacy-how').textContent = t.privacyHow(next.retentionDays);
  const rosterForm = $('roster-form');
  rosterForm.hidden = next.roster.length === 0;
  if (next.roster.length === 0) $('person-form').hidden = false;
  const select = $('roster') as HTMLSelectElement;
  if (select.options.length !== next.roster.length + 1) {
    select.replaceChildren(select.options[0]);
    for (const r of next.roster) {
      const option = el('option', r.name);
      option.value = r.id;
      select.append(option);
    }
  }
  const list = $('p-units');
  list.replaceChildren(...next.units.map((u) => Object.assign(el('option'), { value: u })));
}

// Someone not on the roster (a late addition) fills the form like in a room without one.
$('walk-in').addEventListener('click', () => {
  $('person-form').hidden = false;
  ($('p-name') as HTMLInputElement).focus();
});
$('roster-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const roster = ($('roster') as HTMLSelectElement).value;
  const nip = ($('roster-nip') as HTMLInputElement).value.replace(/\s/g, '');
  const message = roster ? { kind: 'attend', roster } : nip ? { kind: 'attend', nip } : undefined;
  attendStatus.textContent = !message ? t.rosterNotFound : send(message) ? '' : t.reconnecting;
});
$('person-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const value = (id: string) => ($(id) as HTMLInputElement).value.trim();
  const person = { name: value('p-name'), status: value('p-status'), unit: value('p-unit'), ...(value('p-nip') && { nip: value('p-nip').replace(/\s/g, '') }) };
  attendStatus.textContent = send({ kind: 'attend', person }) ? '' : t.reconnecting;
});

function onMessage(data: unknown) {
  let m: { kind?: string; view?: ParticipantView; reason?: string; answer?: number[]; deck?: string; slide?: number } & Partial<Me>;
  try {
    m = JSON.parse(String(data));
  } catch {
    return;
  }
  if (m.kind === 'view' && m.view && typeof m.view === 'object' && m.view.screen) {
    view = m.view;
    render();
  } else if (m.kind === 'ack' && view && view.screen.kind === 'question' && m.deck === view.deck && m.slide === view.slide) {
    view.screen.answer = m.answer ?? null;
    feedback = t.sent;
    render();
  } else if (m.kind === 'me') {
    showMe(m as unknown as Me);
  } else if (m.kind === 'registered') {
    attendStatus.textContent = t.attendDone;
  } else if (m.kind === 'error') {
    if (me?.attendance && !me.person && !attend.hidden) {
      attendStatus.textContent = m.reason === 'not-on-roster' ? t.rosterNotFound : m.reason === 'rate' ? t.tooFast : m.reason === 'not-registered' ? t.attendFirst : t.attendInvalid;
    }
    feedback = m.reason === 'rate' ? t.tooFast : m.reason === 'not-open' || m.reason === 'not-current' ? t.refused : m.reason === 'not-registered' ? t.attendFirst : feedback;
    render();
  }
}

function connect() {
  conn.textContent = attempt === 0 ? t.connecting : t.reconnecting;
  const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${paths.hallSocket('peserta')}${code ? `?kode=${encodeURIComponent(code)}` : ''}`);
  ws = socket;
  socket.addEventListener('open', () => {
    attempt = 0;
    everConnected = true;
    conn.textContent = t.connected;
    join();
  });
  socket.addEventListener('message', (event) => onMessage(event.data));
  socket.addEventListener('close', () => {
    if (ws !== socket) return;
    ws = undefined;
    attempt++;
    // No hall server at all (a static host), or no room with this code: say so and stop knocking.
    if (!everConnected && attempt >= (code ? 2 : 4)) {
      conn.textContent = code ? t.codeUnknown : t.noServer;
      codeForm.hidden = false;
      return;
    }
    // Bounded backoff with jitter, so 300 phones do not all knock at the same instant.
    const delay = Math.min(5000, 500 * 2 ** Math.min(attempt, 4)) * (0.75 + Math.random() / 2);
    conn.textContent = t.reconnecting;
    window.setTimeout(connect, delay);
  });
}

$('name-form').addEventListener('submit', (event) => {
  event.preventDefault();
  try {
    localStorage.setItem('nas:aula:nama', nameInput.value.trim());
  } catch {
    /* kept for this page only */
  }
  $('name-status').textContent = join() ? t.nameSaved : t.reconnecting;
});

connect();
