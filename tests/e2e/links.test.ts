/*
 * Every internal link of the built site leads somewhere: the target page exists in dist/ and, when
 * the link has a #fragment, an element with that id is on the target page. starlight-links-validator
 * checks Markdown links between docs pages; this covers what it cannot see (Astro pages such as the
 * quizzes, the case studies and the hall decks, and links rendered by components).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'pagefind' || entry === '_astro' ? [] : htmlFiles(path);
    return path.endsWith('.html') ? [path] : [];
  });
}

/** The built file that answers a site path, or undefined. */
function fileFor(path: string): string | undefined {
  const candidates = path.endsWith('/') ? [join(dist, path, 'index.html')] : [join(dist, path), join(dist, path, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  if (!idsCache.has(file))
    idsCache.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  return idsCache.get(file)!;
}

describe('internal links of the built site', () => {
  const pages = htmlFiles(dist).filter((f) => !f.endsWith('404.html'));

  it('finds the pages to check', () => {
    expect(pages.length).toBeGreaterThan(40);
  });

  it('every link points to a page that exists, and every #fragment to an element on it', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      for (const [, href] of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
        if (!href.startsWith('/') && !href.startsWith('#')) continue;
        const [pathAndQuery, fragment] = href.split('#');
        const path = pathAndQuery.split('?')[0];
        const target = path === '' ? page : fileFor(decodeURI(path));
        checked++;
        if (!target) broken.push(`${page}: ${href} (no such page)`);
        else if (fragment && !idsOf(target).has(decodeURIComponent(fragment)))
          broken.push(`${page}: ${href} (no element with id "${fragment}")`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });
});
