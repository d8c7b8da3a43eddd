/* Offline rules: cache routing, the save plan (resume, updates), stored-record parsing, sizes, and the build's file list. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectOfflineFiles } from '../../src/integrations/offline';
import { cacheFor, formatBytes, parseSaved, planSave, pruneSaved, type OfflineManifest } from '../../src/lib/offline';

const manifest: OfflineManifest = {
  version: 'v',
  bytes: 600,
  files: [
    { url: '/', bytes: 100, hash: 'h1', title: 'Beranda' },
    { url: '/_astro/page.abc.js', bytes: 200, hash: 'h2' },
    { url: '/pagefind/pagefind-entry.json', bytes: 50, hash: 'h3' },
    { url: '/pagefind/fragment/id_1.pf_fragment', bytes: 250, hash: 'h4' },
  ],
};

describe('cacheFor', () => {
  it('puts pages, search files and other files in their own caches', () => {
    expect(cacheFor('/materi/x/')).toBe('nas-pages');
    expect(cacheFor('/404.html')).toBe('nas-pages');
    expect(cacheFor('/pagefind/pagefind.js')).toBe('nas-search');
    expect(cacheFor('/_astro/a.css')).toBe('nas-assets');
    expect(cacheFor('/manifest.webmanifest')).toBe('nas-assets');
  });
});

describe('planSave', () => {
  it('downloads everything on a fresh device', () => {
    const plan = planSave(manifest, new Set(), {});
    expect(plan.todo).toHaveLength(4);
    expect(plan).toMatchObject({ doneBytes: 0, doneFiles: 0, missingBytes: 600 });
  });

  it('resumes: skips hashed files already cached and pages saved from this build', () => {
    const cached = new Set(['/', '/_astro/page.abc.js', '/pagefind/pagefind-entry.json']);
    const plan = planSave(manifest, cached, { '/': 'h1', '/pagefind/pagefind-entry.json': 'old' });
    expect(plan.todo.map((f) => f.url)).toEqual(['/pagefind/pagefind-entry.json', '/pagefind/fragment/id_1.pf_fragment']);
    expect(plan).toMatchObject({ doneBytes: 300, doneFiles: 2, missingBytes: 300 });
  });

  it('re-downloads a page whose saved copy came from another build, and a page cached only while browsing', () => {
    const cached = new Set(manifest.files.map((f) => f.url));
    const saved = Object.fromEntries(manifest.files.map((f) => [f.url, f.hash]));
    expect(planSave(manifest, cached, saved).todo).toEqual([]);
    expect(planSave(manifest, cached, { ...saved, '/': 'previous-build' }).todo.map((f) => f.url)).toEqual(['/']);
    const { '/': _, ...withoutHome } = saved;
    expect(planSave(manifest, cached, withoutHome).todo.map((f) => f.url)).toEqual(['/']);
  });
});

describe('parseSaved and pruneSaved', () => {
  it('treats missing, corrupted or foreign records as nothing saved', () => {
    for (const raw of [null, '', 'not json', '[1,2]', '42', 'null']) expect(parseSaved(raw)).toEqual({});
    expect(parseSaved('{"/":"h1","/x/":5}')).toEqual({ '/': 'h1' });
  });

  it('forgets files the current build no longer lists', () => {
    expect(pruneSaved({ '/': 'h1', '/gone/': 'x' }, manifest)).toEqual({ '/': 'h1' });
  });
});

describe('formatBytes', () => {
  it('says KB below a megabyte and MB with an Indonesian decimal comma above', () => {
    expect(formatBytes(0)).toBe('1 KB');
    expect(formatBytes(850 * 1024)).toBe('850 KB');
    expect(formatBytes(3_308_371)).toBe('3,2 MB');
  });
});

describe('collectOfflineFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nas-offline-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('index.html', '<title>Beranda &amp; awal</title><script src="/_astro/a.js"></script>');
  write('materi/baru/index.html', '<title>Materi baru</title>');
  write('scorm/index.html', '<meta name="nas-offline" content="off"><title>SCORM</title>');
  write('404.html', '<title>404</title>');
  write('_astro/a.js', 'x');
  write('pagefind/pagefind.js', 'p');
  write('pagefind/pagefind-ui.js', 'unused UI');
  write('pagefind/fragment/id_1.pf_fragment', 'f');
  write('sitemap-0.xml', '<urlset/>');
  write('nginx-csp.conf', 'add_header …');
  write('sw.js', 'old worker');

  it('lists every page and file a reader needs, from the build output, and nothing else', () => {
    const found = collectOfflineFiles(dir);
    expect(found.files.map((f) => f.url)).toEqual([
      '/_astro/a.js',
      '/',
      '/materi/baru/',
      '/pagefind/fragment/id_1.pf_fragment',
      '/pagefind/pagefind.js',
    ]);
    expect(found.files[1].title).toBe('Beranda & awal');
    expect(found.bytes).toBe(found.files.reduce((s, f) => s + f.bytes, 0));
  });

  it('changes its version when any listed file changes', () => {
    const before = collectOfflineFiles(dir).version;
    write('materi/baru/index.html', '<title>Materi baru</title><p>diubah</p>');
    expect(collectOfflineFiles(dir).version).not.toBe(before);
  });
});
