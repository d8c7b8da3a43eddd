/*
 * The live part of a deck, loaded only when the page came from the hall server's facilitator address.
 * It sends the deck's state to the server (the same serialised state the windows send each other),
 * shows "N peserta", the phones' answer distribution in place of the hands tally, a button to close
 * answers, and puts the participants' address and QR code on the title slide. When the server goes
 * away the deck carries on locally and the hands tally comes back; it reconnects by itself.
 */
import { serialiseState, type DeckState } from '../../lib/aula/deck-state';
import { hall as t } from '../../i18n/hall';
import { paths } from '../../lib/paths';
import { joinsStalled, watchJoins, type JoinWatch } from '../../lib/aula/join-watch';
import { cards } from '../../i18n/cards';

export interface LiveHooks {
  /** Call after every local state change. */
  push(): void;
  /** The phones' answers per option for a slide while phones are connected, and a line saying so. */
  tally(slide: number): { counts: number[]; people: number; text: string } | undefined;
  toggleClose(): void;
  /** Card answers just read on a slide: sent to the server, which counts each card's latest once. */
  cards(slide: number, answers: readonly { card: number; choice: number }[]): void;
}

/** The server takes at most this many card answers in one message. */
const CARDS_PER_MESSAGE = 500;

interface LiveMessage {
  kind: 'live';
  deck: string | null;
  slide: number;
  participants: number;
  /** Devices that joined this session (online or not); absent from older servers. */
  joined?: number;
  closed: boolean;
  counts: number[] | null;
  answered: number;
}

