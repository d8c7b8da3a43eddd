import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyCsp, contentSecurityPolicy, hashSource, inlineScriptHashes, nginxHeader } from '../../src/lib/csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (head: string, body = '') => `<!DOCTYPE html><html lang="id"><head>${head}</head><body>${body}</body></html>`;
const metaOf = (html: string) => html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1];

describe('inline script hashes', () => {
  it('hashes the exact text of every inline script, once each, and skips scripts with src', () => {
    const html = page(
      '<script>a()</script><script type="module">b()</script><script src="/x.js"></script>',
      '<script>a()</script><template><script>\n c() </script></template>',
    );
    expect(inlineScriptHashes(html)).toEqual([sha('a()'), sha('b()'), sha('\n c() ')]);
  });

  it('hashes the text as the browser sees it: raw (entities untouched), CRLF read as LF, UTF-8', () => {
    expect(inlineScriptHashes(page('<script>x("&amp;")\r\ny("—")</script>'))).toEqual([sha('x("&amp;")\ny("—")')]);
    // Independently computed: printf "alert(1)" | openssl dgst -sha256 -binary | base64
    expect(hashSource('alert(1)')).toBe(`'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='`);
  });
});

describe('the policy', () => {
  it('allows scripts only from the site and by hash, never inline as such, and no third party', () => {
    const policy = contentSecurityPolicy([sha('a()'), sha('a()')]);
    const directives = Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'", sha('a()')]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(policy).not.toMatch(/https?:|\*/);
    expect(policy.match(/'unsafe-inline'/g)).toHaveLength(1); // styles only
    expect(directives['frame-ancestors']).toBeUndefined();
    expect(contentSecurityPolicy([], { header: true })).toMatch(/; frame-ancestors 'self'$/);
  });

  it('writes one nginx line that sends it on every response', () => {
    expect(nginxHeader("default-src 'self'")).toBe(`add_header Content-Security-Policy "default-src 'self'" always;\n`);
  });
});

describe('applyCsp', () => {
  it('puts the policy right after <meta charset>, before any script', () => {
    const html = page('<meta charset="utf-8"><script>a()</script>', '<script type="module">b()</script>');
    const result = applyCsp(html);
    expect(result.hashes).toEqual([sha('a()'), sha('b()')]);
    expect(result.html.indexOf('<meta charset="utf-8"><meta http-equiv="Content-Security-Policy"')).toBeGreaterThan(0);
    expect(metaOf(result.html)).toBe(contentSecurityPolicy(result.hashes));
    expect(result.html.replace(/<meta http-equiv[^>]*>/, '')).toBe(html);
  });

  it('is the first child of <head> when the head does not open with the charset', () => {
    const result = applyCsp(page('<title>x</title><script>a()</script>'));
    expect(result.html).toContain('<head><meta http-equiv="Content-Security-Policy"');
  });

  it('replaces its own policy when applied again to a rewritten page', () => {
    const once = applyCsp(page('<meta charset="utf-8"><script>a()</script>')).html;
    const rewritten = once.replace('a()', 'changed()');
    const twice = applyCsp(rewritten).html;
    expect(twice.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
    expect(metaOf(twice)).toContain(sha('changed()'));
    expect(metaOf(twice)).not.toContain(sha('a()'));
    expect(applyCsp(twice).html).toBe(twice);
  });

  it('refuses a page without a <head> tag to place the policy in', () => {
    expect(() => applyCsp('<p>fragment</p>')).toThrow(/no <head> start tag/);
  });
});
