/* The update notice shown on every page (see src/components/offline/register.ts). */
export const offlineUpdate = {
  updateReady: 'Versi baru tersedia.',
  updateReload: 'Muat ulang',
} as const;
