/*
 * A room's report and its CSV files, mounted twice: under /aula/laporan for the room's facilitator
 * (the room named by the key cookie) and under /penyelenggara/ruang/<id>/laporan for the organiser.
 * Page and CSV are drawn from the same pure functions of src/lib/aula/report.ts.
 */
import type { Context, Hono } from 'hono';
import {
  attendance,
  attendanceCsv,
  buildReport,
  gain,
  gainCsv,
  pledgeCsv,
  pledgeList,
  reportCsv,
  responderName,
  results,
  resultsCsv,
} from '../../../src/lib/aula/report.ts';
import { hall as t } from '../../../src/i18n/hall.ts';
import type { HallDecks } from '../decks.ts';
import { paktaSheets, roomReportPage } from '../report-page.ts';
import type { Room } from '../rooms.ts';
import { OWN_PAGE, type HallEnv } from './common.ts';

/** The deck whose pledge the Pakta sheets print. */
const PAKTA_DECK = 'pakta';

function data(room: Room, decks: HallDecks) {
  const { session, meta } = room;
  const people = attendance(session, meta.roster);
  const named = results(session, decks.byId).map((r) => ({
    ...r,
    name: responderName(session, meta.roster, r.responder, { card: t.cardName, device: t.deviceNoName }),
  }));
  named.sort((a, b) => a.name.localeCompare(b.name, 'id') || a.deckTitle.localeCompare(b.deckTitle, 'id') || a.round.localeCompare(b.round) * -1);
  return { people, pledges: pledgeList(session, decks.byId), results: named, gain: gain(session, decks.byId) };
}

const csv = (c: Context, body: string, name: string, room: Room) =>
  c.body(body, 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${name}-${new Date(room.meta.createdAt).toISOString().slice(0, 10)}.csv"`,
    'cache-control': 'no-store',
  });

/**
 * Adds the report routes under `prefix` (a Hono path, may hold :id); `roomOf` finds the room the
 * caller may see (undefined: 404), `baseOf` the actual address prefix for the page's links.
 */
export function addRoomReport(
  app: Hono<HallEnv>,
  prefix: string,
  roomOf: (c: Context<HallEnv>) => Room | undefined,
  baseOf: (c: Context<HallEnv>) => string,
  decks: () => HallDecks,
) {
  const withRoom = (handler: (c: Context<HallEnv>, room: Room) => Response | Promise<Response>) => (c: Context<HallEnv>) => {
    const room = roomOf(c);
    return room ? handler(c, room) : c.notFound();
  };
  app.get(`${prefix}/`, withRoom((c, room) => {
    const d = data(room, decks());
    const report = buildReport(room.session, decks().byId, room.meta.createdAt, Date.now());
    const html = roomReportPage({
      title: room.meta.title,
      code: room.meta.importedFrom ? '' : room.meta.code,
      attendance: room.meta.attendance,
      createdAt: room.meta.createdAt,
      retentionDays: room.meta.retentionDays,
      generatedAt: Date.now(),
      round: room.session.round,
      report,
      ...d,
      base: baseOf(c),
    });
    return c.html(html, 200, OWN_PAGE);
  }));
  app.get(`${prefix}.csv`, withRoom((c, room) => csv(c, reportCsv(buildReport(room.session, decks().byId, room.meta.createdAt, Date.now())), 'laporan-aula', room)));
  app.get(`${prefix}/hadir.csv`, withRoom((c, room) => csv(c, attendanceCsv(data(room, decks()).people), 'daftar-hadir', room)));
  app.get(`${prefix}/ikrar.csv`, withRoom((c, room) => csv(c, pledgeCsv(data(room, decks()).pledges), 'konfirmasi-ikrar', room)));
  app.get(`${prefix}/hasil.csv`, withRoom((c, room) => csv(c, resultsCsv(data(room, decks()).results), 'hasil-peserta', room)));
  app.get(`${prefix}/kenaikan.csv`, withRoom((c, room) => csv(c, gainCsv(data(room, decks()).gain), 'kenaikan', room)));
  app.get(`${prefix}/pakta/`, withRoom((c, room) => {
    const { people } = data(room, decks());
    const { session } = room;
    const confirmedAt = (p: { name: string; nip: string; unit: string }) => {
      for (const [device, person] of Object.entries(session.people)) {
        const same = person.name === p.name && (person.nip ?? '') === p.nip && person.unit === p.unit;
        const at = same ? session.pledges[device]?.[PAKTA_DECK]?.at : undefined;
        if (at) return at;
      }
      return undefined;
    };
    return c.html(paktaSheets(people, decks().byId[PAKTA_DECK], confirmedAt), 200, OWN_PAGE);
  }));
}
