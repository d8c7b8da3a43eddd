/*
 * The hall's event records end to end, on loopback: two rooms at once on one server (the laptop's
 * anonymous default room, and a room with attendance and a roster opened by the organiser), phones
 * joining by code, registering, answering before and after the talk, confirming the Pakta, a paper
 * card read by the deck; kill -9 and restart; the room report, its CSVs, the Pakta sheets; a second
 * server's export imported into the rekap; and no room's data readable with another room's key.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import NodeWebSocket from 'ws';
import { axeViolations, connect } from './support/browser';
import { freePort, startHallProcess, type HallProcess } from '../support/hall-process';
import { hall as t } from '../../src/i18n/id';
import type { HallDeck } from '../../src/lib/aula/live';

const decks = JSON.parse(readFileSync('dist/aula/dek.json', 'utf8')) as HallDeck[];
const deck = decks.find((d) => d.id === 'boleh-dan-dilarang')!;
const question = deck.slides[1] as Extract<HallDeck['slides'][number], { kind: 'question' }>;
const right = question.correct[0];
const wrong = 1 - right;

let browser: Browser;
let hall: HallProcess;
let second: HallProcess;
let port: number;
const dirs = [mkdtempSync(join(tmpdir(), 'nas-rooms-')), mkdtempSync(join(tmpdir(), 'nas-rooms-2-'))];
const contexts: BrowserContext[] = [];
let organiser: Page;
let facB: Page;
let roomB: { id: string; code: string; facilitatorUrl: string };
const phones: Record<string, Page> = {};

const poll = <T>(fn: () => Promise<T> | T, options: { timeout?: number } = {}) => expect.poll(fn, { timeout: 15_000, ...options });
async function context(width = 390): Promise<BrowserContext> {
  const c = await browser.newContext({ viewport: { width, height: 800 } });
  contexts.push(c);
  return c;
}
const roster = 'nama;status;nip;unit;kartu\r\nCitra Lestari;PNS;199001012020122001;Dinas Pendidikan;7\r\nDodi;PPPK;;BKPSDM;8\r\n';

/** Parses our CSV (BOM, CRLF, quoted fields) into rows of cells. */
const parseCsv = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((l) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.slice(0, -1).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')));
const tableRows = (page: Page, id: string) =>
  page.locator(`#${id} tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));

beforeAll(async () => {
  browser = await connect();
  port = await freePort();
  [hall, second] = await Promise.all([startHallProcess(port, dirs[0]), freePort().then((p) => startHallProcess(p, dirs[1]))]);
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await hall?.stop();
  await second?.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function phoneFor(name: string, url: string): Promise<Page> {
  const page = await (await context()).newPage();
  await page.goto(url);
  phones[name] = page;
  return page;
}
const answer = async (page: Page, option: number) => {
  await page.getByRole('radio', { name: new RegExp(`^${String.fromCharCode(65 + option)}\\. `) }).check();
  await page.getByRole('button', { name: t.send }).click();
  await poll(() => page.locator('#feedback').textContent()).toBe(t.sent);
};

describe('rooms, attendance, pledges and the rekap', () => {
  it('lets the organiser open a room with attendance, import its roster and hand out its facilitator link', async () => {
    organiser = await (await context(1280)).newPage();
    await organiser.goto(hall.organiserUrl);
    expect(new URL(organiser.url()).search).toBe(''); // the key moved into a cookie
    await organiser.getByLabel(t.orgRoomTitle).fill('Sosialisasi Dinas Pendidikan');
    await organiser.getByLabel(t.orgAttendance).check();
    await organiser.getByLabel(t.orgUnits).fill('Dinas Pendidikan\nBKPSDM');
    await organiser.getByRole('button', { name: t.orgCreate }).click();
    const section = organiser.locator('section[data-room]', { hasText: 'Sosialisasi Dinas Pendidikan' });
    await section.locator('input[type=file]').setInputFiles({ name: 'peserta.csv', mimeType: 'text/csv', buffer: Buffer.from(roster) });
    await section.getByRole('button', { name: t.orgRosterUpload }).click();
    await expect(organiser.locator('main').textContent()).resolves.toContain(t.orgRosterDone(2));
    // A bad roster names the row and column, and changes nothing.
    await organiser.goto(`${hall.origin}/penyelenggara/`);
    await organiser.locator('section[data-room]', { hasText: 'Sosialisasi' }).locator('input[type=file]').setInputFiles({ name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from('nama,status,unit,nip\nA,PNS,X,12\n') });
    await organiser.locator('section[data-room]', { hasText: 'Sosialisasi' }).getByRole('button', { name: t.orgRosterUpload }).click();
    await expect(organiser.locator('main').textContent()).resolves.toContain(t.rosterField(2, 'nip', '12'));
    await organiser.goto(`${hall.origin}/penyelenggara/`);
    const b = organiser.locator('section[data-room]', { hasText: 'Sosialisasi' });
    roomB = {
      id: (await b.getAttribute('data-room'))!,
      code: (await b.locator('dd').nth(1).textContent())!,
      facilitatorUrl: (await b.getByRole('link', { name: t.orgFacilitatorLink }).getAttribute('href'))!,
    };
    expect(roomB.code).toMatch(/^[A-Z2-9]{6}$/);
    expect(roomB.code).not.toBe(hall.code);
    await expect(axeViolations(organiser)).resolves.toEqual([]);
  });

  it('runs both rooms at once: phones join by code, register from the roster or by form, and answer before the talk', async () => {
    facB = await (await context(1280)).newPage();
    await facB.goto(roomB.facilitatorUrl);
    await facB.goto(`${hall.origin}/aula/${deck.id}/`);
    await poll(() => facB.locator('#live').textContent()).toBe(t.peserta(0));
    // The title slide gives the code for those who cannot scan.
    await expect(facB.locator('.nas-slide.is-current .nas-qr__joincode').textContent()).resolves.toBe(t.joinCodeCaption(roomB.code));

    // The anonymous room: the laptop's default, joined from its QR address.
    const facA = await (await context(1280)).newPage();
    await facA.goto(hall.facilitatorUrl);
    await facA.goto(`${hall.origin}/aula/${deck.id}/`);
    const anon = await phoneFor('anon', hall.participantUrl);
    await poll(() => anon.locator('#conn').textContent()).toBe(t.connected);
    await expect(anon.locator('#attend').isVisible()).resolves.toBe(false);
    await facA.keyboard.press('ArrowRight');
    await answer(anon, wrong);

    // Room B: typed code, then the daftar hadir; the page says what is collected and for how long.
    const citra = await phoneFor('citra', `${hall.origin}/ikut/`);
    await citra.getByLabel(t.codeLabel).fill(roomB.code.toLowerCase());
    await citra.getByRole('button', { name: t.codeJoin }).click();
    await poll(() => citra.locator('#attend').isVisible()).toBe(true);
    await expect(citra.locator('#attend').textContent()).resolves.toContain(t.privacyHow(90));
    await expect(axeViolations(citra)).resolves.toEqual([]);
    await citra.getByLabel(t.rosterPick).selectOption({ label: 'Citra Lestari' });
    await citra.getByRole('button', { name: t.attendSubmit }).first().click();
    await poll(() => citra.locator('#room').textContent()).toContain(t.attendYou('Citra Lestari', 'Dinas Pendidikan'));

    const ani = await phoneFor('ani', `${hall.origin}/ikut/?kode=${roomB.code}`);
    await poll(() => ani.locator('#attend').isVisible()).toBe(true);
    // Nobody else's data reaches a phone: the roster shows names only, no NIP.
    await expect(ani.content()).resolves.not.toContain('199001012020122001');
    // NIP by roster: not on it.
    await ani.getByLabel(t.rosterNip).fill('198501012010012001');
    await ani.getByRole('button', { name: t.attendSubmit }).first().click();
    await poll(() => ani.locator('#attend-status').textContent()).toBe(t.rosterNotFound);
    // Not on the roster: she fills the form herself; a NIP of 17 digits is refused.
    await ani.getByRole('button', { name: t.rosterWalkIn }).click();
    await ani.getByLabel(t.attendName).fill('Ani Suryani');
    await ani.getByLabel(t.attendStatus).selectOption('PNS');
    await ani.getByLabel(t.attendNip).fill('19850101201001200'); // 17 digits
    await ani.getByLabel(t.attendUnit).fill('BKPSDM');
    await ani.locator('#person-form').getByRole('button', { name: t.attendSubmit }).click();
    await poll(() => ani.locator('#attend-status').textContent()).toBe(t.attendInvalid);
    await ani.getByLabel(t.attendNip).fill('198501012010012001');
    await ani.locator('#person-form').getByRole('button', { name: t.attendSubmit }).click();
    await poll(() => ani.locator('#room').textContent()).toContain(t.attendYou('Ani Suryani', 'BKPSDM'));

    await poll(() => facB.locator('#live').textContent()).toBe(t.peserta(2));
    await facB.keyboard.press('ArrowRight');
    await answer(citra, right);
    await answer(ani, wrong);
    // Dodi has no phone: the deck's camera reads his card 8 (and a stranger's card 99).
    const cards = await facB.evaluate(
      ([d]) =>
        new Promise<string>((done) => {
          const ws = new WebSocket(`ws://${location.host}/ws/fasilitator`);
          ws.onmessage = (e) => String(e.data).includes('"ack"') && (done(String(e.data)), ws.close());
          ws.onopen = () => ws.send(JSON.stringify({ kind: 'cards', deck: d, slide: 1, answers: [{ card: 8, choice: [0] }, { card: 99, choice: [1] }] }));
        }),
      [deck.id] as const,
    );
    expect(JSON.parse(cards)).toMatchObject({ kind: 'ack', cards: 2 });
  });

  it('asks the same question after the talk, takes the Pakta confirmation, and keeps it all through kill -9', async () => {
    await facB.goto(`${hall.origin}/aula/ruang/`);
    await facB.getByRole('button', { name: t.roomStartPost }).click();
    await expect(facB.locator('#putaran').textContent()).resolves.toBe(t.roomRoundNow(t.roundPost));
    await facB.goto(`${hall.origin}/aula/${deck.id}/`);
    await poll(() => phones.ani.getByRole('radio').first().isChecked()).toBe(false);
    await answer(phones.ani, right);
    await answer(phones.citra, right);

    await facB.goto(`${hall.origin}/aula/pakta/`);
    await facB.keyboard.press('ArrowRight');
    await poll(() => phones.citra.getByRole('button', { name: t.pledgeConfirm }).isVisible()).toBe(true);
    await phones.citra.getByRole('button', { name: t.pledgeConfirm }).click();
    await poll(() => phones.citra.locator('.nas-join__verdict').textContent()).toContain('✓');

    await hall.stop('SIGKILL');
    hall = await startHallProcess(port, dirs[0]);
    expect(hall.output()).toContain('dipulihkan');
    await poll(() => phones.citra.locator('.nas-join__verdict').textContent(), { timeout: 25_000 }).toContain('✓');
  });

  it('reports the room: daftar hadir, pledges, results and gain on A4 pages that match their CSVs', async () => {
    const report = await (await context(1280)).newPage();
    await report.goto(roomB.facilitatorUrl.replace('/aula/?', '/aula/laporan/?'));
    const people = await tableRows(report, 'daftar-hadir');
    expect(people.map((r) => [r[1], r[2], r[3], r[4], r[5]])).toEqual([
      ['Ani Suryani', 'PNS', '198501012010012001', 'BKPSDM', ''],
      ['Citra Lestari', 'PNS', '199001012020122001', 'Dinas Pendidikan', '7'],
      ['Dodi', 'PPPK', '', 'BKPSDM', '8'],
    ]);
    expect(people.every((r) => r[7] === '')).toBe(true); // the signature column, blank for ink
    const csv = async (path: string) => parseCsv((await (await report.context().request.get(`${hall.origin}/aula/laporan/${path}`)).text()));
    const hadir = await csv('hadir.csv');
    expect(hadir.slice(1).map((r) => r.slice(1, 6))).toEqual(people.map((r) => r.slice(1, 6)));

    const pledges = await tableRows(report, 'konfirmasi');
    expect(pledges.map((r) => [r[1], r[3]])).toEqual([['Citra Lestari', 'Pakta Integritas']]);
    expect((await csv('ikrar.csv')).slice(1).map((r) => [r[1], r[3], r[4]])).toEqual(pledges.map((r) => [r[1], r[3], r[4]]));

    // Before: Citra right, Ani wrong, card 8 (Dodi) and card 99: 2 of 4 right = 50%. After: 2 of 2 = 100%.
    const dodiRight = right === 0 ? 1 : 0;
    const preRight = 1 + dodiRight + (right === 1 ? 1 : 0);
    const prePercent = Math.round((preRight * 100) / 4);
    await expect(report.locator('#kenaikan-total').textContent()).resolves.toBe(t.gainOverall(prePercent, 100, 100 - prePercent));
    const gainCsv = await csv('kenaikan.csv');
    expect(gainCsv[1]).toEqual(['keseluruhan', '', '4', String(preRight), String(prePercent), '2', '2', '100', String(100 - prePercent)]);
    const results = await tableRows(report, 'hasil-peserta');
    const hasil = await csv('hasil.csv');
    expect(hasil.slice(1).map((r) => [r[0], r[3], r[4], r[5]])).toEqual(results.map((r) => [r[0], r[3], r[4], r[5]]));
    expect(results.filter((r) => r[0] === 'Citra Lestari').map((r) => r[5])).toEqual(['100', '100']);
    expect(results.some((r) => r[0] === t.cardName(99))).toBe(true);
    await expect(axeViolations(report)).resolves.toEqual([]);

    const sheets = await report.context().request.get(`${hall.origin}/aula/laporan/pakta/`);
    const html = await sheets.text();
    expect(html.match(/class="sheet"/g)).toHaveLength(3);
    expect(html).toContain('198501012010012001');
  });

  it("keeps each room's records to its own key, and the organiser's pages to the organiser", async () => {
    const a = await fetch(`${hall.origin}/aula/laporan/hadir.csv`, { headers: { cookie: `nas_kunci=${hall.key}` } });
    expect(await a.text()).not.toContain('Citra');
    const csv = await fetch(`${hall.origin}/aula/laporan/`, { headers: { cookie: `nas_kunci=${hall.key}` } });
    expect(await csv.text()).not.toContain('Citra');
    for (const path of ['/penyelenggara/', `/penyelenggara/ruang/${roomB.id}/laporan/`, `/penyelenggara/ruang/${roomB.id}/ekspor.json`, '/penyelenggara/rekap.csv']) {
      expect((await fetch(hall.origin + path, { headers: { cookie: `nas_kunci=${hall.key}` }, redirect: 'manual' })).status, path).toBe(403);
    }
    const post = await fetch(`${hall.origin}/penyelenggara/ruang/${roomB.id}/hapus`, {
      method: 'POST',
      headers: { cookie: `nas_kunci=${new URL(roomB.facilitatorUrl).searchParams.get('kunci')}`, 'content-type': 'application/x-www-form-urlencoded', origin: hall.origin },
      body: 'konfirmasi=HAPUS',
    });
    expect(post.status).toBe(403);
    // A form posted from another site with the organiser's own cookie is refused as such (403, not a
    // server error): hono's csrf check throws an HTTPException that onError must pass through.
    const organiserCookie = (await organiser.context().cookies(hall.origin)).map((c) => `${c.name}=${c.value}`).join('; ');
    const forged = await fetch(`${hall.origin}/penyelenggara/ruang/${roomB.id}/hapus`, {
      method: 'POST',
      headers: { cookie: organiserCookie, 'content-type': 'application/x-www-form-urlencoded', origin: 'https://contoh.invalid' },
      body: 'konfirmasi=HAPUS',
    });
    expect(forged.status).toBe(403);
    // A wrong code opens nothing.
    const wrongCode = await new Promise<number>((done) => {
      const ws = new NodeWebSocket(`ws://127.0.0.1:${port}/ws/peserta?kode=ZZZZZZ`);
      ws.on('unexpected-response', (_req, res) => done(res.statusCode ?? 0));
      ws.on('open', () => done(101));
    });
    expect(wrongCode).toBe(404);
  });

  it("imports a second server's export into the rekap, once, with numbers that match its CSV", async () => {
    // The second laptop: one phone answers right in its default room.
    const ws = new NodeWebSocket(`ws://127.0.0.1:${new URL(second.origin).port}/ws/peserta?kode=${second.code}`);
    const fac = new NodeWebSocket(`ws://127.0.0.1:${new URL(second.origin).port}/ws/fasilitator`, { headers: { cookie: `nas_kunci=${second.key}` } });
    await Promise.all([new Promise((ok) => ws.once('open', ok)), new Promise((ok) => fac.once('open', ok))]);
    const acked = new Promise((ok) => ws.on('message', (d) => String(d).includes('"ack"') && ok(true)));
    // Waits for what the server says, not for a fixed time: the machine is shared and busy.
    const onQuestion = new Promise((ok) => ws.on('message', (d) => String(d).includes('"kind":"question"') && ok(true)));
    ws.send(JSON.stringify({ kind: 'join', device: 'device-second-0000000001' }));
    fac.send(JSON.stringify({ kind: 'sync', deck: deck.id, state: JSON.stringify({ v: 1, slide: 1, revealed: [], tally: {}, black: false, timer: { seconds: 30, endsAt: null } }) }));
    await onQuestion;
    ws.send(JSON.stringify({ kind: 'answer', deck: deck.id, slide: 1, choice: [right] }));
    await acked;
    ws.close();
    fac.close();
    const exported = await (await fetch(`${second.origin}/penyelenggara/ekspor.json`, { headers: { cookie: `nas_penyelenggara=${second.organiserKey}` } })).text();
    expect(exported).not.toContain(second.key);

    await organiser.goto(hall.organiserUrl);
    for (let i = 0; i < 2; i++) {
      await organiser.goto(`${hall.origin}/penyelenggara/`);
      await organiser.getByLabel(t.orgImport, { exact: true }).setInputFiles({ name: 'ekspor.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
      await organiser.getByRole('button', { name: t.orgImportUpload, exact: true }).click();
      await expect(organiser.locator('main').textContent()).resolves.toContain(i === 0 ? t.orgImportDone(1, 0) : t.orgImportDone(0, 1));
    }

    await organiser.goto(`${hall.origin}/penyelenggara/rekap/`);
    await expect(organiser.locator('#rekap-sesi').textContent()).resolves.toBe('3');
    // Room A: 1 device; room B: 3 people (Ani, Citra, Dodi by card); second server: 1 device.
    await expect(organiser.locator('#rekap-peserta').textContent()).resolves.toBe('5');
    await expect(organiser.locator('#rekap-konfirmasi').textContent()).resolves.toBe('1');
    const units = await tableRows(organiser, 'rekap-unit');
    expect(units).toEqual([
      ['BKPSDM', '2'],
      ['Dinas Pendidikan', '1'],
    ]);
    const rekap = parseCsv(await (await organiser.context().request.get(`${hall.origin}/penyelenggara/rekap.csv`)).text());
    const sessions = await tableRows(organiser, 'rekap-tabel-sesi');
    expect(rekap.filter((r) => r[0] === 'sesi').map((r) => [r[1], r[4], r[5], r[6], r[8]])).toEqual(sessions.map((r) => [r[1], r[3], r[4], r[5], r[6]]));
    expect(rekap[1].slice(4, 6)).toEqual(['5', '1']);
    await expect(axeViolations(organiser)).resolves.toEqual([]);
  });
});
