/*
 * The deck page's script: wires keys, buttons, tally fields, a BroadcastChannel between windows and
 * sessionStorage to the pure reducer in src/lib/aula/deck-state.ts, and paints the state it returns.
 * No framework: the slides are already in the HTML.
 */
import {
  cardCounts,
  initialState,
  joinCounts,
  parseMessage,
  parseState,
  reduce,
  serialiseState,
  tallyRows,
  timeLeft,
  type DeckAction,
  type DeckMessage,
  type DeckState,
} from '../../lib/aula/deck-state';
import { commandForKey, type Command } from '../../lib/aula/keys';
import { aulaLive as t } from '../../i18n/id';
import type { LiveHooks } from './deck-live';
import type { CameraHandle } from './deck-camera';

const root = document.getElementById('deck') as HTMLElement;
const deck = root.dataset.deck ?? '';
const slides = [...root.querySelectorAll<HTMLElement>('.nas-slide')];
const shape = { options: slides.map((s) => Number(s.dataset.options) || 0) };
const audience = document.documentElement.dataset.layar === 'audiens';
const storageKey = `nas:aula:v1:${deck}`;
const $ = (id: string) => document.getElementById(id) as HTMLElement;
const notes = $('notes');
const keysDialog = $('keys') as HTMLDialogElement;
const button = (cmd: string) => root.querySelector<HTMLButtonElement>(`button[data-cmd="${cmd}"]`)!;

// The audience window never carries the answer or the talking points.
if (audience) root.querySelectorAll('.nas-fac-only').forEach((el) => el.remove());
// A deck without questions (the Ikrar, the Pakta) has nothing to reveal.
else button('reveal').hidden = !shape.options.some((n) => n > 0);

function load(): DeckState {
  try {
    return parseState(sessionStorage.getItem(storageKey), shape) ?? initialState();
  } catch {
    return initialState();
  }
}
function save() {
  try {
    sessionStorage.setItem(storageKey, serialiseState(state));
  } catch {
    /* storage full or blocked: the session still works, it just won't survive a reload */
  }
}

let state = load();
const channel = 'BroadcastChannel' in window ? new BroadcastChannel('nas-aula') : undefined;
const post = (message: DeckMessage) => channel?.postMessage(message);

/*
 * Live hall: only when the page came from the hall server's facilitator address, which leaves a
 * marker cookie. On a static host there is none, and nothing more is loaded.
 */
let live: LiveHooks | undefined;
const fromHallServer = /(?:^|;\s*)nas_aula=1(?:;|$)/.test(document.cookie);
// A build without a public address leaves the phones' QR code to be drawn for this page's own
// origin; the hall server puts its own join code there instead, so a live deck never draws it.
if (!fromHallServer && root.querySelector('[data-qr-path]')) void import('./deck-qr').then((m) => m.drawServedQr(root));
if (fromHallServer) {
  void import('./deck-live').then((m) => {
    live = m.connectLive({ deck, audience, root, state: () => state, render: () => render() });
  });
}


function dispatch(action: DeckAction) {
  const next = reduce(state, action, shape);
  if (next === state) return;
  state = next;
  save();
  post({ kind: 'state', deck, state: serialiseState(state) });
  live?.push();
  // Card answers go to the hall server as they are read (the synced state leaves them out).
  if (action.type === 'cards') live?.cards(state.slide, action.answers);
  render();
}

channel?.addEventListener('message', (event) => {
  const message = parseMessage(event.data, deck, shape);
  if (!message) return;
  if (message.kind === 'hello') post({ kind: 'state', deck, state: serialiseState(state) });
  else {
    state = parseState(message.state, shape) ?? state;
    save();
    live?.push();
    render();
  }
});

/** Shrinks the current slide's type until it fits the stage (long questions on a 4:3 projector). */
function fit(slide: HTMLElement) {
  let f = 1;
  slide.style.setProperty('--fit', '1');
  while (f > 0.5 && (slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1)) {
    f = Math.round((f - 0.05) * 100) / 100;
    slide.style.setProperty('--fit', String(f));
  }
}

let lastSlide = -1;
function render() {
  const current = slides[state.slide];
  slides.forEach((slide, i) => {
    slide.classList.toggle('is-current', i === state.slide);
    slide.toggleAttribute('data-revealed', state.revealed.includes(i));
    const tally = joinedTally(i);
    const rows = slide.querySelectorAll<HTMLElement>('.nas-option');
    rows.forEach((row, j) => {
      const box = row.querySelector<HTMLElement>('.nas-tally')!;
      box.hidden = !tally;
      if (tally) {
        const { count, percent } = tally.rows[j];
        box.querySelector<HTMLElement>('.nas-tally__bar')!.style.setProperty('--share', `${percent}%`);
        box.querySelector<HTMLElement>('.nas-tally__text')!.textContent = t.tallyRow(count, percent);
      }
      const input = row.querySelector<HTMLInputElement>('input');
      // An option nobody raised a hand for shows an empty field, so typing a number does not give "09".
      const value = String(state.tally[i]?.[j] || '');
      if (input && input !== document.activeElement && input.value !== value) input.value = value;
    });
    const total = slide.querySelector<HTMLElement>('.nas-tally-total');
    if (total) {
      total.hidden = !tally;
      total.textContent = tally ? tally.text : '';
    }
  });
  notes.querySelectorAll<HTMLElement>('[data-slide]').forEach((n) => (n.hidden = Number(n.dataset.slide) !== state.slide));
  $('counter').textContent = `${state.slide + 1} / ${slides.length}`;
  if (!audience) {
    const isQuestion = shape.options[state.slide] > 0;
    const reveal = button('reveal');
    reveal.disabled = !isQuestion;
    reveal.textContent = state.revealed.includes(state.slide) ? t.hide : t.reveal;
    button('black').setAttribute('aria-pressed', String(state.black));
  }
  $('blackout').hidden = !state.black;
  tick();
  if (state.slide !== lastSlide) {
    $('status').textContent = t.slideOf(state.slide + 1, slides.length);
    lastSlide = state.slide;
  }
  fit(current);
  camera?.update();
}

