/*
 * Strings of the live hall: the terminal of `npm run aula`, the phones' page (/ikut/), the live deck
 * and the report. Kept out of id.ts's own body (which re-exports it) so the chunk of id.ts that every
 * island shares does not carry them; only the live deck and /ikut/ load this module.
 */
export const hall = {
  // Terminal
  facilitatorLine: (url: string) => `Fasilitator: ${url}`,
  participantLine: (url: string) => `Peserta: ${url}`,
  keyNote: 'Alamat fasilitator memuat kunci rahasia sesi ini: jangan ditayangkan atau dibagikan.',
  qrNote: 'Pindai kode QR ini dengan ponsel yang tersambung ke Wi-Fi atau hotspot yang sama:',
  sessionNew: (file: string) => `Sesi baru dimulai. Jawaban dicatat di ${file}`,
  sessionResumed: (file: string, n: number) => `Melanjutkan sesi dari ${file} (${n} catatan dipulihkan). Untuk sesi baru: npm run aula -- --sesi-baru`,
  reportLine: (url: string) => `Laporan: ${url}`,
  stopNote: 'Tekan Ctrl+C untuk berhenti.',
  noLan:
    'Tidak ditemukan alamat jaringan lokal (Wi-Fi atau LAN) di komputer ini, jadi ponsel tidak dapat terhubung. Sambungkan laptop ke Wi-Fi atau hotspot ponsel, atau pilih alamatnya sendiri dengan --host, misalnya: npm run aula -- --host 192.168.1.10',
  badOption: 'Opsi tidak dikenal atau tidak lengkap',
  badPort: 'Nomor port harus bilangan bulat antara 0 dan 65535, misalnya --port 4322.',
  portInUse: (port: number) => `Port ${port} sedang dipakai program lain. Pilih port lain, misalnya: npm run aula -- --port ${port + 1}`,
  noDeckData: (file: string) => `Data dek ${file} tidak ada atau rusak. Jalankan npm run build lalu coba lagi.`,
  usage:
    'Pemakaian: npm run aula -- [--port N] [--host ALAMAT] [--sesi-baru] [--sesi-dir FOLDER]\n  --port N       port server (bawaan 4322)\n  --host ALAMAT  alamat jaringan yang dipakai (bawaan: alamat LAN komputer ini)\n  --sesi-baru    mulai sesi baru (sesi lama tetap tersimpan di berkasnya)\n  --sesi-dir     folder catatan sesi (bawaan .aula/)\n  --tanpa-build  jangan membangun dulu (uji dan benchmark; dist/ harus sudah baru)',
  // Facilitator-only pages without the key
  forbiddenTitle: 'Khusus fasilitator',
  forbidden:
    'Halaman ini hanya untuk fasilitator. Buka alamat yang diawali "Fasilitator:" di terminal laptop fasilitator. Peserta membuka halaman ikut:',
  // Live deck
  peserta: (n: number) => `${n} peserta`,
  offline: 'Server aula terputus: dek tetap berjalan, hitungan tangan dipakai.',
  liveTotal: (answered: number, devices: number) => `${answered} dari ${devices} ponsel menjawab`,
  closeAnswers: 'Tutup jawaban',
  openAnswers: 'Buka lagi jawaban',
  closedNote: 'Jawaban ditutup',
  joinQrCaption: 'Ikut menjawab dari ponsel:',
  joinQrLabel: (url: string) => `Kode QR menuju ${url}`,
  // Participant page
  joinTitle: 'Ikut kuis di aula',
  joinDescription: 'Jawab pertanyaan fasilitator dari ponsel Anda selama sosialisasi di aula.',
  nameLabel: 'Nama tampilan (boleh dikosongkan)',
  nameHelp: 'Hanya dipakai di laporan sesi ini. Tanpa nama pun jawaban Anda tetap dihitung.',
  nameSave: 'Simpan nama',
  nameSaved: 'Nama disimpan.',
  connecting: 'Menyambung ke server aula …',
  connected: 'Tersambung',
  reconnecting: 'Sambungan terputus. Menyambung lagi …',
  noServer:
    'Halaman ini hanya berfungsi di aula, saat fasilitator menjalankan server aula dan ponsel Anda tersambung ke Wi-Fi atau hotspot yang sama.',
  wait: 'Tunggu sebentar: fasilitator belum menampilkan pertanyaan.',
  send: 'Kirim jawaban',
  sent: 'Jawaban terkirim. Anda masih dapat mengubahnya sampai jawaban ditutup.',
  chooseFirst: 'Pilih jawaban dulu.',
  closed: 'Jawaban sudah ditutup.',
  refused: 'Jawaban tidak diterima: pertanyaan ini sudah ditutup atau berganti.',
  tooFast: 'Terlalu cepat. Tunggu sebentar lalu kirim lagi.',
  yourAnswer: 'Jawaban Anda',
  noAnswer: 'Anda tidak menjawab pertanyaan ini.',
  right: 'Jawaban Anda benar.',
  wrong: 'Jawaban Anda belum tepat.',
  rightAnswer: 'Jawaban yang benar',
  explanation: 'Penjelasan',
  timeLeft: 'Sisa waktu',
  pickAll: 'Pilih semua jawaban yang benar.',
  // Report
  reportTitle: 'Laporan sesi aula',
  reportStarted: 'Sesi dimulai',
  reportPrinted: 'Laporan dibuat',
  reportDecks: 'Dek',
  reportDevices: 'Perangkat yang ikut',
  reportNames: 'Nama tampilan (opsional)',
  reportNoNames: 'Tidak ada peserta yang mengisi nama.',
  reportMissed: 'Soal yang paling banyak salah (perlu ditindaklanjuti)',
  reportMissedNone: 'Semua soal dijawab benar oleh sedikitnya 70% perangkat.',
  reportQuestions: 'Sebaran jawaban per soal',
  reportNone: 'Belum ada jawaban yang tercatat di sesi ini.',
  reportOption: 'Pilihan',
  reportCount: 'Jumlah',
  reportPercent: 'Persen',
  reportCorrect: 'benar',
  reportAnswered: (answered: number, right: number, percent: number) => `${answered} perangkat menjawab, ${right} benar (${percent}%)`,
  reportPrint: 'Cetak',
  reportCsv: 'Unduh CSV',
  reportPrivacy: 'Laporan ini tidak memuat data pribadi selain nama tampilan yang diisi peserta sendiri.',
} as const;
