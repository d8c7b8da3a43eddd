/*
 * The facilitator's pages: /aula/* (the decks, their data with answers, the room's report). The key
 * arrives once in ?kunci= (the address printed in the terminal or handed out by the organiser), is
 * moved into an HttpOnly cookie and the browser is redirected to the same page without it. The
 * cookie names the room: every report here is of that room only.
 */
import { Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { paths } from '../../../src/lib/paths.ts';
import { buildReport, reportCsv } from '../../../src/lib/aula/report.ts';
import { KEY_COOKIE, LIVE_COOKIE } from '../auth.ts';
import { reportPage } from '../report-page.ts';
import type { Room, Rooms } from '../rooms.ts';
import { forbidden, keyCookie, OWN_PAGE } from './common.ts';

type Env = { Variables: { room: Room } };

export function facilitatorRoutes(rooms: () => Rooms) {
  const app = new Hono<Env>();
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

  const report = (room: Room) => buildReport(room.session, rooms().decks.byId, room.meta.createdAt, Date.now());
  app.get(paths.hallReport(), (c) => c.html(reportPage(report(c.var.room), paths.hallReportCsv()), 200, OWN_PAGE));
  app.get(paths.hallReportCsv(), (c) => {
    const room = c.var.room;
    const day = new Date(room.meta.createdAt).toISOString().slice(0, 10);
    return c.body(reportCsv(report(room)), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="laporan-aula-${day}.csv"`,
    });
  });
  return app;
}
