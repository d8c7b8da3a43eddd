/**
 * The site's public address, as the build was told it (SITE_URL), or undefined when it was not.
 *
 * Build-time only (it reads the environment). Astro's `site` still falls back to the preview address
 * so that the sitemap and canonical links exist, but nothing meant for people elsewhere may point at
 * that fallback: without a public address, hall decks draw their QR codes for the address they are
 * served from, and the LMS question banks leave site links out.
 */
export function publicSite(env: Record<string, string | undefined> = process.env): string | undefined {
  const raw = env.SITE_URL?.trim();
  if (!raw) return undefined;
  // A malformed address fails the build here rather than printing broken QR codes and links.
  const url = new URL(raw);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must be an http(s) address, got "${raw}"`);
  }
  return url.href;
}

/** The line the build prints when SITE_URL is unset, naming what that changes. */
export const NO_PUBLIC_SITE_WARNING =
  'SITE_URL is not set: hall decks will draw QR codes for the address they are served from, and the ' +
  'LMS question banks will carry no links to the site. Set SITE_URL=https://… when building for a public host.';
