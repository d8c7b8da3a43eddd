/*
 * Types for the two Starlight virtual modules that the Search override (a wrapper of Starlight's own
 * Search) imports. Starlight generates them at build time and ships no declarations for them.
 */
declare module 'virtual:starlight/project-context' {
  const project: { trailingSlash: 'always' | 'never' | 'ignore'; build: { format: 'file' | 'directory' | 'preserve' } };
  export default project;
}

declare module 'virtual:starlight/pagefind-config' {
  /** Starlight's `pagefind` option (ranking and the like), passed on to the Pagefind UI. */
  export const pagefindUserConfig: Record<string, unknown>;
}
