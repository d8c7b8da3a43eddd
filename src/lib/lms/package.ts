/*
 * Turns the built site into the content of a SCORM package. An LMS serves a package from a deep path
 * it chooses (/pluginfile.php/…/content/1/), often without mapping a folder to its index.html, so:
 * - every root-absolute URL to a file of the site becomes relative to the file that holds it, and a
 *   folder URL names its index.html ("/materi/x/#a" -> "../../materi/x/index.html#a");
 * - inline scripts are left exactly as built (their CSP hashes stay valid; none holds a site path);
 * - absolute links to the address the site was built for (canonical, og:url, …) are made relative
 *   the same way, or dropped where they only name the page on the web: no link in a package points
 *   at the build's address (without SITE_URL that is the preview address, http://localhost:4321);
 * - links to the downloads (not in the package) point to the public site when the build knows its
 *   address (src/lib/site.ts), and otherwise become plain text;
 * - the sitemap and web-app manifest links are dropped (those files are not packed), and each page
 *   gets the markers the runtime and the service-worker registration read.
 * Pure string work on file contents; manifests with xmlbuilder2. No Astro, no file system.
 */
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { create } from 'xmlbuilder2';
import type { ScormVersion } from './scorm';

export interface RewriteContext {
  /** The file's path inside the package: "materi/dasar-hukum/index.html". */
  file: string;
  /** First path segments that exist in the package ("_astro", "materi", "favicon.svg", …). */
  roots: ReadonlySet<string>;
  /** First segments that are not packed but published (downloads): linked on the site instead. */
  external: ReadonlySet<string>;
  /** The public site, for `external` links ("https://netralitas.example.go.id"); undefined when unknown. */
  site: string | undefined;
  /** The address the pages were built with (Astro's `site`): absolute links to it are ours. */
  origin: string;
}

/** "../" once per folder between the file and the package root ("" at the root). */
export const upToRoot = (file: string) => '../'.repeat(file.split('/').length - 1);

