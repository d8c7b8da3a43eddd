/*
 * The organiser's pages (/penyelenggara/): every room with its facilitator link, opening rooms (with
 * or without attendance, a unit list, a retention), importing a roster, each room's report, export
 * and delete, importing another server's export, and the unit's rekap across all of them. The
 * organiser key arrives once in ?kunci= (printed by `npm run aula`) and then lives in an HttpOnly
 * cookie. Forms post to the same origin only (csrf: Origin checked) and their bodies are bounded.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import { hall as t } from '../../../src/i18n/hall.ts';
import { EMPLOYEE_STATUSES } from '../../../src/lib/employee.ts';
import { rekap, rekapCsv } from '../../../src/lib/aula/report.ts';
import { parseRoster, type RosterError } from '../../../src/lib/aula/roster.ts';
import { ORGANISER_COOKIE, sameKey } from '../auth.ts';
import { exportFile, exportRooms, importRooms, MAX_IMPORT_BYTES, recordOf } from '../export.ts';
import { day, escape, page, rekapPage, simplePage } from '../report-page.ts';
import type { Room, Rooms } from '../rooms.ts';
import type { HallSockets } from '../socket.ts';
import { forbidden, keyCookie, MAX_FORM, OWN_PAGE, type HallEnv } from './common.ts';
import { addRoomReport } from './room-report.ts';

export const ORGANISER = '/penyelenggara/';

function rosterMessage(e: RosterError): string {
  switch (e.kind) {
    case 'size':
      return t.rosterSize;
    case 'format':
      return t.rosterFormat(e.message);
    case 'header':
      return t.rosterHeader(e.missing);
    case 'rows':
      return t.rosterRows(e.max);
    case 'field':
      return t.rosterField(e.row, e.column, e.value);
  }
}

export function organiserRoutes(rooms: () => Rooms, sockets: () => HallSockets, facilitatorUrl: (room: Room) => string) {
  const app = new Hono<HallEnv>();
  app.use(`${ORGANISER}*`, async (c, next) => {
    const key = rooms().config.organiserKey;
    const given = c.req.query('kunci');
    if (given !== undefined) {
      if (!sameKey(given, key)) return forbidden(c);
      setCookie(c, ORGANISER_COOKIE, key, keyCookie(c));
      return c.redirect(c.req.path, 303);
    }
    if (!sameKey(getCookie(c, ORGANISER_COOKIE), key)) return forbidden(c);
    c.header('cache-control', 'no-store');
    await next();
  });
  app.get('/penyelenggara', (c) => c.redirect(ORGANISER, 301));
  const done = (c: Context, text: string, status: 200 | 400 = 200) => c.html(simplePage(status === 200 ? t.orgTitle : t.badForm, text, ORGANISER, t.orgBack), status, OWN_PAGE);
  const own = () => rooms().list().filter((r) => !r.meta.importedFrom);
  const roomParam = (c: Context<HallEnv>) => rooms().get(c.req.param('id') ?? '');

  app.get(ORGANISER, (c) => {
    const list = rooms().list();
    const rows = list
      .map((room) => {
        const m = room.meta;
        const base = `${ORGANISER}ruang/${m.id}`;
        const facilitator = m.importedFrom
          ? `${t.orgImported} (${escape(m.importedFrom.split('/')[0])})`
          : `<span class="link"><a href="${escape(facilitatorUrl(room))}">${t.orgFacilitatorLink}</a></span>`;
        const roster =
          m.attendance && !m.importedFrom
            ? `<form method="post" action="${base}/peserta" enctype="multipart/form-data"><label for="roster-${m.id}">${t.orgRoster} (${m.roster.length})</label><input id="roster-${m.id}" type="file" name="berkas" accept=".csv,text/csv"> <button type="submit">${t.orgRosterUpload}</button></form>`
            : '';
        return `<section class="q" data-room="${escape(m.id)}"><h3>${escape(m.title)}</h3>
<dl><dt>${t.colDate}</dt><dd>${escape(day(m.createdAt))}</dd>${m.importedFrom ? '' : `<dt>${t.reportCode}</dt><dd>${escape(m.code)}</dd>`}<dt>${t.reportMode}</dt><dd>${m.attendance ? t.modeAttendance : t.modeAnonymous}</dd><dt>${t.orgRetention}</dt><dd>${m.retentionDays}</dd></dl>
<p>${facilitator} · <a href="${base}/laporan/">${t.orgReport}</a> · <a href="${base}/ekspor.json" download>${t.orgExport}</a></p>${roster}
<form method="post" action="${base}/hapus"><label for="hapus-${m.id}">${t.orgDeleteConfirm}</label><input id="hapus-${m.id}" type="text" name="konfirmasi" autocomplete="off"> <button type="submit">${t.orgDelete}</button></form></section>`;
      })
      .join('\n');
    const body = `<h1>${t.orgTitle}</h1>
<p class="note">${t.orgLinkNote}</p>
<p class="actions"><a href="${ORGANISER}rekap/">${t.rekapTitle}</a> · <a href="${ORGANISER}ekspor.json" download>${t.orgExportAll}</a></p>
<h2>${t.orgNew}</h2>
<form method="post" action="${ORGANISER}ruang-baru">
<label for="judul">${t.orgRoomTitle}</label><input id="judul" name="judul" type="text" required maxlength="120" size="40">
<p class="check"><input id="hadir" name="hadir" type="checkbox" value="1"> <label for="hadir">${t.orgAttendance}</label></p>
<label for="retensi">${t.orgRetention}</label><input id="retensi" name="retensi" type="number" min="1" max="3650" value="${rooms().config.retentionDays}">
<label for="unit">${t.orgUnits}</label><textarea id="unit" name="unit" rows="4" cols="40"></textarea>
<p><button type="submit">${t.orgCreate}</button></p></form>
<p class="note">${escape(t.orgRosterHelp(EMPLOYEE_STATUSES))}</p>
<h2>${t.orgRooms}</h2>${rows || `<p>${t.orgNoRooms}</p>`}
<h2>${t.orgImport}</h2><p class="note">${t.orgImportHelp}</p>
<form method="post" action="${ORGANISER}impor" enctype="multipart/form-data"><label for="impor">${t.orgImport}</label><input id="impor" type="file" name="berkas" accept=".json,application/json"> <button type="submit">${t.orgImportUpload}</button></form>
<p class="note">${escape(t.orgRetentionDefault(rooms().config.retentionDays))}</p>`;
    return c.html(page(t.orgTitle, body), 200, OWN_PAGE);
  });

  const small = bodyLimit({ maxSize: MAX_FORM, onError: (c) => done(c, t.rosterSize, 400) });
  app.post(`${ORGANISER}ruang-baru`, csrf(), small, async (c) => {
    const form = await c.req.parseBody();
    const title = String(form.judul ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim().slice(0, 120);
    const retention = Number(form.retensi ?? rooms().config.retentionDays);
    const units = String(form.unit ?? '')
      .split(/\r?\n/)
      .map((u) => u.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim().slice(0, 80))
      .filter(Boolean)
      .slice(0, 500);
    if (!title || !Number.isInteger(retention) || retention < 1 || retention > 3650) return done(c, t.badForm, 400);
    await rooms().create({ title, attendance: form.hadir === '1', retentionDays: retention, units });
    return c.redirect(ORGANISER, 303);
  });

  app.post(`${ORGANISER}ruang/:id/peserta`, csrf(), small, async (c) => {
    const room = roomParam(c);
    if (!room || room.meta.importedFrom) return c.notFound();
    const form = await c.req.parseBody();
    const file = form.berkas;
    if (!(file instanceof File)) return done(c, t.badForm, 400);
    const parsed = parseRoster(await file.text());
    if ('error' in parsed) return done(c, t.orgRosterError(rosterMessage(parsed.error)), 400);
    await rooms().update(room, { roster: parsed.roster, attendance: true });
    return done(c, t.orgRosterDone(parsed.roster.length));
  });

  app.post(`${ORGANISER}ruang/:id/hapus`, csrf(), small, async (c) => {
    const room = roomParam(c);
    if (!room) return c.notFound();
    const form = await c.req.parseBody();
    if (form.konfirmasi !== 'HAPUS') return done(c, t.badForm, 400);
    sockets().drop(room);
    await rooms().delete(room.meta.id);
    return done(c, t.orgDeleted);
  });

  const download = (c: Context, body: unknown, name: string) =>
    c.body(JSON.stringify(body), 200, { 'content-type': 'application/json; charset=utf-8', 'content-disposition': `attachment; filename="${name}.json"`, 'cache-control': 'no-store' });
  app.get(`${ORGANISER}ruang/:id/ekspor.json`, async (c) => {
    const room = roomParam(c);
    return room ? download(c, await exportRooms(rooms(), [room]), `ekspor-aula-${room.meta.id}`) : c.notFound();
  });
  app.get(`${ORGANISER}ekspor.json`, async (c) => download(c, await exportRooms(rooms(), own()), `ekspor-aula-${rooms().config.serverId}`));

  app.post(
    `${ORGANISER}impor`,
    csrf(),
    bodyLimit({ maxSize: MAX_IMPORT_BYTES, onError: (c) => done(c, t.orgImportError, 400) }),
    async (c) => {
      const form = await c.req.parseBody();
      const file = form.berkas;
      if (!(file instanceof File)) return done(c, t.badForm, 400);
      let parsed;
      try {
        parsed = exportFile.safeParse(JSON.parse(await file.text()));
      } catch {
        return done(c, t.orgImportError, 400);
      }
      if (!parsed.success) return done(c, t.orgImportError, 400);
      const { added, skipped } = await importRooms(rooms(), parsed.data);
      return done(c, t.orgImportDone(added, skipped));
    },
  );

  const theRekap = () => rekap(rooms().list().map((r) => recordOf(r, rooms().config.serverId)), rooms().decks.byId);
  app.get(`${ORGANISER}rekap/`, (c) => c.html(rekapPage(theRekap(), `${ORGANISER}rekap.csv`, ORGANISER), 200, OWN_PAGE));
  app.get(`${ORGANISER}rekap.csv`, (c) =>
    c.body(rekapCsv(theRekap()), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="rekap-aula.csv"', 'cache-control': 'no-store' }),
  );

  addRoomReport(app, `${ORGANISER}ruang/:id/laporan`, roomParam, (c) => `${ORGANISER}ruang/${c.req.param('id')}/laporan`, () => rooms().decks);
  return app;
}
