/* Where each pledge of src/content/pledges/ is taught: its lesson page (a docs id). */
export const pledgeLesson: Record<string, string> = {
  ikrar: 'materi/ikrar-netralitas',
  pakta: 'materi/pakta-integritas',
};