/** A root-absolute site URL as seen from `file`; undefined when it is not one of ours. */
export function relativeUrl(url: string, ctx: RewriteContext): string | undefined {
  const match = /^\/([^/?#]*)([^?#]*)([?#].*)?$/.exec(url);
  if (!match || url.startsWith('//')) return undefined;
  const [, first, rest, suffix = ''] = match;
  if (first !== '' && !ctx.roots.has(first) && !ctx.external.has(first)) return undefined;
  const path = `${first}${rest}`;
  if (ctx.external.has(first)) return ctx.site ? `${ctx.site.replace(/\/$/, '')}/${path}${suffix}` : undefined;
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  return `${upToRoot(ctx.file)}${file}${suffix}`;
}

// A site URL starts after a quote, a bracket, "=" or an HTML-escaped quote (island props hold JSON in
// attributes), and runs to the next quote, bracket, space, "<" or "&". "/>" closes a tag: not a URL.
const URL_IN_TEXT = /(["'`(]|&quot;|&#34;|\\")(\/(?![/>])[^"'`()\s<>&\\]*)/g;

function rewriteText(text: string, ctx: RewriteContext): string {
  return text.replace(URL_IN_TEXT, (all, open: string, url: string) => {
    const relative = relativeUrl(url, ctx);
    return relative === undefined ? all : `${open}${relative}`;
  });
}

/** srcset lists several URLs separated by commas and descriptors. */
const rewriteSrcset = (html: string, ctx: RewriteContext) =>
  html.replace(/\ssrcset="([^"]*)"/g, (_, list: string) => {
    const items = list.split(',').map((item) => {
      const [url, ...descriptor] = item.trim().split(/\s+/);
      return [relativeUrl(url, ctx) ?? url, ...descriptor].join(' ');
    });
    return ` srcset="${items.join(', ')}"`;
  });

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>[\s\S]*?<\/script>/g;

export interface PageMarkers {
  version: ScormVersion;
  /** The page's path on the site ("/materi/dasar-hukum/"): lessons read are recorded by it. */
  sitePath: string;
}

export function rewriteHtml(html: string, ctx: RewriteContext, markers: PageMarkers): string {
  // Keep executable inline scripts byte for byte: split them out, rewrite the rest, put them back.
  const scripts: string[] = [];
  let out = html.replace(INLINE_SCRIPT, (s) => `\u0000${scripts.push(s) - 1}\u0000`);
  out = out.replace(/<link\b[^>]*\brel="(?:sitemap|manifest|canonical)"[^>]*>/g, '');
  out = out.replace(/<meta\b[^>]*\bproperty="og:url"[^>]*>/g, '');
  // Other absolute links to the build's address: root-absolute, then relative like the rest.
  const origin = ctx.origin.replace(/\/$/, '');
  out = out.split(`"${origin}/`).join('"/');
  // Downloads without a public address: the link's text stays, the link goes.
  if (!ctx.site)
    for (const first of ctx.external)
      out = out.replace(new RegExp(`<a\\b[^>]*\\bhref="/${first}/[^"]*"[^>]*>([\\s\\S]*?)</a>`, 'g'), '$1');
  out = rewriteSrcset(out, ctx);
  out = rewriteText(out, ctx);
  const head =
    `<meta name="nas-lms" content="${markers.version}">` +
    `<meta name="nas-lms-path" content="${markers.sitePath.replace(/"/g, '&quot;')}">` +
    // The offline engineer's service-worker registration stands down when it sees this.
    `<meta name="nas-offline" content="off">` +
    `<script src="${upToRoot(ctx.file)}_lms/lms.js" data-role="page"></script>`;
  // Right after <meta charset>, so the runtime runs before anything reads progress.
  out = /<meta charset="[^"]*"\s*\/?>/i.test(out)
    ? out.replace(/<meta charset="[^"]*"\s*\/?>/i, (m) => m + head)
    : out.replace(/<head>/i, (m) => m + head);
  return out.replace(/\u0000(\d+)\u0000/g, (_, i: string) => scripts[Number(i)]);
}

export const rewriteCss = (css: string, ctx: RewriteContext) =>
  css.replace(/url\(\s*(["']?)(\/(?!\/)[^"')]*)\1\s*\)/g, (all, quote: string, url: string) => {
    const relative = relativeUrl(url, ctx);
    return relative === undefined ? all : `url(${quote}${relative}${quote})`;
  });

/**
 * Scripts: chunks import each other relatively already. Two site paths are built into scripts
 * today, both from the base "/": Starlight's Pagefind location and Vite's preload helper, which
 * prefixes "/" to "_astro/…" names. Inside the package both are taken from the script's own URL
 * (every script lives in _astro/). Returns the new text and how many places were changed.
 */
export function rewriteJs(js: string): { js: string; changed: number } {
  let changed = 0;
  const out = js
    .replace(/function\((\w+)\)\{return`\/`\+\1\}/g, (_, arg: string) => {
      changed++;
      return `function(${arg}){return new URL(\`../\`+${arg},import.meta.url).pathname}`;
    })
    .replace(/bundlePath:`\/`\.replace\(\/\\\/\$\/,``\)\+`\/pagefind\/`/g, () => {
      changed++;
      return 'bundlePath:new URL(`../pagefind/`,import.meta.url).pathname';
    })
    .replace(/baseUrl:`\/`/g, () => {
      changed++;
      return 'baseUrl:new URL(`../`,import.meta.url).pathname';
    });
  return { js: out, changed };
}

// ---------------------------------------------------------------------------------------------
// Manifests

export interface ManifestInput {
  identifier: string;
  title: string;
  /** Launch page, relative to the package root. */
  launch: string;
  /** Every file in the package but the manifest itself. */
  files: readonly string[];
  /** Pass mark, percent. */
  mastery: number;
}

export function manifest12(m: ManifestInput): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'manifest', {
    identifier: m.identifier,
    version: '1.0',
    'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation':
      'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
  });
  root.ele('metadata').ele('schema').txt('ADL SCORM').up().ele('schemaversion').txt('1.2');
  const org = root.ele('organizations', { default: 'org' }).ele('organization', { identifier: 'org' });
  org.ele('title').txt(m.title);
  const item = org.ele('item', { identifier: 'item', identifierref: 'res', isvisible: 'true' });
  item.ele('title').txt(m.title);
  item.ele('adlcp:masteryscore').txt(String(m.mastery));
  const resource = root
    .ele('resources')
    .ele('resource', { identifier: 'res', type: 'webcontent', 'adlcp:scormtype': 'sco', href: m.launch });
  for (const file of m.files) resource.ele('file', { href: file });
  return root.end({ prettyPrint: true });
}

export function manifest2004(m: ManifestInput): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('http://www.imsglobal.org/xsd/imscp_v1p1', 'manifest', {
    identifier: m.identifier,
    version: '1',
    'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
    'xmlns:adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3',
    'xmlns:adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
    'xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation':
      'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd',
  });
  root.ele('metadata').ele('schema').txt('ADL SCORM').up().ele('schemaversion').txt('2004 4th Edition');
  const org = root.ele('organizations', { default: 'org' }).ele('organization', { identifier: 'org' });
  org.ele('title').txt(m.title);
  const item = org.ele('item', { identifier: 'item', identifierref: 'res', isvisible: 'true' });
  item.ele('title').txt(m.title);
  const sequencing = item.ele('imsss:sequencing');
  // Passed when the scaled score reaches the pass mark; the content sets completion itself.
  sequencing
    .ele('imsss:objectives')
    .ele('imsss:primaryObjective', { objectiveID: 'ujian-akhir', satisfiedByMeasure: 'true' })
    .ele('imsss:minNormalizedMeasure')
    .txt(String(m.mastery / 100));
  sequencing.ele('imsss:deliveryControls', { completionSetByContent: 'true', objectiveSetByContent: 'true' });
  const resource = root
    .ele('resources')
    .ele('resource', { identifier: 'res', type: 'webcontent', 'adlcp:scormType': 'sco', href: m.launch });
  for (const file of m.files) resource.ele('file', { href: file });
  return root.end({ prettyPrint: true });
}

