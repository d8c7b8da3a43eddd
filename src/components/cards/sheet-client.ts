/*
 * The card sheet's form: shows only the chosen range and lays out 1 or 4 cards per A4 page. The
 * choice lives in the address (?dari=&sampai=&per=), so a printed range can be bookmarked.
 */
import { CARD_DEFAULT_COUNT, CARD_MAX } from '../../lib/cards/ids';
import { cards as t } from '../../i18n/cards';

const params = new URLSearchParams(location.search);
const number = (name: string, fallback: number) => {
  const n = Number(params.get(name));
  return Number.isInteger(n) && n >= 1 && n <= CARD_MAX ? n : fallback;
};
let from = number('dari', 1);
let to = number('sampai', CARD_DEFAULT_COUNT);
if (to < from) [from, to] = [to, from];
const per = params.get('per') === '4' ? '4' : '1';

const sheet = document.querySelector<HTMLElement>('.nas-sheet')!;
sheet.dataset.perPage = per;
(document.getElementById('dari') as HTMLInputElement).value = String(from);
(document.getElementById('sampai') as HTMLInputElement).value = String(to);
document.querySelector<HTMLInputElement>(`input[name="per"][value="${per}"]`)!.checked = true;
document.querySelectorAll<HTMLElement>('[data-card]').forEach((card) => {
  const n = Number(card.dataset.card);
  card.hidden = n < from || n > to;
});
document.getElementById('sheet-status')!.textContent = `${t.shown(from, to, to - from + 1)} ${t.printHint}`;
