/*
 * HELD-OUT search evaluation set: do not tune on it.
 *
 * Written from the site's subject (who must be neutral, what is allowed, sanctions, reporting, PPPK
 * and non-ASN staff, social media, Pilkada) as a new hire would type into the box: lower case,
 * short, slang, a few typos. Written before any ranking change of issue 21 and never checked against
 * the engine's output while writing. Ranking, synonyms and thresholds are tuned on the tuning set
 * (search-questions.ts) only; this file's score is reported, not chased. Never change a question here
 * to make it pass; fixing an expected place because the site's content truly moved is fine (say so
 * in the commit message).
 *
 * Each question lists every place on the site that answers it (any of them in the top 3 counts) and,
 * when the answer is a rule, Q&A entry or case with a verdict, the verdict the first card must show.
 */
import { paths } from '../../../src/lib/paths.ts';
import type { Verdict } from './search-questions.ts';

export interface HeldOutQuestion {
  query: string;
  /** Every place that answers it: "/page/#anchor", or "/studi-kasus/<id>/" for a whole case page. */
  places: string[];
  /** The verdict of the first card, when the answer has one. Several: any of them is right. */
  verdict?: Verdict | Verdict[];
}

const faq = (anchor: string) => `/rujukan/tanya-jawab/#${anchor}`;
const rule = paths.rule;
const kasus = paths.case;
const term = (id: string) => `/rujukan/glosarium/#${id}`;
const lesson = (slug: string, anchor: string) => `${paths.lesson(slug)}#${anchor}`;

const vote = [faq('bolehkah-saya-memilih-di-tps'), rule('memberikan-hak-pilih'), kasus('memilih-di-tps')];
const volunteer = [faq('bolehkah-saya-menjadi-tim-sukses-relawan-atau-konsultan-calon'), rule('tim-kampanye')];
const watch = [faq('bolehkah-saya-datang-ke-kampanye-hanya-untuk-menonton'), rule('hadir-kampanye-sebagai-penonton'), kasus('menonton-kampanye-akhir-pekan')];
const likeShare = [
  faq('bolehkah-saya-memberi-like-berkomentar-atau-membagikan-unggahan-calon'),
  rule('suka-komentar-bagikan'),
  rule('promosi-calon-di-media-sosial'),
  kasus('like-unggahan-calon'),
  lesson('media-sosial', 'bolehkah-memberi-tanda-suka-berkomentar-atau-membagikan-unggahan-calon'),
  lesson('media-sosial', 'bolehkah-asn-mengunggah-atau-mempromosikan-calon'),
];
const moneyTaken = [
  faq('bolehkah-saya-menerima-amplop-sembako-atau-hadiah-dari-tim-sukses'),
  rule('politik-uang'),
  rule('menolak-dan-melaporkan-politik-uang'),
  kasus('amplop-dari-tim-sukses'),
  lesson('pilkada-dan-topik-khusus', 'apa-yang-anda-lakukan-bila-ditawari-uang-atau-barang'),
];
const whoIsBound = [
  faq('apakah-pppk-dan-tenaga-honorer-juga-wajib-netral'),
  lesson('boleh-dan-dilarang', 'siapa-yang-terikat-aturan-ini'),
  lesson('sanksi-dan-pelaporan', 'apa-sanksi-bagi-pppk-dan-pegawai-non-asn'),
];
const report = [
  faq('bagaimana-cara-melapor-pelanggaran-netralitas'),
  rule('melaporkan-pelanggaran'),
  lesson('sanksi-dan-pelaporan', 'bagaimana-cara-melaporkan-asn-yang-tidak-netral'),
];
const facilities = [rule('memakai-fasilitas-negara'), faq('bolehkah-saya-memakai-mobil-dinas-ke-acara-calon-pada-hari-libur'), kasus('mobil-dinas-ke-acara-calon')];

