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
  `${v.deck}:${v.slide}:${v.screen.kind}:${v.screen.kind === 'question' ? `${v.screen.open}:${!!v.screen.reveal}` : ''}`;
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

function onMessage(data: unknown) {
  let m: { kind?: string; view?: ParticipantView; reason?: string; answer?: number[]; deck?: string; slide?: number };
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
  } else if (m.kind === 'error') {
    feedback = m.reason === 'rate' ? t.tooFast : m.reason === 'not-open' || m.reason === 'not-current' ? t.refused : feedback;
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
    // No hall server at all (a static host): say so and stop knocking.
    if (!everConnected && attempt >= 4) {
      conn.textContent = t.noServer;
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
