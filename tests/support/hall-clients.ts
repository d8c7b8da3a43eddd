/*
 * Scripted phones and a scripted facilitator deck for the hall's server-mode test and benchmark: the
 * same messages the real pages send (src/components/aula/participant-client.ts and the live deck),
 * over `ws`, and what a person does when the connection drops: reconnect (through nginx, to whichever
 * worker answers), join again with the same device id, look at the counted answer the server shows,
 * and answer again only when it is not the one they gave. Every wait is bounded in time.
 */
import { createSecureContext, type SecureContext } from 'node:tls';
import WebSocket from 'ws';

export interface HallDeckInfo {
  id: string;
  slides: { kind: string; options?: string[]; type?: string }[];
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until(check: () => boolean, what: string, ms = 30_000, step = 10): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(step);
  }
}

export interface Endpoint {
  /** ws:// or wss:// URL of the socket. */
  url: string;
  headers?: Record<string, string>;
  /** The proxy's certificate (wss with a test certificate). */
  ca?: string;
  /** A loopback source address (127.x.y.z), so that phones come from many addresses as through NATs. */
  localAddress?: string;
}

/** One TLS context per certificate: building one per connection cost the benchmark seconds of CPU. */
const contexts = new Map<string, SecureContext>();
const contextFor = (ca: string) => contexts.get(ca) ?? contexts.set(ca, createSecureContext({ ca })).get(ca)!;

abstract class Client {
  ws?: WebSocket;
  /** Times this client's socket closed under it. */
  drops = 0;
  closing = false;

  protected endpoints: () => Endpoint;

  constructor(endpoints: () => Endpoint) {
    this.endpoints = endpoints;
  }

  protected abstract opened(): void;
  protected abstract message(m: Record<string, unknown>): void;

  /** Opens the socket; resolves when open, rejects on error (the caller retries). */
  open(): Promise<void> {
    const { url, headers, ca, localAddress } = this.endpoints();
    return new Promise((ok, fail) => {
      const ws = new WebSocket(url, { headers, ...(ca && { secureContext: contextFor(ca) }), localAddress, handshakeTimeout: 15_000 });
      this.ws = ws;
      ws.on('message', (data) => this.message(JSON.parse(String(data))));
      ws.once('open', () => {
        this.opened();
        ok();
      });
      ws.once('error', (error) => fail(error));
      ws.once('close', () => {
        if (!this.closing) this.drops++;
      });
    });
  }

  /** Opens again until it works, within `ms`. */
  async reconnect(ms = 20_000): Promise<void> {
    const end = Date.now() + ms;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.open();
      } catch (error) {
        if (Date.now() > end) throw new Error(`could not reconnect in ${ms} ms: ${String(error)}`);
        await sleep(Math.min(1000, 50 * 2 ** attempt) + Math.random() * 100);
      }
    }
  }

  get isOpen() {
    return this.ws?.readyState === WebSocket.OPEN;
  }

  send(message: unknown) {
    this.ws?.send(JSON.stringify(message));
  }

  close() {
    this.closing = true;
    this.ws?.terminate();
  }
}

export class Phone extends Client {
  joined = false;
  slide = -1;
  /** When this phone first saw each slide (performance.now()). */
  saw = new Map<number, number>();
  /** The answer the server shows as counted for the current question. */
  counted: number[] | null = null;
  /** Acknowledged answers per slide, with the time of the first ack. */
  acks = new Map<number, { choice: number[]; at: number }>();
  errors: string[] = [];

  readonly device: string;

  constructor(device: string, endpoint: () => Endpoint) {
    super(endpoint);
    this.device = device;
  }

  protected opened() {
    this.joined = false;
    this.send({ kind: 'join', device: this.device });
  }

  protected message(m: Record<string, unknown>) {
    if (m.kind === 'joined') this.joined = true;
    else if (m.kind === 'view') {
      const view = m.view as { slide: number; screen: { kind: string; answer?: number[] | null } };
      this.slide = view.slide;
      if (!this.saw.has(view.slide)) this.saw.set(view.slide, performance.now());
      this.counted = view.screen.kind === 'question' ? (view.screen.answer ?? null) : null;
    } else if (m.kind === 'ack') {
      const slide = m.slide as number;
      this.acks.set(slide, { choice: m.answer as number[], at: this.acks.get(slide)?.at ?? performance.now() });
    } else if (m.kind === 'error') this.errors.push(String(m.reason));
  }

  answer(deck: string, slide: number, choice: number[]) {
    this.send({ kind: 'answer', deck, slide, choice });
  }
}

export interface LiveUpdate {
  at: number;
  deck: string | null;
  slide: number;
  answered: number;
  counts: number[] | null;
  participants: number;
}

export class Facilitator extends Client {
  updates: LiveUpdate[] = [];
  last?: LiveUpdate;

  protected opened() {}

  protected message(m: Record<string, unknown>) {
    if (m.kind !== 'live') return;
    const u = { at: performance.now(), deck: m.deck as string | null, slide: m.slide as number, answered: m.answered as number, counts: m.counts as number[] | null, participants: m.participants as number };
    this.updates.push(u);
    this.last = u;
  }

  /** Shows a slide of a deck (the deck's whole state, as its windows send it). */
  show(deck: string, slide: number, revealed: number[] = []) {
    this.send({ kind: 'sync', deck, state: JSON.stringify({ v: 1, slide, revealed, tally: {}, black: false, timer: { seconds: 30, endsAt: null } }) });
  }
}

/** Reads the report CSV: per question slide (numbered from 1, as printed), how many devices it counts as having answered. */
export function answeredPerSlide(csv: string): Map<number, number> {
  const counted = new Map<number, number>();
  for (const line of csv.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1)) {
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
    counted.set(Number(cells[1]), Number(cells[9]));
  }
  return counted;
}
