/*
 * Strings of the answer cards: the printable sheet (/aula/kartu/) and the deck's camera panel. Kept
 * in a module of their own so the deck's lazily loaded camera chunk carries only these.
 */
export const cards = {
  // Sheet
  sheetTitle: 'Kartu jawaban',
  sheetDescription: 'Cetak kartu jawaban bernomor untuk peserta tanpa ponsel: kamera laptop fasilitator membaca jawaban semua kartu sekaligus.',
  sheetIntro:
    'Setiap peserta memegang satu kartu bernomor. Untuk menjawab, peserta memutar kartu sehingga huruf pilihannya berada di atas, lalu mengangkatnya. Fasilitator menyalakan kamera di dek kuis dan menyapukan kamera ke seluruh aula; dek menghitung jawaban setiap kartu satu kali.',
  sheetHowTo: 'Cara mencetak',
  sheetTips: [
    'Cetak hitam-putih pada kertas A4, lebih baik kertas tebal (160 g/m² atau lebih). Jangan memperkecil halaman di pengaturan cetak ("Sesuaikan ukuran" mati, skala 100%).',
    'Satu kartu per halaman terbaca dari jarak terjauh (aula besar); empat kartu per halaman cukup untuk ruang rapat. Kartu boleh dipotong di garis tipis.',
    'Kartu boleh sedikit tertekuk, tetapi jangan dilipat melintasi kotak hitam, dan jangan menutupi kotak hitam dengan jari: pegang kartu di tepi putihnya.',
    'Catat nomor kartu setiap peserta bila laporan perlu menyebut nama; laporan hanya mencatat nomor kartu.',
  ],
  sheetForm: 'Pilih kartu yang dicetak',
  from: 'Dari nomor',
  to: 'Sampai nomor',
  perPage: 'Kartu per halaman',
  perPageOne: '1 kartu (besar, untuk aula)',
  perPageFour: '4 kartu (untuk ruang rapat)',
  show: 'Tampilkan',
  printHint: 'Lalu cetak dengan Ctrl+P (di Mac: Cmd+P).',
  shown: (from: number, to: number, n: number) => `Menampilkan kartu ${from} sampai ${to} (${n} kartu).`,
  cardLabel: (n: number) => `Kartu nomor ${n}: pegang dengan huruf jawaban Anda di atas`,
  cardCaption: (n: number) => `Kartu ${n}`,
  holdHint: 'Huruf jawaban Anda di atas',
  // Deck camera panel
  cameraOn: 'Nyalakan kamera kartu',
  cameraOff: 'Matikan kamera kartu',
  cameraHeading: 'Kamera kartu',
  cameraPick: 'Kamera',
  handedOut: 'Jumlah kartu dibagikan',
  handedOutHelp: 'Kosongkan bila tidak tahu; kartu yang belum terbaca dihitung sampai nomor tertinggi yang sudah terlihat.',
  clear: 'Hapus hitungan kartu soal ini',
  seen: (n: number) => `${n} kartu terbaca`,
  missing: (list: string) => `Belum terbaca: ${list}`,
  noneMissing: 'Semua kartu sudah terbaca.',
  notQuestion: 'Pindah ke slide soal untuk menghitung kartu.',
  starting: 'Menyalakan kamera…',
  running: (fps: number) => `Kamera menyala · ${fps} gambar per detik`,
  insecure: (origin: string, localUrl: string) =>
    `Peramban hanya mengizinkan kamera di halaman https atau di localhost, dan dek ini dibuka dari ${origin}. Pilihan Anda: buka ${localUrl} di laptop yang menyajikan situs ini; sajikan situs lewat https; atau di Chrome/Edge buka chrome://flags/#unsafely-treat-insecure-origin-as-secure, isikan ${origin}, aktifkan, lalu mulai ulang peramban.`,
  denied: 'Izin kamera ditolak. Izinkan kamera untuk situs ini di pengaturan peramban (ikon gembok atau kamera di bilah alamat), lalu coba lagi.',
  noCamera: 'Tidak ada kamera yang ditemukan. Sambungkan kamera USB atau pakai kamera bawaan laptop, lalu coba lagi.',
  cameraError: (message: string) => `Kamera tidak dapat dinyalakan: ${message}`,
  sheetLink: 'Cetak kartu jawaban',
  // Live hall: the deck's warning when phones stop joining.
  joinsStalled: (n: number, minutes: number) =>
    `Sudah ${minutes} menit tidak ada ponsel baru (${n} tersambung). Bila masih ada peserta yang belum bisa masuk, jaringan ini mungkin sudah penuh: pakai kartu jawaban untuk mereka, atau lihat panduan jaringan.`,
} as const;
