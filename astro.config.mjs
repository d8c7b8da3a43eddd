// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import preact from '@astrojs/preact';
import starlightLinksValidator from 'starlight-links-validator';
import { sidebar } from './src/sidebar.mjs';
import { DEFAULT_SITE } from './src/lib/paths.ts';
import { NO_PUBLIC_SITE_WARNING, publicSite } from './src/lib/site.ts';
import csp from './src/integrations/csp.ts';
import lms from './src/integrations/lms.ts';
import offline from './src/integrations/offline.ts';
import { webAppHead } from './src/lib/offline.ts';
import { arucoForBrowser } from './src/integrations/aruco-cjs.ts';

// The public address of the deployed site (SITE_URL). Without it Astro's site falls back to the
// preview address for the sitemap, and src/lib/site.ts tells QR codes and LMS banks not to use it.
const known = publicSite();
if (!known) console.warn(`[netralitas] ${NO_PUBLIC_SITE_WARNING}`);
const site = known ?? DEFAULT_SITE;

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Starlight turns on prefetching every link on hover (about 1 KB of script on every page). It skips
  // slow connections anyway, which is most of our readers, and the service worker makes pages
  // already read instant: not worth its weight here.
  prefetch: false,
  // Heading ids before any other rehype step: Starlight adds this only with its heading links (off
  // below), and the links validator reads the ids to check every #anchor at build.
  markdown: { processor: unified({ rehypePlugins: [rehypeHeadingIds] }) },
  // The answer cards' detector (js-aruco2) is CommonJS written for Node; see the plugin. The deck's
  // camera reads frames in a module worker.
  vite: { plugins: [arucoForBrowser()], worker: { format: 'es', plugins: () => [arucoForBrowser()] } },
  integrations: [
    starlight({
      title: 'Netralitas ASN',
      description:
        'Pelatihan mandiri dan bahan sosialisasi netralitas ASN (PNS dan PPPK) dan pegawai non-ASN dalam Pemilu dan Pilkada.',
      logo: { src: './src/assets/logo.svg', replacesTitle: false },
      favicon: '/favicon.svg',
      defaultLocale: 'root',
      locales: { root: { label: 'Bahasa Indonesia', lang: 'id' } },
      sidebar,
      customCss: ['./src/styles/site.css', './src/styles/verdict.css', './src/components/offline/update.css'],
      // Installable web app: manifest, theme colour and icon (see public/manifest.webmanifest).
      head: webAppHead.map(({ tag, attrs }) => ({ tag, attrs: { ...attrs } })),
      lastUpdated: false,
      // No link icon beside every heading: it adds a second link per heading, read out as
      // "Bagian berjudul …", and its CSS, to every page (about 0.5 KB per lesson). Each section's
      // address stays one click away in "Di halaman ini", the table of contents.
      markdown: { headingLinks: false },
      pagination: true,
      routeMiddleware: './src/route-middleware.ts',
      components: {
        // Loads Pagefind's UI on first use of search instead of on every page (see the file).
        Search: './src/components/overrides/Search.astro',
        // Adds "Terakhir ditinjau", related rules and cases, sources and the short check to every page.
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        // Removes a corrupted stored theme before Starlight's theme script reads it (see the file).
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
        // One language: no picker, and none of its script on every page.
        LanguageSelect: './src/components/overrides/LanguageSelect.astro',
      },
      plugins: [
        starlightLinksValidator({
          errorOnRelativeLinks: true,
          // Pages built outside the docs collection (Astro pages) are invisible to the validator;
          // tests/e2e/links.test.ts checks every link and anchor of the built site instead.
          exclude: ['/aula/', '/aula/*/', '/kuis/', '/kuis/*/', '/ujian/', '/sertifikat/', '/studi-kasus/', '/studi-kasus/*/'],
        }),
      ],
    }),
    preact(),
    // Hashes every inline script of the finished pages into a CSP <meta> and dist/nginx-csp.conf.
    // After Starlight and Preact; integrations that rewrite pages come after it and reuse src/lib/csp.ts.
    csp(),
    // SCORM packages of the built site (after Starlight's Pagefind index; see the file).
    lms(),
    // Last: the service worker and the save-all list must see the final HTML and the Pagefind index.
    offline(),
  ],
});