/** The launch page: the site in a full-window frame, the catalog as JSON data, the runtime. */
export function launchPage(opts: { version: ScormVersion; title: string; catalogJson: string; noScript: string }): string {
  // JSON inside <script> must not close the element early.
  const json = opts.catalogJson.replace(/</g, '\\u003c');
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="nas-lms" content="${opts.version}">
<meta name="nas-offline" content="off">
<title>${esc(opts.title)}</title>
<style>html,body{margin:0;height:100%;overflow:hidden}iframe{display:block;border:0;width:100%;height:100%}</style>
</head>
<body>
<iframe id="nas-lms-frame" title="${esc(opts.title)}" hidden></iframe>
<noscript><p><a href="index.html">${esc(opts.noScript)}</a></p></noscript>
<script type="application/json" id="nas-lms-catalog">${json}</script>
<script src="_lms/lms.js" data-role="launch"></script>
</body>
</html>
`;
}

/**
 * Pagefind's page records (pagefind/fragment/*.pf_fragment: gzip of "pagefind_dcd" + JSON) hold each
 * page's folder URL ("/materi/x/"); inside the package a result must name the file, as every other
 * link does. The search script joins its base (the package root) with this URL.
 */
export function rewritePagefindFragment(bytes: Uint8Array): Uint8Array {
  const text = strFromU8(gunzipSync(bytes));
  const signature = 'pagefind_dcd';
  if (!text.startsWith(signature)) return bytes;
  const record = JSON.parse(text.slice(signature.length)) as { url?: string };
  if (typeof record.url === 'string' && /\/$/.test(record.url)) record.url = `${record.url}index.html`;
  return gzipSync(strToU8(signature + JSON.stringify(record)), { mtime: 0 });
}
