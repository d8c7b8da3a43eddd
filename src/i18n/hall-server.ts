/*
 * Strings of the hall's server mode (PostgreSQL, several workers behind nginx): what a worker prints
 * in its log (journalctl) for the agency's administrator. Never a password: addresses go through
 * redactUrl() in server/aula/postgres/database.ts first.
 */
export const hallServer = {
  noDatabaseUrl:
    'Mode server membutuhkan alamat basis data: setel AULA_DATABASE_URL, misalnya postgres://aula@127.0.0.1:5432/aula (kata sandi sebaiknya di berkas AULA_DATABASE_PASSWORD_FILE, bukan di alamat).',
  badDatabaseUrl: (reason: string) => `AULA_DATABASE_URL tidak dapat dibaca (${reason}). Contoh: postgres://aula@127.0.0.1:5432/aula`,
  passwordFileUnreadable: (file: string) => `Berkas kata sandi basis data ${file} tidak dapat dibaca.`,
  databaseUnreachable: (where: string, reason: string) => `Basis data ${where} tidak dapat dihubungi: ${reason}`,
  databaseReady: (where: string, version: number) => `Basis data: ${where} (skema versi ${version})`,
  migrated: (version: number, name: string) => `Skema basis data diperbarui ke versi ${version}: ${name}`,
  schemaTooNew: (have: number, know: number) =>
    `Skema basis data versi ${have} lebih baru daripada yang dikenal program ini (${know}). Perbarui program di semua worker dahulu.`,
  feedLost: 'Sambungan LISTEN ke basis data terputus; menyambung lagi dan menyusul catatan yang terlewat.',
  feedBack: 'Sambungan LISTEN pulih.',
  badPublicUrl: (value: string) => `AULA_PUBLIC_URL harus alamat https://… (atau http://…), bukan "${value}".`,
  workerLine: (address: string, publicUrl: string) => `Worker aula mendengarkan di ${address}; peserta membuka ${publicUrl}`,
  linksNote: 'Tautan di bawah memuat kunci rahasia: simpan sendiri, jangan ditempel di tiket, obrolan, atau log.',
  usage:
    'Mode server (basis data PostgreSQL, beberapa worker di belakang nginx; lihat README, "Aula sebagai layanan instansi"):\n  --postgres     simpan di PostgreSQL (AULA_DATABASE_URL, AULA_DATABASE_PASSWORD_FILE, AULA_PUBLIC_URL, AULA_TRUSTED_PROXY)\n  --tautan       cetak tautan penyelenggara dan ruang bawaan (dibuat bila belum ada), lalu berhenti',
};
