/*
 * A Vite plugin that lets the browser bundle load js-aruco2 (the answer cards' marker detector).
 * The library is CommonJS that publishes through `this` (`this.AR = AR`, `this.CV || require('./cv')`),
 * which Node binds to module.exports but a bundle does not: the bundler then sees no exports at all.
 * The plugin only renames `this.AR` / `this.CV` to `module.exports.AR` / `module.exports.CV` in the
 * library's two files as they are bundled, so the bundler treats them as the CommonJS they are. No
 * code of the library is copied or changed on disk.
 */
import type { Plugin } from 'vite';

const FILES = /[\\/]js-aruco2[\\/]src[\\/](aruco|cv)\.js$/;

export function arucoForBrowser(): Plugin {
  return {
    name: 'nas-aruco-cjs',
    enforce: 'pre',
    transform(code, id) {
      if (!FILES.test(id)) return undefined;
      return { code: code.replace(/\bthis\.(AR|CV)\b/g, 'module.exports.$1'), map: null };
    },
  };
}
