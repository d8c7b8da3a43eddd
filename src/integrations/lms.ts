/*
 * Packs the built site into SCORM 1.2 and SCORM 2004 (4th edition) packages, after the build, in
 * dist/unduhan/ next to the question banks that the endpoints in src/pages/unduhan/ write. Runs after
 * Starlight (Pagefind's index must exist) and the CSP integration, before the service-worker one.
 * The page rewriting is in src/lib/lms/package.ts, the runtime in src/lib/lms/runtime.ts (bundled
 * here with esbuild into one classic script), the suspend-data format in src/lib/lms/suspend.ts.
 * It also fills in the file sizes on the LMS page (elements with data-nas-size="<file>").
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { zipSync, type Zippable } from 'fflate';
import { LMS_DIR, LMS_FILES } from '../lib/lms/files';
import { launchPage, manifest12, manifest2004, rewriteCss, rewriteHtml, rewriteJs, rewritePagefindFragment, type RewriteContext } from '../lib/lms/package';
import type { ScormVersion } from '../lib/lms/scorm';
import { DEFAULT_SITE } from '../lib/paths';
import { publicSite } from '../lib/site';
import { EXAM } from '../lib/quiz/exam-settings';
import { formatBytes } from '../lib/lms/size';

/** Written by src/pages/lms-katalog.json.ts; moved into the packages, not published. */
const CATALOG = 'lms-katalog.json';
const LAUNCH = 'lms.html';
const TITLE = 'Netralitas ASN: pelatihan netralitas ASN dan pegawai non-ASN';
/** Fixed file times keep the zips identical between builds of the same site. */
const MTIME = new Date('2024-01-01T00:00:00Z');

/**
 * Built files that a package leaves out: the downloads themselves, the sitemap, the service worker
 * and web-app manifest, and server configuration (the CSP header snippet for nginx).
 */
const leftOut = (file: string) =>
  file.startsWith(`${LMS_DIR}/`) ||
  file === CATALOG ||
  /^sitemap.*\.xml$/.test(file) ||
  /\.conf$/.test(file) ||
  /^(sw\.js|workbox-[^/]*\.js|manifest\.webmanifest|.*\.webmanifest)$/.test(file);

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

async function bundleRuntime(): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../lib/lms/runtime.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2019',
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0].contents;
}

/** The site path of a built page: "materi/x/index.html" -> "/materi/x/". */
const sitePathOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

export default function lms(): AstroIntegration {
  let site = DEFAULT_SITE;
  return {
    name: 'nas-lms',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // The banks (src/data/lms.ts) and the packages' download links follow the same rule.
        const known = publicSite();
        logger.info(
          known
            ? `Tautan ke situs di bank soal dan paket LMS: ${known}`
            : 'Tanpa SITE_URL: bank soal dan paket LMS tidak memuat tautan ke situs (tautan di dalam paket tetap relatif).',
        );
        const catalogJson = await readFile(join(dist, CATALOG), 'utf8');
        await rm(join(dist, CATALOG));
        const files = (await listFiles(dist)).filter((f) => !leftOut(f));
        const roots = new Set(files.map((f) => f.split('/')[0]));
        const contents = new Map(await Promise.all(files.map(async (f) => [f, await readFile(join(dist, f))] as const)));
        const runtime = await bundleRuntime();

        const sizes: Record<string, number> = {};
        for (const [version, name] of [
          ['1.2', LMS_FILES.scorm12],
          ['2004', LMS_FILES.scorm2004],
        ] as [ScormVersion, string][]) {
          const zip: Zippable = {};
          let jsChanged = 0;
          for (const file of files) {
            const ctx: RewriteContext = { file, roots, external: new Set([LMS_DIR]), site: known, origin: site };
            const data = contents.get(file)!;
            if (file.endsWith('.html')) zip[file] = Buffer.from(rewriteHtml(data.toString('utf8'), ctx, { version, sitePath: sitePathOf(file) }));
            else if (file.endsWith('.css')) zip[file] = Buffer.from(rewriteCss(data.toString('utf8'), ctx));
            else if (file.endsWith('.js')) {
              const { js, changed } = rewriteJs(data.toString('utf8'));
              jsChanged += changed;
              zip[file] = Buffer.from(js);
            } else if (file.endsWith('.pf_fragment')) zip[file] = rewritePagefindFragment(data);
            else zip[file] = data;
          }
          // Vite's preload helper is in every build; none changed means the build's output changed shape.
          if (jsChanged === 0) logger.warn('Tidak ada alamat "/" di skrip yang diubah: periksa rewriteJs (src/lib/lms/package.ts).');
          zip['_lms/lms.js'] = runtime;
          zip[LAUNCH] = Buffer.from(launchPage({ version, title: TITLE, catalogJson, noScript: 'Buka materi pelatihan' }));
          const manifestInput = {
            identifier: `netralitas-asn-scorm${version.replace('.', '')}`,
            title: TITLE,
            launch: LAUNCH,
            files: Object.keys(zip).sort(),
            mastery: EXAM.passMark,
          };
          zip['imsmanifest.xml'] = Buffer.from(version === '1.2' ? manifest12(manifestInput) : manifest2004(manifestInput));
          const bytes = zipSync(Object.fromEntries(Object.entries(zip).map(([k, v]) => [k, [v as Uint8Array, { mtime: MTIME }]])), { level: 9 });
          await mkdir(join(dist, LMS_DIR), { recursive: true });
          await writeFile(join(dist, LMS_DIR, name), bytes);
          logger.info(`${LMS_DIR}/${name}: ${Object.keys(zip).length} berkas, ${formatBytes(bytes.length)}`);
        }

        // File sizes on the LMS page.
        for (const name of Object.values(LMS_FILES)) sizes[name] = (await readFile(join(dist, LMS_DIR, name))).length;
        for (const file of files.filter((f) => f.endsWith('.html'))) {
          const html = contents.get(file)!.toString('utf8');
          if (!html.includes('data-nas-size=')) continue;
          const filled = html.replace(/(<[^>]*data-nas-size="([^"]+)"[^>]*>)[^<]*/g, (all, tag: string, name: string) =>
            sizes[name] === undefined ? all : `${tag}${formatBytes(sizes[name])}`,
          );
          await writeFile(join(dist, file), filled);
        }
      },
    },
  };
}