/**
 * The slide's one chart: raised hands, phones (live hall) and cards added up per option, and a line
 * that names each source with its count.
 */
function joinedTally(slide: number) {
  const options = shape.options[slide];
  if (!options) return undefined;
  const hands = tallyRows(state, slide);
  const phones = live?.tally(slide);
  const cardReads = Object.keys(state.cards[slide] ?? {}).length;
  const cards = cardReads ? cardCounts(state, slide, options) : undefined;
  const joined = joinCounts([hands && { counts: state.tally[slide] }, phones, cards && { counts: cards }]);
  if (!joined) return undefined;
  const parts = [
    hands && { alone: t.tallyTotal(hands.total), part: t.sourceHands(hands.total) },
    phones && { alone: phones.text, part: phones.text },
    cards && { alone: t.cardsTotal(cardReads), part: t.sourceCards(cardReads) },
  ].filter((p) => !!p);
  const text = parts.length === 1 ? parts[0].alone : t.totalOf(joined.total, parts.map((p) => p.part).join(' · '));
  return { ...joined, text };
}

/** The answer-card camera: its module and the detector load on first use only. */
let camera: CameraHandle | undefined;
async function toggleCamera() {
  const panel = document.getElementById('camera');
  if (!panel) return;
  const open = panel.hidden;
  panel.hidden = !open;
  const toggle = button('camera');
  toggle.setAttribute('aria-expanded', String(open));
  toggle.textContent = (open ? toggle.dataset.off : toggle.dataset.on) ?? toggle.textContent;
  if (!open) {
    camera?.stop();
    camera = undefined;
    return;
  }
  const { startCamera } = await import('./deck-camera');
  if (panel.hidden || camera) return;
  camera = startCamera({
    panel,
    question: () => (shape.options[state.slide] > 0 ? { slide: state.slide, options: shape.options[state.slide] } : undefined),
    counted: () => state.cards[state.slide] ?? {},
    answer: (answers) => dispatch({ type: 'cards', answers }),
    clear: () => dispatch({ type: 'cardsClear' }),
  });
}

let ticker: number | undefined;
function tick() {
  const running = state.timer.endsAt !== null;
  const left = timeLeft(state, Date.now());
  const timer = $('timer');
  timer.hidden = !running;
  $('timer-text').textContent =
    left > 0 ? `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}` : t.timeUp;
  if (!audience) button('timer').textContent = running && left > 0 ? t.timerStop : t.timerStart;
  if (running && left > 0) ticker ??= window.setInterval(tick, 250);
  else if (ticker !== undefined) {
    clearInterval(ticker);
    ticker = undefined;
  }
}

function toggleNotes(open = notes.hidden) {
  notes.hidden = !open;
  button('notes').setAttribute('aria-expanded', String(open));
  fit(slides[state.slide]);
}

function run(command: Command | 'notes' | 'audience' | 'close' | 'camera') {
  switch (command) {
    case 'fullscreen':
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => {});
      return;
    case 'help':
      if (!keysDialog.open) keysDialog.showModal();
      return;
    case 'notes':
      toggleNotes();
      return;
    case 'audience': {
      const url = new URL(location.href);
      url.searchParams.set('layar', 'audiens');
      window.open(url.href, `nas-aula-${deck}`, 'popup');
      toggleNotes(true);
      return;
    }
    case 'timer':
      dispatch({ type: 'timer', now: Date.now() });
      return;
    case 'close':
      live?.toggleClose();
      return;
    case 'camera':
      void toggleCamera();
      return;
    default:
      dispatch({ type: command });
  }
}

document.addEventListener('keydown', (event) => {
  if (keysDialog.open || event.defaultPrevented) return;
  const target = event.target as HTMLElement;
  const command = commandForKey({
    key: event.key,
    ctrlKey: event.ctrlKey,
    altKey: event.altKey,
    metaKey: event.metaKey,
    targetTag: target?.tagName,
    editable: target?.isContentEditable,
  });
  if (!command) return;
  event.preventDefault();
  run(command);
});

root.addEventListener('click', (event) => {
  const cmd = (event.target as Element).closest<HTMLButtonElement>('button[data-cmd]')?.dataset.cmd;
  if (cmd) run(cmd as Command);
});

root.addEventListener('input', (event) => {
  const input = event.target as HTMLInputElement;
  if (input.dataset.option === undefined) return;
  dispatch({ type: 'tally', option: Number(input.dataset.option), value: input.value === '' ? 0 : Number(input.value) });
});

window.addEventListener('resize', () => fit(slides[state.slide]));
document.addEventListener('fullscreenchange', () => fit(slides[state.slide]));

render();
post({ kind: 'hello', deck });
