/*
 * One printed card as SVG markup, from the layout (layout.ts) and the marker cells (marker.ts): white
 * paper, the marker, the letters A-D at the edges (each upright for whoever holds that edge at the
 * top) and the number in two corners. Build time only.
 */
import { CARD_UNITS, LETTER_INSET, LETTER_PLACES, LETTER_UNITS, MARGIN_UNITS, MARKER_UNITS } from './layout.ts';
import { markerCells } from './marker.ts';

const LETTERS = ['A', 'B', 'C', 'D'];
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
/** Font size that gives capitals about LETTER_UNITS tall (cap height is about 0.72 of the size). */
const FONT = +(LETTER_UNITS / 0.72).toFixed(3);

export function cardSvg(card: number, label: string): string {
  const cells = markerCells(card);
  // White cells drawn over a black square, one path, with runs of white merged along each row.
  let white = '';
  cells.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      if (!row[c]) continue;
      let end = c;
      while (end + 1 < row.length && row[end + 1]) end++;
      white += `M${MARGIN_UNITS + 1 + c} ${MARGIN_UNITS + 1 + r}h${end - c + 1}v1h-${end - c + 1}z`;
      c = end;
    }
  });
  const letters = LETTER_PLACES.map(
    (p, i) =>
      `<text x="${p.x}" y="${p.y}" transform="rotate(${p.rotate} ${p.x} ${p.y})" font-size="${FONT}" text-anchor="middle" dominant-baseline="central" font-weight="700">${LETTERS[i]}</text>`,
  ).join('');
  const number = (x: number, y: number, rotate: number) =>
    `<text x="${x}" y="${y}" transform="rotate(${rotate} ${x} ${y})" font-size="${+(FONT * 0.8).toFixed(3)}" text-anchor="middle" dominant-baseline="central">${card}</text>`;
  const near = LETTER_INSET + 0.5;
  const far = CARD_UNITS - LETTER_INSET - 0.5;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CARD_UNITS} ${CARD_UNITS}" role="img" aria-label="${escape(label)}" font-family="Arial, 'Liberation Sans', sans-serif">` +
    `<rect width="${CARD_UNITS}" height="${CARD_UNITS}" fill="#fff" stroke="#999" stroke-width="0.03" stroke-dasharray="0.2 0.2"/>` +
    `<rect x="${MARGIN_UNITS}" y="${MARGIN_UNITS}" width="${MARKER_UNITS}" height="${MARKER_UNITS}" fill="#000"/>` +
    `<path d="${white}" fill="#fff"/>` +
    `<g fill="#000">${letters}${number(near, LETTER_INSET, 0)}${number(far, CARD_UNITS - LETTER_INSET, 180)}</g>` +
    `</svg>`
  );
}
