/*
 * Entry of `npm run aula` (Node 24 runs the TypeScript directly). The site's pure modules import each
 * other without file extensions, as Vite allows; this resolve hook lets Node load them unchanged
 * instead of keeping a second, compiled copy.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!/^\.\.?\//.test(specifier) || /\.[cm]?[jt]s$/.test(specifier)) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});

await import('./cli.ts');
