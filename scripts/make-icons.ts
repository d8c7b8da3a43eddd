/*
 * Renders the web app icons (public/icons/*.png) from the site's SVG logo in Debian's Chromium.
 * Run after changing src/assets/logo.svg: `node scripts/make-icons.ts`. The PNGs are committed so a
 * build needs no image tool.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/e2e/support/chromium.ts';

const logo = readFileSync('src/assets/logo.svg', 'utf8');
/** Maskable icons keep their content inside the central 80 % circle; the logo's own blue fills the rest. */
const icons = [
  { file: 'icon-192.png', size: 192, scale: 1, background: 'transparent' },
  { file: 'icon-512.png', size: 512, scale: 1, background: 'transparent' },
  { file: 'maskable-512.png', size: 512, scale: 0.7, background: '#1f4e8c' },
];

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
try {
  for (const { file, size, scale, background } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inner = Math.round(size * scale);
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${background}">` +
        logo.replace('<svg ', `<svg width="${inner}" height="${inner}" `) +
        '</body>',
    );
    writeFileSync(`public/icons/${file}`, await page.screenshot({ omitBackground: background === 'transparent' }));
    await page.close();
  }
} finally {
  await browser.close();
}
