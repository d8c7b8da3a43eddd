/*
 * On every page (injected by src/integrations/offline.ts): registers the service worker and offers a
 * reload when a new version is waiting. Kept tiny and module-loaded so it never blocks a page.
 */
import { offlineUpdate as t } from '../../i18n/id-update';
import { offlineOptedOut } from './opt-out';

function announce(worker: ServiceWorker) {
  if (document.getElementById('nas-update')) return;
  const box = document.createElement('div');
  box.id = 'nas-update';
  box.className = 'nas-update';
  box.setAttribute('role', 'status');
  document.body.append(box);
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t.updateReload;
  button.addEventListener('click', () => {
    button.disabled = true;
    // The new worker takes over only now, so no page mixes the old build's HTML with the new one's files.
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
  // Filled after insertion so screen readers announce it (politely: role=status).
  requestAnimationFrame(() => box.append(t.updateReady, ' ', button));
}

async function start() {
  const sw = navigator.serviceWorker;
  const reg = await sw.register(new URL(/* @vite-ignore */ '../sw.js', import.meta.url));
  if (!sw.controller) {
    // The first page loaded before any worker existed: hand it and its files over, so it opens offline too.
    const urlsToCache = [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)].filter((url) =>
      url.startsWith(location.origin),
    );
    (await sw.ready).active?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache } });
    return;
  }
  if (reg.waiting) announce(reg.waiting);
  reg.addEventListener('updatefound', () => {
    const next = reg.installing;
    next?.addEventListener('statechange', () => {
      if (next.state === 'installed' && sw.controller) announce(next);
    });
  });
}

// Skipped in development (no worker is built), outside secure contexts, and on pages that opt out
// (e.g. SCORM packages, which run inside an LMS).
if (
  import.meta.env.PROD &&
  'serviceWorker' in navigator &&
  isSecureContext &&
  !offlineOptedOut()
)
  start().catch(() => undefined);
