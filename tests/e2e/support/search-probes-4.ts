/*
 * ROUND 6 PROBES: tuning data, not held out; bench only (`npm run bench:search`).
 *
 * Written on 2026-12-03 by the engineer tuning round 6, BEFORE any round 6 change to the engine or the
 * synonym lists, and scored before and after: the closest estimate of a held-out score this round has.
 * Verdict questions only (the round's gap). Picked systematically: the rules and cases round 5's probes
 * (every third from the first) did not pick, i.e. rules 2, 3, 5, 6, 8, 9 … of src/content/rules/ and
 * cases 2, 3, 5, 6, 8, 9 … of src/content/cases/, one question each, plus the Q&A entries that neither
 * names, each asked as a new hire types it on a phone: lower case, slang, abbreviations, a typo now and
 * then. Each question lists every place that answers it (any in the top 3 counts) and the verdict the
 * first card must show. Once ranking or synonyms are tuned on its misses, it flatters like the others.
 */
import { paths } from '../../../src/lib/paths.ts';
import type { PlacesQuestion } from './search-questions.ts';

const faq = (a: string) => `/rujukan/tanya-jawab/#${a}`;
const rule = paths.rule;
const kasus = paths.case;

const sambutan = [rule('dilibatkan-kampanye-pilkada'), faq('bolehkah-saya-memberi-sambutan-di-acara-kampanye-pasangan-calon-kepala-daerah'), kasus('camat-diminta-tampil-kampanye-pilkada'), rule('ikut-kampanye')];
const photo = [rule('foto-dengan-calon'), faq('bolehkah-saya-berfoto-dengan-calon'), kasus('foto-camat-dengan-calon')];
const watch = [rule('hadir-kampanye-sebagai-penonton'), faq('bolehkah-saya-datang-ke-kampanye-hanya-untuk-menonton'), kasus('menonton-kampanye-akhir-pekan'), rule('ikut-kampanye')];
const duty = [rule('hadir-karena-tugas-kedinasan'), faq('bolehkah-saya-berada-di-lokasi-kampanye-karena-ditugaskan-kantor'), kasus('petugas-perizinan-di-lokasi-kampanye')];
const pressure = [rule('intimidasi-pegawai'), rule('mengerahkan-pegawai'), faq('bolehkah-saya-mengajak-bawahan-atau-rekan-kerja-memilih-calon-tertentu'), kasus('rapat-kantor-arahan-memilih'), kasus('pejabat-janjikan-jabatan-psu')];
const attribute = [rule('kampanye-dengan-atribut'), faq('bolehkah-saya-memakai-seragam-dinas-atau-kaus-partai-di-acara-kampanye')];
const partisan = [rule('kegiatan-keberpihakan'), rule('mengerahkan-pegawai'), kasus('rapat-kantor-arahan-memilih'), faq('bolehkah-saya-mengajak-bawahan-atau-rekan-kerja-memilih-calon-tertentu')];
const favour = [rule('keputusan-menguntungkan-calon'), faq('bolehkah-saya-mempercepat-izin-untuk-calon-yang-saya-kenal'), kasus('izin-acara-dipercepat')];
const serve = [rule('melayani-semua-peserta-setara'), faq('bolehkah-saya-melayani-permohonan-dari-tim-kampanye'), kasus('melayani-tim-kampanye-sesuai-prosedur')];
const car = [rule('memakai-fasilitas-negara'), faq('bolehkah-saya-memakai-mobil-dinas-ke-acara-calon-pada-hari-libur'), kasus('mobil-dinas-ke-acara-calon')];
const giving = [rule('memberi-politik-uang'), faq('bolehkah-saya-membagikan-amplop-atau-sembako-titipan-calon-kepada-warga'), kasus('titipan-amplop-untuk-warga'), rule('menolak-dan-melaporkan-politik-uang')];
const vote = [rule('memberikan-hak-pilih'), faq('bolehkah-saya-memilih-di-tps'), kasus('memilih-di-tps')];
const approach = [rule('mendekati-partai'), rule('mencalonkan-diri-mengundurkan-diri'), faq('bolehkah-saya-mencalonkan-diri-sebagai-anggota-dprd-atau-kepala-daerah'), kasus('pns-ingin-menjadi-caleg')];
const refuse = [rule('menolak-dan-melaporkan-politik-uang'), faq('bolehkah-saya-menerima-amplop-sembako-atau-hadiah-dari-tim-sukses'), rule('politik-uang'), kasus('amplop-dari-tim-sukses')];
const pjSwap = [rule('pj-mengganti-pejabat'), faq('bolehkah-saya-sebagai-penjabat-kepala-daerah-mengganti-pejabat-menjelang-pilkada'), kasus('pj-bupati-mutasi-pejabat')];
const taking = [rule('politik-uang'), faq('bolehkah-saya-menerima-amplop-sembako-atau-hadiah-dari-tim-sukses'), kasus('amplop-dari-tim-sukses'), rule('menolak-dan-melaporkan-politik-uang')];
const promo = [rule('promosi-calon-di-media-sosial'), faq('bolehkah-saya-meneruskan-poster-atau-ajakan-memilih-calon-di-grup-whatsapp'), kasus('guru-pppk-grup-whatsapp')];
const like = [rule('suka-komentar-bagikan'), faq('bolehkah-saya-memberi-like-berkomentar-atau-membagikan-unggahan-calon'), kasus('like-unggahan-calon'), faq('bolehkah-saya-mengikuti-akun-atau-bergabung-dengan-grup-pemenangan-calon')];
const ktp = [rule('surat-dukungan-ktp'), faq('bolehkah-saya-mengumpulkan-fotokopi-ktp-untuk-calon-perseorangan'), kasus('kumpulkan-ktp-calon-perseorangan')];
const hoax = [rule('ujaran-kebencian-hoaks'), faq('bolehkah-saya-menyebarkan-kabar-buruk-tentang-calon-yang-tidak-saya-sukai')];
const adhoc = [rule('menjadi-panitia-ad-hoc'), faq('bolehkah-saya-menjadi-anggota-kpps-pps-atau-pantarlih'), kasus('asn-menjadi-kpps')];
const spouse = [rule('kampanye-pasangan-tanpa-cltn'), faq('bolehkah-saya-ikut-kampanye-suami-atau-istri-saya-yang-menjadi-calon'), kasus('istri-menjadi-caleg'), kasus('guru-pppk-suami-calon-bupati'), faq('bolehkah-saya-sebagai-pppk-mengambil-cltn-untuk-ikut-kampanye-suami-atau-istri-saya')];

