/* The final exam's settings: one place, so the page, the island, the texts and the docs agree. */
export const EXAM = {
  /** Questions drawn across all banks. */
  questions: 20,
  /** The pass mark, in percent. */
  passMark: 80,
  /** The draw rendered on the server (what a reader without JavaScript sees). */
  serverSeed: 202411,
} as const;
