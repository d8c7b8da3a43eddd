/*
 * The facilitator's pages: /aula/* (the decks, their data with answers, the room page and its
 * report). The key arrives once in ?kunci= (the address printed in the terminal or handed out by the
 * organiser), is moved into an HttpOnly cookie and the browser is redirected to the same page
 * without it. The cookie names the room: everything here is of that room only.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import { hall as t } from '../../../src/i18n/hall.ts';
import { paths } from '../../../src/lib/paths.ts';
import { KEY_COOKIE, LIVE_COOKIE } from '../auth.ts';
import { escape, page } from '../report-page.ts';
import type { Rooms } from '../rooms.ts';
import { forbidden, keyCookie, MAX_FORM, OWN_PAGE, type HallEnv } from './common.ts';
import { addRoomReport } from './room-report.ts';

export const ROOM_PAGE = '/aula/ruang/';

export function facilitatorRoutes(rooms: () => Rooms) {
  const app = new Hono<HallEnv>();
  app.use('/aula/*', async (c, next) => {
    const given = c.req.query('kunci');
    if (given !== undefined) {
      const room = rooms().byKey(given);
      if (!room) return forbidden(c);
      const cookie = keyCookie(c);
      setCookie(c, KEY_COOKIE, room.meta.key, cookie);
      setCookie(c, LIVE_COOKIE, '1', { ...cookie, httpOnly: false });
      return c.redirect(c.req.path, 303);
    }
    const room = rooms().byKey(getCookie(c, KEY_COOKIE));
    if (!room) return forbidden(c);
    c.set('room', room);
    c.header('cache-control', 'no-store');
    await next();
  });
  app.get('/aula', (c) => c.redirect('/aula/', 301));

  // The room page: its code, and the switch between the rounds before and after the talk.
  app.get(ROOM_PAGE, (c) => {
    const room = c.var.room!;
    const round = room.session.round;
    const next = round === 'pre' ? 'post' : 'pre';
    const body = `<h1>${t.roomTitle}: ${escape(room.meta.title)}</h1>
<dl><dt>${t.reportCode}</dt><dd id="kode">${escape(room.meta.code)}</dd><dt>${t.reportMode}</dt><dd>${room.meta.attendance ? t.modeAttendance : t.modeAnonymous}</dd></dl>
<p id="putaran">${escape(t.roomRoundNow(round === 'post' ? t.roundPost : t.roundPre))}</p>
<form method="post" action="${ROOM_PAGE}putaran"><input type="hidden" name="putaran" value="${next}"><button type="submit">${next === 'post' ? t.roomStartPost : t.roomBackToPre}</button></form>
<p class="note">${t.roomRoundHelp}</p>
<p><a href="/aula/">${t.roomDecks}</a> · <a href="${paths.hallReport()}">${t.reportTitle}</a></p>`;
    return c.html(page(t.roomTitle, body), 200, OWN_PAGE);
  });
  app.post(`${ROOM_PAGE}putaran`, csrf(), bodyLimit({ maxSize: MAX_FORM }), async (c) => {
    const form = await c.req.parseBody();
    const round = form.putaran;
    if (round !== 'pre' && round !== 'post') return c.html(page(t.badForm, `<p>${t.badForm}</p>`), 400, OWN_PAGE);
    await c.var.room!.commit({ type: 'round', round });
    return c.redirect(ROOM_PAGE, 303);
  });

  addRoomReport(app, paths.hallReport().replace(/\/$/, ''), (c) => c.var.room, () => paths.hallReport().replace(/\/$/, ''), () => rooms().decks);
  return app;
}
