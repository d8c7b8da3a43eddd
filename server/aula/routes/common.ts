/* What the hall's HTTP routes share: the security headers of pages the server writes itself, and the 403 page. */
import type { Context } from 'hono';
import type { Room } from '../rooms.ts';
import { hall as t } from '../../../src/i18n/hall.ts';
import { paths } from '../../../src/lib/paths.ts';
import { simplePage } from '../report-page.ts';

/** Pages this server writes itself carry no script at all (forms post to the same origin). */
export const OWN_PAGE = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors 'none'; form-action 'self'",
  'cache-control': 'no-store',
} as const;

export const forbidden = (c: Context) => c.html(simplePage(t.forbiddenTitle, t.forbidden, paths.hallJoin()), 403, OWN_PAGE);

/** Cookie options for a key: HttpOnly, same-site only, secure when served over https (behind a proxy). */
export const keyCookie = (c: Context) =>
  ({
    path: '/',
    sameSite: 'Strict',
    maxAge: 60 * 60 * 12,
    httpOnly: true,
    secure: c.req.header('x-forwarded-proto') === 'https' || new URL(c.req.url).protocol === 'https:',
  }) as const;

/** What a route knows about the caller: the room its facilitator key opens. */
export type HallEnv = { Variables: { room?: Room } };

/** Largest form body: a roster CSV is at most 256 KB, an export file at most 20 MB. */
export const MAX_FORM = 300 * 1024;
