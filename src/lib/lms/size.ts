/** A file size as Indonesians write it: "1,2 MB", "196 KB" (1 KB = 1 000 byte, as file managers on Windows do not, but people read). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} byte`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1).replace('.', ',')} MB`;
}
