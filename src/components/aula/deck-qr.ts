/*
 * QR codes drawn in the browser, for a deck built without a public address (SITE_URL unset): the
 * code points at the address the deck is actually served from (location.origin), whatever host
 * serves it. Loaded only by decks that have such a code.
 */
import { qrSvg } from '../../lib/qr';

export function drawServedQr(root: HTMLElement): void {
  root.querySelectorAll<HTMLElement>('[data-qr-path]').forEach((code) => {
    const url = new URL(code.dataset.qrPath!, location.origin).href;
    code.innerHTML = qrSvg(url, (code.dataset.qrLabel ?? '{url}').replace('{url}', url));
    const address = code.closest('figure')?.querySelector('.nas-qr__url');
    if (address) address.textContent = url;
  });
}
