/*
 * A strict Content-Security-Policy for built HTML pages: scripts only from the site itself or inline
 * scripts whose exact text is hashed here. Astro's own CSP support does not hash `is:inline` scripts
 * and Starlight has several, so the hashes are taken from the finished HTML instead, with a real HTML
 * parser (parse5) so a script's text is what the browser hashes: raw text, line endings normalised.
 *
 * Pure functions, no Astro imports: the build integration (src/integrations/csp.ts) uses them, and so
 * can anything that rewrites a built page later (it calls applyCsp again on the new HTML).
 */
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A CSP hash source for a script's text: 'sha256-<base64>' of its UTF-8 bytes. */
export const hashSource = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const isElement = (node: Node): node is Element => 'tagName' in node;

function* elements(node: Node): Generator<Element> {
  if (isElement(node)) {
    yield node;
    // A <template>'s children live in its content fragment.
    if (node.tagName === 'template') yield* elements((node as DefaultTreeAdapterMap['template']).content);
  }
  if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child);
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const isCspMeta = (el: Element) =>
  el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy';

/** The hash sources of every inline script in a page (with no src), each once, in page order. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const el of elements(parse(html))) {
    if (el.tagName !== 'script' || attr(el, 'src') !== undefined) continue;
    const text = el.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
    hashes.add(hashSource(text));
  }
  return [...hashes];
}

/**
 * The policy for the given script hashes. Styles may stay inline ('unsafe-inline' in style-src):
 * Starlight, Astro islands and Pagefind set style attributes, which hashes cannot allow without
 * 'unsafe-hashes', and CSS cannot run script. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly.
 * `header: true` adds what only an HTTP header can carry (frame-ancestors is ignored in a <meta>).
 */
export function contentSecurityPolicy(hashes: Iterable<string>, { header = false } = {}): string {
  const directives = [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...new Set(hashes)].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    // 'self' also allows ws: and wss: to the page's own host and port (CSP Level 3), for the hall server.
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(header ? ["frame-ancestors 'self'"] : []),
  ];
  return directives.join('; ');
}

/** The nginx directive that sends a policy as a header on every response, errors included. */
export const nginxHeader = (policy: string): string => `add_header Content-Security-Policy "${policy}" always;\n`;

/**
 * The page with its policy as a <meta http-equiv> placed before anything that could run: right after
 * <meta charset> when that opens <head> (the charset must stay within the first 1024 bytes), else as
 * the first child of <head>. A policy <meta> already there is replaced, so rewriting a page and
 * applying this again gives the new page's policy. Returns the new HTML and the hashes it allows.
 */
export function applyCsp(html: string): { html: string; hashes: string[] } {
  const head = [...elements(parse(html, { sourceCodeLocationInfo: true }))].find((el) => el.tagName === 'head');
  const headTag = head?.sourceCodeLocation?.startTag;
  if (!head || !headTag) throw new Error('no <head> start tag to put the Content-Security-Policy <meta> after');
  const [first] = head.childNodes.filter(isElement);
  const after = first && first.tagName === 'meta' && attr(first, 'charset') !== undefined ? first : undefined;
  const at = after?.sourceCodeLocation?.endOffset ?? headTag.endOffset;

  // Cut out old policies (from the end so earlier offsets stay valid), then insert the new one.
  let page = html;
  let insertAt = at;
  const old = [...elements(head)].filter(isCspMeta).map((el) => el.sourceCodeLocation!);
  for (const loc of old.sort((a, b) => b.startOffset - a.startOffset)) {
    page = page.slice(0, loc.startOffset) + page.slice(loc.endOffset);
    if (loc.startOffset < insertAt) insertAt -= loc.endOffset - loc.startOffset;
  }
  const hashes = inlineScriptHashes(page);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes)}">`;
  return { html: page.slice(0, insertAt) + meta + page.slice(insertAt), hashes };
}
