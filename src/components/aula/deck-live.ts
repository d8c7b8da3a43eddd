/*
 * The live part of a deck, loaded only when the page came from the hall server's facilitator address.
 * It sends the deck's state to the server (the same serialised state the windows send each other),
 * shows "N peserta", the phones' answer distribution in place of the hands tally, a button to close
 * answers, and puts the participants' address and QR code on the title slide. When the server goes
 * away the deck carries on locally and the hands tally comes back; it reconnects by itself.
 */
import { serialiseState, type DeckState, type TallyRow } from '../../lib/aula/deck-state';
import { hall as t } from '../../i18n/hall';
import { paths } from '../../lib/paths';

export interface LiveHooks {
  /** Call after every local state change. */
  push(): void;
  /** The phones' distribution for a slide, while phones are connected. */
  tally(slide: number): { rows: TallyRow[]; total: number; text: string } | undefined;
  toggleClose(): void;
}

interface LiveMessage {
  kind: 'live';
  deck: string | null;
  slide: number;
  participants: number;
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

  const send = (message: unknown) => {
    if (ws?.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
  };
  const push = () => {
    // The laptop window speaks for the deck; the projector window follows it through the channel.
    if (!ctx.audience) send({ kind: 'sync', deck: ctx.deck, state: serialiseState(ctx.state()) });
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
    ctx.render();
  }

  function showJoinAddress(url: string, svg: string, joinCode: string | undefined) {
    ctx.root.querySelectorAll<HTMLElement>('.nas-qr').forEach((figure) => {
      const code = figure.querySelector<HTMLElement>('[data-qr]');
      if (code) code.innerHTML = svg; // drawn by our server from its own address
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
      const rows = m.counts.map((count) => ({ count, percent: m.answered ? Math.round((count * 100) / m.answered) : 0 }));
      return { rows, total: m.answered, text: t.liveTotal(m.answered, m.participants) };
    },
    toggleClose() {
      const m = mine();
      if (m?.counts) send({ kind: 'close', deck: ctx.deck, slide: m.slide, closed: !m.closed });
    },
  };
}
