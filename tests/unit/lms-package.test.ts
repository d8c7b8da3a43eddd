import { gzipSync, strToU8, gunzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { relativeUrl, rewriteCss, rewriteHtml, rewriteJs, rewritePagefindFragment, type RewriteContext } from '../../src/lib/lms/package';

/* Rewriting the built site for a package served from an unknown, deep path (src/lib/lms/package.ts). */

const ctx = (file: string, site: string | null = 'https://netralitas.example.go.id/'): RewriteContext => ({
  file,
  roots: new Set(['_astro', 'materi', 'ujian', 'sertifikat', 'pagefind', 'favicon.svg', 'index.html']),
  external: new Set(['unduhan']),
  site: site ?? undefined,
  origin: 'http://localhost:4321',
});

describe('relative URLs', () => {
  it('names the file, keeps the fragment and query, and knows the depth', () => {
    expect(relativeUrl('/materi/dasar-hukum/#pp-94-2021', ctx('materi/x/index.html'))).toBe('../../materi/dasar-hukum/index.html#pp-94-2021');
    expect(relativeUrl('/', ctx('index.html'))).toBe('index.html');
    expect(relativeUrl('/_astro/a.js', ctx('ujian/index.html'))).toBe('../_astro/a.js');
    expect(relativeUrl('/unduhan/bank-soal-moodle.xml', ctx('ujian/index.html'))).toBe('https://netralitas.example.go.id/unduhan/bank-soal-moodle.xml');
    // Not ours: other roots, protocol-relative URLs.
    expect(relativeUrl('/lain/', ctx('index.html'))).toBeUndefined();
    expect(relativeUrl('//cdn.example.com/x.js', ctx('index.html'))).toBeUndefined();
  });

  it('rewrites attributes and island props but leaves inline scripts byte for byte, and adds the markers', () => {
    const inline = '<script type="module">const u = "/materi/"; location.href = "/ujian/";</script>';
    const html =
      '<html><head><meta charset="utf-8"/><link rel="sitemap" href="/sitemap-index.xml"/><link rel="icon" href="/favicon.svg"/></head><body>' +
      `<a href="/materi/x/">x</a><img srcset="/_astro/a.png 1x, /_astro/b.png 2x"/>${inline}` +
      '<astro-island component-url="/_astro/Exam.js" props="{&quot;href&quot;:[0,&quot;/sertifikat/&quot;]}"></astro-island></body></html>';
    const out = rewriteHtml(html, ctx('ujian/index.html'), { version: '1.2', sitePath: '/ujian/' });
    expect(out).toContain(inline);
    expect(out).toContain('href="../materi/x/index.html"');
    expect(out).toContain('srcset="../_astro/a.png 1x, ../_astro/b.png 2x"');
    expect(out).toContain('component-url="../_astro/Exam.js"');
    expect(out).toContain('&quot;../sertifikat/index.html&quot;');
    expect(out).toContain('<link rel="icon" href="../favicon.svg"/>');
    expect(out).not.toContain('sitemap');
    expect(out).toMatch(/^<html><head><meta charset="utf-8"\/><meta name="nas-lms" content="1.2">/);
    expect(out).toContain('<meta name="nas-offline" content="off">');
    expect(out).toContain('<script src="../_lms/lms.js" data-role="page"></script>');
  });

  it('keeps no link to the build address, and links downloads only to a known public site', () => {
    const html =
      '<html><head><meta charset="utf-8"/><link rel="canonical" href="http://localhost:4321/materi/x/"/>' +
      '<meta property="og:url" content="http://localhost:4321/materi/x/"/><meta property="og:image" content="http://localhost:4321/_astro/og.png"/></head>' +
      '<body><a href="/unduhan/bank-soal-moodle.xml" download>bank-soal-moodle.xml</a></body></html>';
    const known = rewriteHtml(html, ctx('materi/x/index.html'), { version: '1.2', sitePath: '/materi/x/' });
    expect(known).not.toContain('localhost');
    expect(known).not.toContain('canonical');
    expect(known).toContain('content="../../_astro/og.png"');
    expect(known).toContain('<a href="https://netralitas.example.go.id/unduhan/bank-soal-moodle.xml" download>');
    const unknown = rewriteHtml(html, ctx('materi/x/index.html', null), { version: '1.2', sitePath: '/materi/x/' });
    expect(unknown).not.toContain('localhost');
    expect(unknown).not.toContain('unduhan/');
    expect(unknown).toContain('<body>bank-soal-moodle.xml</body>');
  });

  it('rewrites CSS url(), the preload helper and the Pagefind paths in scripts', () => {
    expect(rewriteCss('a{background:url(/_astro/x.svg)} b{background:url("data:x")}', ctx('_astro/s.css'))).toBe(
      'a{background:url(../_astro/x.svg)} b{background:url("data:x")}',
    );
    const { js, changed } = rewriteJs('t=function(e){return`/`+e};x({baseUrl:`/`,bundlePath:`/`.replace(/\\/$/,``)+`/pagefind/`})');
    expect(changed).toBe(3);
    expect(js).not.toMatch(/`\/`/);
    expect(js).toContain('import.meta.url');
  });

  it("names the file in Pagefind's page records", () => {
    const record = (url: string) => gzipSync(strToU8(`pagefind_dcd${JSON.stringify({ url, content: 'x' })}`));
    const out = JSON.parse(strFromU8(gunzipSync(rewritePagefindFragment(record('/materi/x/')))).slice(12));
    expect(out).toEqual({ url: '/materi/x/index.html', content: 'x' });
  });
});
