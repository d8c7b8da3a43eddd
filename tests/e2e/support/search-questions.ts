/*
 * The search evaluation set: questions written the way civil servants type them (colloquial,
 * abbreviated, misspelled, "boleh gak …"), each with its one right place (page + anchor; a case
 * page counts as a whole) and the verdict the first card should show. Add a question whenever
 * users say they could not find an answer. Off-topic questions must get "Tidak menemukan jawaban?".
 */
import { paths } from '../../../src/lib/paths.ts';

export type Verdict = 'boleh' | 'dilarang' | 'tergantung' | 'info';

export interface EvalQuestion {
  query: string;
  /** The right place: "/page/#anchor", or "/studi-kasus/<id>/" for a whole case page. */
  place: string;
  /** The verdict of the first card, when the question asks for one. Several: any of them is right. */
  verdict?: Verdict | Verdict[];
}

const faq = (anchor: string) => `/rujukan/tanya-jawab/#${anchor}`;
const rule = paths.rule;
const kasus = (id: string) => `/studi-kasus/${id}/`;
const term = (id: string) => `/rujukan/glosarium/#${id}`;

export const questions: EvalQuestion[] = [
  // Media sosial dan foto
  { query: 'boleh gak foto bareng paslon?', place: faq('bolehkah-saya-berfoto-dengan-calon'), verdict: ['tergantung', 'dilarang'] },
  { query: 'selfie sama caleg terus diupload', place: faq('bolehkah-saya-berfoto-dengan-calon'), verdict: ['tergantung', 'dilarang'] },
  { query: 'ngelike postingan capres boleh ga', place: faq('bolehkah-saya-memberi-like-berkomentar-atau-membagikan-unggahan-calon'), verdict: 'dilarang' },
  { query: 'kalo cuma komen di postingan calon gimana', place: faq('bolehkah-saya-memberi-like-berkomentar-atau-membagikan-unggahan-calon'), verdict: 'dilarang' },
  { query: 'nge-like status kandidat bupati', place: faq('bolehkah-saya-memberi-like-berkomentar-atau-membagikan-unggahan-calon'), verdict: 'dilarang' },
  { query: 'follow akun tim pemenangan calon', place: faq('bolehkah-saya-mengikuti-akun-atau-bergabung-dengan-grup-pemenangan-calon'), verdict: 'dilarang' },
  { query: 'gabung grup pemenangan paslon', place: faq('bolehkah-saya-mengikuti-akun-atau-bergabung-dengan-grup-pemenangan-calon'), verdict: 'dilarang' },
  { query: 'forward poster caleg ke grup wa keluarga', place: faq('bolehkah-saya-meneruskan-poster-atau-ajakan-memilih-calon-di-grup-whatsapp'), verdict: 'dilarang' },
  { query: 'nyebarin kabar buruk soal calon yg gak disukai', place: faq('bolehkah-saya-menyebarkan-kabar-buruk-tentang-calon-yang-tidak-saya-sukai'), verdict: 'dilarang' },
  { query: 'share hoax tentang paslon lawan', place: rule('ujaran-kebencian-hoaks'), verdict: 'dilarang' },
  { query: 'promosi calon di medsos', place: rule('promosi-calon-di-media-sosial'), verdict: 'dilarang' },
  { query: 'akun pribadi yang dikunci aman gak', place: '/materi/media-sosial/#apakah-akun-pribadi-atau-akun-yang-dikunci-aman' },
  // Kampanye dan acara calon
  { query: 'boleh nonton kampanye ga kalo hari minggu', place: faq('bolehkah-saya-datang-ke-kampanye-hanya-untuk-menonton'), verdict: 'dilarang' },
  { query: 'dateng ke kampanye cuma liat liat', place: faq('bolehkah-saya-datang-ke-kampanye-hanya-untuk-menonton'), verdict: 'dilarang' },
  { query: 'ditugaskan kantor ke lokasi kampanye', place: faq('bolehkah-saya-berada-di-lokasi-kampanye-karena-ditugaskan-kantor'), verdict: 'boleh' },
  { query: 'pake mobdin ke acara calon pas libur', place: faq('bolehkah-saya-memakai-mobil-dinas-ke-acara-calon-pada-hari-libur'), verdict: 'dilarang' },
  { query: 'mobil dinas dipakai kampanye', place: faq('bolehkah-saya-memakai-mobil-dinas-ke-acara-calon-pada-hari-libur'), verdict: 'dilarang' },
  { query: 'pakai seragam dinas ke kampanye', place: faq('bolehkah-saya-memakai-seragam-dinas-atau-kaus-partai-di-acara-kampanye'), verdict: 'dilarang' },
  { query: 'kampaye pake kaos partai', place: faq('bolehkah-saya-memakai-seragam-dinas-atau-kaus-partai-di-acara-kampanye'), verdict: 'dilarang' },
  { query: 'pasang baliho caleg di depan rumah', place: faq('bolehkah-saya-memasang-spanduk-atau-baliho-calon-di-rumah-sendiri'), verdict: 'dilarang' },
  { query: 'masang spanduk calon di rumah sendiri boleh?', place: faq('bolehkah-saya-memasang-spanduk-atau-baliho-calon-di-rumah-sendiri'), verdict: 'dilarang' },
  { query: 'ikut kampanye istri yang nyaleg', place: faq('bolehkah-saya-ikut-kampanye-suami-atau-istri-saya-yang-menjadi-calon'), verdict: 'dilarang' },
  { query: 'suami jadi caleg, saya pns boleh bantu kampanye?', place: faq('bolehkah-saya-ikut-kampanye-suami-atau-istri-saya-yang-menjadi-calon'), verdict: 'dilarang' },
  { query: 'bolh gk ikut kampanye', place: rule('ikut-kampanye'), verdict: 'dilarang' },
  { query: 'hadir deklarasi bakal calon', place: rule('hadir-deklarasi-calon'), verdict: 'dilarang' },
  // Dukungan, jabatan dan pelayanan
  { query: 'atasan nyuruh bawahan milih calon tertentu', place: faq('bolehkah-saya-mengajak-bawahan-atau-rekan-kerja-memilih-calon-tertentu'), verdict: 'dilarang' },
  { query: 'ngajak temen kantor pilih paslon nomor 2', place: faq('bolehkah-saya-mengajak-bawahan-atau-rekan-kerja-memilih-calon-tertentu'), verdict: 'dilarang' },
  { query: 'ngumpulin fotokopi ktp buat calon independen', place: faq('bolehkah-saya-mengumpulkan-fotokopi-ktp-untuk-calon-perseorangan'), verdict: 'dilarang' },
  { query: 'percepat izin buat calon yang dikenal', place: faq('bolehkah-saya-mempercepat-izin-untuk-calon-yang-saya-kenal'), verdict: 'dilarang' },
  { query: 'tim kampanye ngajuin permohonan, dilayani gak?', place: faq('bolehkah-saya-melayani-permohonan-dari-tim-kampanye'), verdict: 'boleh' },
  { query: 'terima amplop dari timses', place: faq('bolehkah-saya-menerima-amplop-sembako-atau-hadiah-dari-tim-sukses'), verdict: 'dilarang' },
  { query: 'dapet sembako dari calon boleh diterima?', place: faq('bolehkah-saya-menerima-amplop-sembako-atau-hadiah-dari-tim-sukses'), verdict: 'dilarang' },
  { query: 'serangan fajar', place: faq('bolehkah-saya-menerima-amplop-sembako-atau-hadiah-dari-tim-sukses'), verdict: 'dilarang' },
  { query: 'asn jadi anggota parpol', place: faq('bolehkah-saya-menjadi-anggota-partai-politik'), verdict: 'dilarang' },
  { query: 'jadi relawan capres', place: faq('bolehkah-saya-menjadi-tim-sukses-relawan-atau-konsultan-calon'), verdict: 'dilarang' },
  { query: 'pns jadi timses boleh gak sih', place: faq('bolehkah-saya-menjadi-tim-sukses-relawan-atau-konsultan-calon'), verdict: 'dilarang' },
  { query: 'bikin acara yang berpihak ke calon', place: rule('kegiatan-keberpihakan'), verdict: 'dilarang' },
  { query: 'ngancam pegawai biar milih calon', place: rule('intimidasi-pegawai'), verdict: 'dilarang' },
  { query: 'mendekati partai supaya dicalonkan', place: rule('mendekati-partai'), verdict: 'dilarang' },
  { query: 'pakai fasilitas kantor untuk kampanye', place: rule('memakai-fasilitas-negara'), verdict: 'dilarang' },
  { query: 'mengerahkan pegawai ikut kampanye', place: rule('mengerahkan-pegawai'), verdict: 'dilarang' },
  { query: 'melayani semua peserta pemilu sama rata', place: rule('melayani-semua-peserta-setara'), verdict: 'boleh' },
  // Hak pilih dan tugas pemilu
  { query: 'boleh nyoblos ga?', place: faq('bolehkah-saya-memilih-di-tps'), verdict: 'boleh' },
  { query: 'asn harus golput?', place: faq('bolehkah-saya-memilih-di-tps'), verdict: 'boleh' },
  { query: 'foto surat suara terus upload ke status', place: faq('bolehkah-saya-memotret-surat-suara-lalu-mengunggahnya'), verdict: 'dilarang' },
  { query: 'pns jadi kpps boleh?', place: faq('bolehkah-saya-menjadi-anggota-kpps-pps-atau-pantarlih'), verdict: 'boleh' },
  { query: 'daftar jadi pantarlih', place: faq('bolehkah-saya-menjadi-anggota-kpps-pps-atau-pantarlih'), verdict: 'boleh' },
  { query: 'ngingetin temen kantor soal netralitas', place: faq('bolehkah-saya-mengingatkan-rekan-kerja-tentang-aturan-netralitas'), verdict: 'boleh' },
  { query: 'sosialisasi netralitas di kantor', place: rule('sosialisasi-netralitas'), verdict: 'boleh' },
  // Siapa, sanksi dan pelaporan (melapor: the rule "Melaporkan dugaan pelanggaran" says Boleh, the Q&A entry says how)
  { query: 'honorer wajib netral juga?', place: faq('apakah-pppk-dan-tenaga-honorer-juga-wajib-netral'), verdict: 'info' },
  { query: 'p3k harus netral gak', place: faq('apakah-pppk-dan-tenaga-honorer-juga-wajib-netral'), verdict: 'info' },
  { query: 'apa sanksinya kalau asn gak netral', place: faq('apa-sanksi-bagi-asn-yang-tidak-netral'), verdict: 'info' },
  { query: 'pp 53 tahun 2010 masih berlaku?', place: faq('apakah-pp-53-tahun-2010-masih-berlaku'), verdict: 'info' },
  { query: 'gimana cara lapor asn yang kampanye', place: faq('bagaimana-cara-melapor-pelanggaran-netralitas'), verdict: ['info', 'boleh'] },
  { query: 'lapor pelanggaran netralitas kemana', place: faq('bagaimana-cara-melapor-pelanggaran-netralitas'), verdict: ['info', 'boleh'] },
  { query: 'bisa dipidana gak kalo melanggar netralitas', place: '/materi/sanksi-dan-pelaporan/#apakah-pelanggaran-netralitas-bisa-dipidana' },
  { query: 'siapa yg jatuhin sanksi ke asn', place: '/materi/sanksi-dan-pelaporan/#siapa-yang-memeriksa-dan-siapa-yang-menjatuhkan-sanksi' },
  { query: 'siapa yg ngawasin netralitas setelah kasn bubar', place: '/materi/dasar-hukum/#siapa-yang-mengawasi-netralitas-asn-setelah-kasn-dibubarkan' },
  // Studi kasus
  { query: 'guru pppk share poster di grup wali murid', place: kasus('guru-pppk-grup-whatsapp'), verdict: 'dilarang' },
  { query: 'camat pose jari sama calon di resepsi', place: kasus('foto-camat-dengan-calon'), verdict: 'dilarang' },
  { query: 'petugas perizinan di lokasi kampanye', place: kasus('petugas-perizinan-di-lokasi-kampanye'), verdict: 'boleh' },
  { query: 'rapat kantor diarahkan pilih calon', place: kasus('rapat-kantor-arahan-memilih'), verdict: 'dilarang' },
  { query: 'perawat pppk boleh milih di tps', place: kasus('memilih-di-tps'), verdict: 'boleh' },
  // Istilah dan materi
  { query: 'apa itu PPNPN', place: term('ppnpn') },
  { query: 'cltn itu apa', place: term('cltn') },
  { query: 'kepanjangan kpps', place: term('kpps') },
  { query: 'masa tenang itu kapan', place: term('masa-tenang') },
  { query: 'isi ikrar netralitas', place: '/materi/ikrar-netralitas/#apa-saja-tujuh-butir-ikrar-netralitas' },
  { query: 'komitmen pakta integritas apa aja', place: '/materi/pakta-integritas/#apa-saja-empat-komitmen-dalam-pakta' },
];

/** Not about the site's subject: each must get "Tidak menemukan jawaban?", never a card. */
export const offTopic = [
  'jam kantor berapa',
  'cuti menikah berapa hari',
  'gaji pns 2025 naik gak',
  'cara daftar cpns',
  'izin tidak masuk kerja karena sakit',
  'kapan thr cair',
  'resep nasi goreng',
];

/**
 * The site's own words and two everyday questions from issue 21 (tuning): each must return places,
 * an answer or related pages, never "nothing found". The held-out set has its own list of core words.
 */
export const siteWords = ['kampanye', 'netralitas', 'pemilu', 'pilkada', 'pns', 'sanksi', 'bolehkah pns nyoblos', 'jadi relawan capres di luar jam kerja'];