export const probes4: PlacesQuestion[] = [
  // Rules 2, 3, 5, 6, 8, 9 … of src/content/rules/.
  { query: 'camat disuruh paslon ngisi acara kampanye pilkada', places: sambutan, verdict: 'dilarang' },
  { query: 'foto sm caleg sambil acungin 2 jari', places: photo, verdict: ['dilarang', 'tergantung'] },
  { query: 'nonton kampanye doang gpp kan', places: watch, verdict: 'dilarang' },
  { query: 'ada surat tugas ke lokasi kampanye, aman ga', places: duty, verdict: 'boleh' },
  { query: 'kadis ngancem staf kalo ga milih calon x', places: pressure, verdict: 'dilarang' },
  { query: 'pake baju korpri pas kampanye', places: attribute, verdict: 'dilarang' },
  { query: 'bikin pengajian buat dukung calon', places: partisan, verdict: 'dilarang' },
  { query: 'tunda izin buat calon yg gak sy suka', places: favour, verdict: 'dilarang' },
  { query: 'tim kampanye minta izin keramaian hrs dilayani?', places: serve, verdict: 'boleh' },
  { query: 'laptop kantor dipake bikin materi kampanye', places: car, verdict: 'dilarang' },
  { query: 'bagi2 sembako ke warga atas nama caleg', places: giving, verdict: 'dilarang' },
  { query: 'asn blh nyoblos ga sih', places: vote, verdict: 'boleh' },
  { query: 'pns daftar penjaringan bakal calon di partai', places: approach, verdict: 'dilarang' },
  { query: 'suruh anak buah dateng ke kampanye', places: [rule('mengerahkan-pegawai'), ...pressure], verdict: 'dilarang' },
  { query: 'ditawarin duit serangan fajar mesti gmn', places: refuse, verdict: ['boleh', 'dilarang'] },
  { query: 'pj walikota mutasi kadis sblm pilkada', places: pjSwap, verdict: ['dilarang', 'tergantung'] },
  { query: 'nerima duit dr caleg gpp kan', places: taking, verdict: 'dilarang' },
  { query: 'share video kampanye capres di fb', places: [...promo, rule('suka-komentar-bagikan')], verdict: 'dilarang' },
  { query: 'komen dukung calon di ig', places: like, verdict: 'dilarang' },
  { query: 'tanda tangan surat dukungan pake ktp', places: ktp, verdict: 'dilarang' },
  { query: 'nyebar hoaks ttg capres di grup', places: hoax, verdict: 'dilarang' },
  // Cases 2, 3, 5, 6, 8, 9 … of src/content/cases/.
  { query: 'guru pns diminta jd kpps boleh?', places: adhoc, verdict: 'boleh' },
  { query: 'camat sambutan di kampanye calon bupati', places: sambutan, verdict: 'dilarang' },
  { query: 'guru kirim ajakan pilih calon ke grup wali murid', places: promo, verdict: 'dilarang' },
  { query: 'pppk ambil cuti buat dampingin suami nyalon', places: spouse, verdict: 'dilarang' },
  { query: 'istri caleg, suaminya pns blh nemenin kampanye?', places: spouse, verdict: 'dilarang' },
  { query: 'rekomendasi izin acara calon dipercepet', places: favour, verdict: 'dilarang' },
  { query: 'nge-like postingan caleg dprd', places: like, verdict: 'dilarang' },
  { query: 'melayani berkas tim kampanye sesuai sop', places: serve, verdict: 'boleh' },
  { query: 'nonton kampanye akbar hari minggu', places: watch, verdict: 'dilarang' },
  { query: 'kadis bawa mobil dinas ke acara calon', places: car, verdict: 'dilarang' },
  { query: 'petugas perizinan disuruh ke lokasi kampanye', places: duty, verdict: 'boleh' },
  { query: 'pj bupati ganti kepala dinas jelang pilkada', places: pjSwap, verdict: ['dilarang', 'tergantung'] },
  { query: 'rapat kantor ada arahan milih paslon tertentu', places: pressure, verdict: 'dilarang' },
  { query: 'staf kelurahan dititipi amplop calon', places: giving, verdict: 'dilarang' },
  // Q&A entries no probe set named.
  { query: 'follow akun relawan pemenangan capres', places: like, verdict: 'dilarang' },
  { query: 'masuk grup wa pemenangan calon', places: like, verdict: 'dilarang' },
  { query: 'pake kaos partai ke kampanye boleh?', places: attribute, verdict: 'dilarang' },
  { query: 'jelek2in calon yg ga sy suka di medsos', places: hoax, verdict: 'dilarang' },
  { query: 'pns blh ikut milih pas pilkada?', places: vote, verdict: 'boleh' },
  { query: 'ngajak temen kantor pilih calon a', places: pressure, verdict: 'dilarang' },
];