export function connectLive(ctx: {
  deck: string;
  audience: boolean;
  root: HTMLElement;
  state: () => DeckState;
  render: () => void;
}): LiveHooks {
  const status = document.getElementById('live') as HTMLElement;
  const closeButton = ctx.root.querySelector<HTMLButtonElement>('button[data-cmd="close"]');
  let ws: WebSocket | undefined;
  let latest: LiveMessage | undefined;
  let attempt = 0;
  let everConnected = false;
  let joins: JoinWatch | undefined;
  let warning: HTMLElement | undefined;

  const send = (message: unknown) => {
    if (ws?.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
  };
  const push = () => {
    // The laptop window speaks for the deck; the projector window follows it through the channel.
    // Card reads travel in their own 'cards' messages (the state with them could pass the frame limit).
    if (!ctx.audience) send({ kind: 'sync', deck: ctx.deck, state: serialiseState({ ...ctx.state(), cards: {} }) });
  };
  /** At most CARDS_PER_MESSAGE answers per message, as the server accepts. */
  const sendCards = (slide: number, answers: readonly { card: number; choice: number }[]) => {
    if (ctx.audience) return;
    for (let i = 0; i < answers.length; i += CARDS_PER_MESSAGE) {
      const chunk = answers.slice(i, i + CARDS_PER_MESSAGE).map(({ card, choice }) => ({ card, choice: [choice] }));
      send({ kind: 'cards', deck: ctx.deck, slide, answers: chunk });
    }
  };
  /** After (re)connecting: every card answer the deck holds, so none read while offline is lost. */
  const resendCards = () => {
    for (const [slide, reads] of Object.entries(ctx.state().cards)) {
      sendCards(Number(slide), Object.entries(reads).map(([card, choice]) => ({ card: Number(card), choice })));
    }
  };
  const mine = () => (latest && latest.deck === ctx.deck ? latest : undefined);

  function paint() {
    const m = mine();
    const state = ctx.state();
    status.hidden = false;
    if (!ws || ws.readyState !== WebSocket.OPEN) status.textContent = t.offline;
    else status.textContent = m ? `${t.peserta(m.participants)}${m.closed ? ` · ${t.closedNote}` : ''}` : t.peserta(latest?.participants ?? 0);
    if (closeButton) {
      const question = !!m?.counts && m.slide === state.slide;
      closeButton.hidden = ctx.audience || !question;
      closeButton.textContent = m?.closed ? t.openAnswers : t.closeAnswers;
    }
    ctx.root.classList.toggle('is-live', !!m && m.participants > 0);
    warnIfStalled();
    ctx.render();
  }

  /** "No new phone for N minutes": the network may be full; suggest cards (laptop window only). */
  function warnIfStalled() {
    if (ctx.audience) return;
    const now = Date.now();
    const stalled = !!latest && joinsStalled(joins, now, ctx.state().slide === 0);
    if (stalled && !warning) {
      warning = document.createElement('p');
      warning.className = 'nas-deck__warn';
      warning.setAttribute('role', 'status');
      status.after(warning);
    }
    if (warning) {
      warning.hidden = !stalled;
      warning.textContent = stalled && joins ? cards.joinsStalled(joins.participants, Math.floor((now - joins.since) / 60_000)) : '';
    }
  }
  // The count may stay the same for minutes without a message: look again every 15 seconds.
  if (!ctx.audience) window.setInterval(warnIfStalled, 15_000);

  function showJoinAddress(url: string, svg: string, joinCode: string | undefined) {
    ctx.root.querySelectorAll<HTMLElement>('.nas-qr').forEach((figure) => {
      const code = figure.querySelector<HTMLElement>('[data-qr]');
      if (code) {
        code.innerHTML = svg; // drawn by our server from its own address
        // The join code replaces the self-paced quiz's: the browser-drawn one must not come back over it.
        delete code.dataset.qrPath;
      }
      const caption = figure.querySelector('figcaption');
      if (!caption) return;
      const address = document.createElement('span');
      address.className = 'nas-qr__url';
      address.textContent = url;
      caption.replaceChildren(t.joinQrCaption, document.createElement('br'), address);
      // For those who cannot scan: the short code to type on the join page.
      if (joinCode) {
        const line = document.createElement('strong');
        line.className = 'nas-qr__joincode';
        line.textContent = t.joinCodeCaption(joinCode);
        caption.append(document.createElement('br'), line);
      }
    });
  }

  /** The session report, one click from the facilitator's window (never on the projector's). */
  function showReportLink() {
    if (ctx.audience || ctx.root.querySelector('[data-report]')) return;
    const link = document.createElement('a');
    link.href = paths.hallReport();
    link.target = '_blank';
    link.dataset.report = '';
    link.className = 'nas-deck__report';
    link.textContent = t.reportTitle;
    status.after(link);
  }

  function connect() {
    const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${paths.hallSocket('fasilitator')}`);
    ws = socket;
    socket.addEventListener('open', () => {
      attempt = 0;
      everConnected = true;
      push();
      resendCards();
      paint();
    });
    socket.addEventListener('message', (event) => {
      let m: Partial<Omit<LiveMessage, 'kind'>> & { kind?: string; participantUrl?: string; qr?: string; code?: string };
      try {
        m = JSON.parse(String(event.data));
      } catch {
        return;
      }
      if (m.kind === 'hello' && typeof m.participantUrl === 'string' && typeof m.qr === 'string') {
        showJoinAddress(m.participantUrl, m.qr, typeof m.code === 'string' ? m.code : undefined);
        showReportLink();
      }
      else if (m.kind === 'live') {
        latest = m as LiveMessage;
        // Devices that ever joined (a phone that drops and comes back is not a new join).
        joins = watchJoins(joins, latest.joined ?? latest.participants, Date.now());
        paint();
      }
    });
    socket.addEventListener('close', () => {
      if (ws !== socket) return;
      ws = undefined;
      latest = undefined;
      attempt++;
      // The marker cookie without a server (another local site on the same host name): stay quiet.
      if (!everConnected && attempt >= 3) return;
      paint();
      window.setTimeout(connect, Math.min(5000, 500 * 2 ** Math.min(attempt, 4)));
    });
  }
  connect();

  return {
    push,
    tally(slide) {
      const m = mine();
      if (!m || m.participants === 0 || !m.counts || m.slide !== slide) return undefined;
      // The server counts the cards this deck sent along with the phones; the deck adds its own cards
      // to the chart, so they come off here (until the server has them all, never below zero).
      const cardReads = Object.values(ctx.state().cards[slide] ?? {});
      const counts = m.counts.map((n, option) => Math.max(0, n - cardReads.filter((c) => c === option).length));
      const phones = Math.max(0, m.answered - cardReads.length);
      return { counts, people: phones, text: t.liveTotal(phones, m.participants) };
    },
    cards: sendCards,
    toggleClose() {
      const m = mine();
      if (m?.counts) send({ kind: 'close', deck: ctx.deck, slide: m.slide, closed: !m.closed });
    },
  };
}