export const heldOut: HeldOutQuestion[] = [
  // Hak pilih
  { query: 'bolehkah pns nyoblos', places: vote, verdict: 'boleh' },
  { query: 'pppk paruh waktu boleh milih di pemilu?', places: vote, verdict: 'boleh' },
  { query: 'nyontreng di tps boleh kan', places: vote, verdict: 'boleh' },
  { query: 'asn ga punya hak pilih ya?', places: vote, verdict: 'boleh' },
  // Mencalonkan diri
  { query: 'pns mau nyaleg harus mundur dulu?', places: [faq('bolehkah-saya-mencalonkan-diri-sebagai-anggota-dprd-atau-kepala-daerah'), rule('mencalonkan-diri-mengundurkan-diri'), kasus('pns-ingin-menjadi-caleg'), lesson('pilkada-dan-topik-khusus', 'bagaimana-bila-asn-ingin-mencalonkan-diri')], verdict: ['tergantung', 'boleh'] },
  { query: 'nyalon bupati tp masih asn', places: [faq('bolehkah-saya-mencalonkan-diri-sebagai-anggota-dprd-atau-kepala-daerah'), rule('mencalonkan-diri-mengundurkan-diri'), rule('mendekati-partai'), lesson('pilkada-dan-topik-khusus', 'bagaimana-bila-asn-ingin-mencalonkan-diri')], verdict: ['tergantung', 'dilarang'] },
  // Relawan, tim sukses, tim pemenangan
  { query: 'jadi relawan capres di luar jam kerja', places: volunteer, verdict: 'dilarang' },
  { query: 'ikut timses pilkada boleh ga', places: volunteer, verdict: 'dilarang' },
  { query: 'masuk tim pemenangan caleg', places: [...volunteer, faq('bolehkah-saya-mengikuti-akun-atau-bergabung-dengan-grup-pemenangan-calon')], verdict: 'dilarang' },
  { query: 'jd konsultan politik calon bupati', places: volunteer, verdict: 'dilarang' },
  // Kampanye
  { query: 'nonton kampanye akbar pas hari libur', places: watch, verdict: 'dilarang' },
  { query: 'disuruh kasih sambutan di kampanye paslon', places: [faq('bolehkah-saya-memberi-sambutan-di-acara-kampanye-pasangan-calon-kepala-daerah'), rule('dilibatkan-kampanye-pilkada'), kasus('camat-diminta-tampil-kampanye-pilkada')], verdict: 'dilarang' },
  { query: 'ditugasin kantor jaga di lokasi kampanye', places: [faq('bolehkah-saya-berada-di-lokasi-kampanye-karena-ditugaskan-kantor'), rule('hadir-karena-tugas-kedinasan'), kasus('petugas-perizinan-di-lokasi-kampanye')], verdict: 'boleh' },
  { query: 'asn dilibatkan kampanye pilkada', places: [rule('dilibatkan-kampanye-pilkada'), lesson('pilkada-dan-topik-khusus', 'bolehkah-asn-dilibatkan-dalam-kampanye-pilkada'), faq('bolehkah-saya-memberi-sambutan-di-acara-kampanye-pasangan-calon-kepala-daerah')], verdict: 'dilarang' },
  { query: 'larangan cuma berlaku pas masa kampanye?', places: [lesson('boleh-dan-dilarang', 'apakah-larangan-hanya-berlaku-selama-masa-kampanye'), lesson('media-sosial', 'kapan-aturan-media-sosial-berlaku')] },
  // Media sosial
  { query: 'boleh gak share video kampanye di fb', places: likeShare, verdict: 'dilarang' },
  { query: 'komen dukung capres di ig', places: likeShare, verdict: 'dilarang' },
  { query: 'pasang twibbon calon di foto profil', places: [rule('promosi-calon-di-media-sosial'), lesson('media-sosial', 'bolehkah-asn-mengunggah-atau-mempromosikan-calon')], verdict: 'dilarang' },
  { query: 'kalo akunnya private aman ga', places: [lesson('media-sosial', 'apakah-akun-pribadi-atau-akun-yang-dikunci-aman')] },
  { query: 'foto pose dua jari sama calon', places: [faq('bolehkah-saya-berfoto-dengan-calon'), rule('foto-dengan-calon'), kasus('foto-camat-dengan-calon'), lesson('media-sosial', 'bolehkah-berfoto-dengan-calon')], verdict: 'dilarang' },
  { query: 'masuk grup wa relawan paslon', places: [faq('bolehkah-saya-mengikuti-akun-atau-bergabung-dengan-grup-pemenangan-calon'), lesson('media-sosial', 'bolehkah-mengikuti-akun-calon-atau-bergabung-dengan-grupnya')], verdict: 'dilarang' },
  // Politik uang dan fasilitas
  { query: 'dikasih amplop serangan fajar harus gmn', places: moneyTaken, verdict: ['dilarang', 'boleh'] },
  { query: 'bagi2 sembako titipan caleg ke warga', places: [faq('bolehkah-saya-membagikan-amplop-atau-sembako-titipan-calon-kepada-warga'), rule('memberi-politik-uang'), kasus('titipan-amplop-untuk-warga')], verdict: 'dilarang' },
  { query: 'politik uang itu apa', places: [term('politik-uang'), lesson('pilkada-dan-topik-khusus', 'apa-itu-politik-uang-dan-siapa-yang-dipidana')] },
  { query: 'pinjemin aula kantor buat acara partai', places: facilities, verdict: 'dilarang' },
  { query: 'pake laptop dinas bikin materi kampanye', places: facilities, verdict: 'dilarang' },
  { query: 'bikin keputusan yg nguntungin calon', places: [rule('keputusan-menguntungkan-calon'), rule('pj-program-untuk-calon')], verdict: 'dilarang' },
  { query: 'kepsek nyuruh guru pilih paslon tertentu', places: [faq('bolehkah-saya-mengajak-bawahan-atau-rekan-kerja-memilih-calon-tertentu'), rule('mengerahkan-pegawai'), rule('intimidasi-pegawai'), kasus('rapat-kantor-arahan-memilih')], verdict: 'dilarang' },
  // Siapa yang terikat: PPPK, paruh waktu, non-ASN
  { query: 'pppk paruh waktu wajib netral ga', places: [...whoIsBound, term('pppk')], verdict: 'info' },
  { query: 'tenaga outsourcing kena aturan netralitas?', places: [...whoIsBound, term('ppnpn')], verdict: 'info' },
  { query: 'sanksi buat pppk yg ga netral', places: [lesson('sanksi-dan-pelaporan', 'apa-sanksi-bagi-pppk-dan-pegawai-non-asn'), faq('apa-sanksi-bagi-asn-yang-tidak-netral')] },
  { query: 'honorer ikut pasang baliho calon', places: [kasus('honorer-pasang-baliho'), rule('memasang-alat-peraga'), faq('bolehkah-saya-memasang-spanduk-atau-baliho-calon-di-rumah-sendiri')], verdict: 'dilarang' },
  // Sanksi
  { query: 'hukuman pns yg ikut kampanye', places: [lesson('sanksi-dan-pelaporan', 'pelanggaran-mana-yang-dihukum-sedang-dan-mana-yang-berat'), faq('apa-sanksi-bagi-asn-yang-tidak-netral'), rule('ikut-kampanye')] },
  { query: 'bisa dipecat gak kalo jadi anggota partai', places: [lesson('sanksi-dan-pelaporan', 'apa-sanksinya-bila-asn-menjadi-anggota-partai-politik'), faq('bolehkah-saya-menjadi-anggota-partai-politik'), rule('anggota-partai')] },
  { query: 'sanksi etik asn', places: [lesson('sanksi-dan-pelaporan', 'selain-hukuman-disiplin-adakah-sanksi-etik'), faq('apa-sanksi-bagi-asn-yang-tidak-netral')] },
  { query: 'asn ga netral bisa dipenjara?', places: [lesson('sanksi-dan-pelaporan', 'apakah-pelanggaran-netralitas-bisa-dipidana')] },
  // Melapor
  { query: 'mau lapor atasan yg kampanye', places: report, verdict: ['info', 'boleh'] },
  { query: 'ngadu ke bawaslu soal pns ga netral', places: report, verdict: ['info', 'boleh'] },
  { query: 'siapnet itu buat apa', places: [lesson('sanksi-dan-pelaporan', 'apakah-siapnet-aplikasi-untuk-melapor'), term('siapnet')] },
  // Pilkada dan topik lain
  { query: 'pj bupati ganti kepala dinas jelang pilkada', places: [faq('bolehkah-saya-sebagai-penjabat-kepala-daerah-mengganti-pejabat-menjelang-pilkada'), rule('pj-mengganti-pejabat'), kasus('pj-bupati-mutasi-pejabat')], verdict: ['tergantung', 'dilarang'] },
  { query: 'pppk ambil cltn buat ikut kampanye suami', places: [faq('bolehkah-saya-sebagai-pppk-mengambil-cltn-untuk-ikut-kampanye-suami-atau-istri-saya'), rule('kampanye-pasangan-tanpa-cltn'), kasus('guru-pppk-suami-calon-bupati'), lesson('pilkada-dan-topik-khusus', 'apakah-pppk-bisa-mengambil-cltn')], verdict: 'dilarang' },
  { query: 'guru diminta jadi petugas tps', places: [faq('bolehkah-saya-menjadi-anggota-kpps-pps-atau-pantarlih'), rule('menjadi-panitia-ad-hoc'), kasus('asn-menjadi-kpps'), lesson('panitia-ad-hoc', 'bolehkah-asn-menjadi-anggota-ppk-pps-kpps-atau-pantarlih')], verdict: 'boleh' },
  { query: 'kenapa asn hrs netral', places: [lesson('ikrar-netralitas', 'mengapa-asn-harus-netral'), term('netralitas')] },
];

/**
 * The site's core words, typed alone: each must return places (an answer or related pages), never
 * "nothing found". Also held out: the ranking is not tuned on these.
 */
export const coreWords = [
  'kampanye',
  'netralitas',
  'netral',
  'pemilu',
  'pilkada',
  'pns',
  'asn',
  'pppk',
  'pppk paruh waktu',
  'honorer',
  'non-asn',
  'sanksi',
  'calon',
  'partai',
  'bawaslu',
  'tps',
  'ikrar',
  'pakta integritas',
  'hukuman disiplin',
  'politik uang',
  'media sosial',
  'melapor',
];

/** Held-out off-topic questions: "nothing found" and never a card (related pages are fine). */
export const heldOutOffTopic = ['jadwal senam jumat', 'cara urus kenaikan pangkat', 'absen online error terus', 'libur nasional 2027', 'syarat pindah tugas antar daerah'];
