/*
 * ROUND 4 PROBES: tuning data, not held out; bench only (`npm run bench:search`).
 *
 * Written on 2026-12-03 by the engineer tuning round 4, BEFORE any round 4 change to the engine or the
 * synonym lists, and scored before and after: the closest estimate of a held-out score this round has.
 * The content was picked systematically, not by what the search does: every third entry of each kind
 * in the order the site keeps them (rules 2, 5, 8 … of src/content/rules/, two questions each; Q&A
 * entries 3, 6, 9 … of the Q&A page; cases 2, 5, 8 … of src/content/cases/; glossary terms 3, 6, 9 …;
 * lesson sections 3, 6, 9 … over the lessons in file order; regulations 1, 4, 7 … of
 * src/content/legal/), each asked as a new hire types it on a phone: lower case, slang, abbreviations,
 * a typo now and then. Each question lists every place on the site that answers it (any in the top 3
 * counts) and, when the answer is a rule, Q&A entry or case, the verdict the first card must show.
 * Once ranking or synonyms are tuned while looking at its misses, its score flatters like the others.
 */
import { paths } from '../../../src/lib/paths.ts';
import type { PlacesQuestion } from './search-questions.ts';

const faq = (a: string) => `/rujukan/tanya-jawab/#${a}`;
const rule = paths.rule;
const kasus = paths.case;
const term = (id: string) => `/rujukan/glosarium/#${id}`;
const lesson = (slug: string, anchor: string) => `${paths.lesson(slug)}#${anchor}`;
/** A regulation answers under its entry id and its heading's id (which results link to). */
const legal = (id: string, heading: string) => [paths.legal(id), paths.legal(heading)];

const involved = [rule('dilibatkan-kampanye-pilkada'), faq('bolehkah-saya-memberi-sambutan-di-acara-kampanye-pasangan-calon-kepala-daerah'), kasus('camat-diminta-tampil-kampanye-pilkada'), lesson('pilkada-dan-topik-khusus', 'bolehkah-asn-dilibatkan-dalam-kampanye-pilkada')];
const watch = [rule('hadir-kampanye-sebagai-penonton'), faq('bolehkah-saya-datang-ke-kampanye-hanya-untuk-menonton'), kasus('menonton-kampanye-akhir-pekan'), rule('ikut-kampanye')];
const threat = [rule('intimidasi-pegawai'), rule('mengerahkan-pegawai'), faq('bolehkah-saya-mengajak-bawahan-atau-rekan-kerja-memilih-calon-tertentu'), kasus('rapat-kantor-arahan-memilih')];
const event = [rule('kegiatan-keberpihakan'), faq('bolehkah-saya-mengajak-bawahan-atau-rekan-kerja-memilih-calon-tertentu')];
const serve = [rule('melayani-semua-peserta-setara'), faq('bolehkah-saya-melayani-permohonan-dari-tim-kampanye'), kasus('melayani-tim-kampanye-sesuai-prosedur')];
const giving = [rule('memberi-politik-uang'), faq('bolehkah-saya-membagikan-amplop-atau-sembako-titipan-calon-kepada-warga'), kasus('titipan-amplop-untuk-warga'), lesson('pilkada-dan-topik-khusus', 'apa-itu-politik-uang-dan-siapa-yang-dipidana')];
const approach = [rule('mendekati-partai'), faq('bolehkah-saya-mencalonkan-diri-sebagai-anggota-dprd-atau-kepala-daerah'), kasus('pns-ingin-menjadi-caleg'), lesson('pilkada-dan-topik-khusus', 'bagaimana-bila-asn-ingin-mencalonkan-diri')];
const refuse = [rule('menolak-dan-melaporkan-politik-uang'), faq('bolehkah-saya-menerima-amplop-sembako-atau-hadiah-dari-tim-sukses'), kasus('amplop-dari-tim-sukses'), lesson('pilkada-dan-topik-khusus', 'apa-yang-anda-lakukan-bila-ditawari-uang-atau-barang')];
const taking = [rule('politik-uang'), ...refuse];
const like = [rule('suka-komentar-bagikan'), faq('bolehkah-saya-memberi-like-berkomentar-atau-membagikan-unggahan-calon'), kasus('like-unggahan-calon'), lesson('media-sosial', 'bolehkah-memberi-tanda-suka-berkomentar-atau-membagikan-unggahan-calon')];
const hoax = [rule('ujaran-kebencian-hoaks'), faq('bolehkah-saya-menyebarkan-kabar-buruk-tentang-calon-yang-tidak-saya-sukai'), lesson('media-sosial', 'bagaimana-dengan-ujaran-kebencian-dan-berita-bohong')];
const follow = [faq('bolehkah-saya-mengikuti-akun-atau-bergabung-dengan-grup-pemenangan-calon'), rule('suka-komentar-bagikan'), lesson('media-sosial', 'bolehkah-mengikuti-akun-calon-atau-bergabung-dengan-grupnya')];
const attire = [faq('bolehkah-saya-memakai-seragam-dinas-atau-kaus-partai-di-acara-kampanye'), rule('kampanye-dengan-atribut')];
const team = [faq('bolehkah-saya-menjadi-tim-sukses-relawan-atau-konsultan-calon'), rule('tim-kampanye'), term('tim-kampanye')];
const pj = [faq('bolehkah-saya-sebagai-penjabat-kepala-daerah-mengganti-pejabat-menjelang-pilkada'), rule('pj-mengganti-pejabat'), kasus('pj-bupati-mutasi-pejabat'), lesson('pilkada-dan-topik-khusus', 'apa-kewajiban-penjabat-kepala-daerah')];
const vote = [faq('bolehkah-saya-memilih-di-tps'), rule('memberikan-hak-pilih'), kasus('memilih-di-tps')];
const remind = [faq('bolehkah-saya-mengingatkan-rekan-kerja-tentang-aturan-netralitas'), rule('sosialisasi-netralitas'), lesson('ikrar-netralitas', 'bagaimana-ikrar-dipakai-dalam-sosialisasi')];
const when = [faq('kapan-pemilu-dan-pilkada-berikutnya'), ...legal('putusan-mk-135-2024', 'putusan-mk-135puu-xxii2024-tentang-pemisahan-pemilu-nasional-dan-daerah')];
const adHoc = [kasus('asn-menjadi-kpps'), faq('bolehkah-saya-menjadi-anggota-kpps-pps-atau-pantarlih'), rule('menjadi-panitia-ad-hoc'), lesson('panitia-ad-hoc', 'bolehkah-asn-menjadi-anggota-ppk-pps-kpps-atau-pantarlih')];
const forward = [kasus('guru-pppk-grup-whatsapp'), faq('bolehkah-saya-meneruskan-poster-atau-ajakan-memilih-calon-di-grup-whatsapp'), lesson('media-sosial', 'bolehkah-meneruskan-pesan-kampanye-di-grup-whatsapp'), rule('promosi-calon-di-media-sosial')];
const spouse = [kasus('istri-menjadi-caleg'), faq('bolehkah-saya-ikut-kampanye-suami-atau-istri-saya-yang-menjadi-calon'), rule('kampanye-pasangan-tanpa-cltn')];
const duty = [kasus('petugas-perizinan-di-lokasi-kampanye'), faq('bolehkah-saya-berada-di-lokasi-kampanye-karena-ditugaskan-kantor'), rule('hadir-karena-tugas-kedinasan')];
const meeting = [kasus('rapat-kantor-arahan-memilih'), ...threat];

export const probes2: PlacesQuestion[] = [
  // Rules 2, 5, 8 … (two questions each).
  { query: 'disuruh jadi mc di kampanye cabup', places: involved, verdict: 'dilarang' },
  { query: 'tim paslon minta kepala desa sama pns naik panggung', places: involved, verdict: 'dilarang' },
  { query: 'cuma nonton konser kampanye gpp kan', places: watch, verdict: 'dilarang' },
  { query: 'dateng ke rapat umum calon tp ga pake atribut', places: watch, verdict: 'dilarang' },
  { query: 'atasan ngancem staf kalo calonnya kalah', places: threat, verdict: 'dilarang' },
  { query: 'ditekan kepala kantor buat milih nomor tertentu', places: threat, verdict: 'dilarang' },
  { query: 'bikin acara syukuran dukung caleg di kantor', places: event, verdict: 'dilarang' },
  { query: 'ngadain lomba yang ada spanduk calonnya', places: event, verdict: 'dilarang' },
  { query: 'tim sukses minta legalisir dokumen dilayani ga', places: serve, verdict: 'boleh' },
  { query: 'wajib layani semua partai sama rata', places: serve, verdict: 'boleh' },
  { query: 'bagiin sembako ke warga dari calon', places: giving, verdict: 'dilarang' },
  { query: 'janjiin uang ke tetangga kalau mau coblos', places: giving, verdict: 'dilarang' },
  { query: 'daftar bakal calon ke partai pas masih pns', places: approach, verdict: ['dilarang', 'tergantung'] },
  { query: 'ikut penjaringan cakada partai', places: approach, verdict: ['dilarang', 'tergantung'] },
  { query: 'ditawarin amplop harus gimana', places: refuse, verdict: ['dilarang', 'boleh'] },
  { query: 'lapor ke bawaslu kalo dikasih uang calon', places: refuse, verdict: ['boleh', 'dilarang'] },
  { query: 'nerima pulsa dari caleg', places: taking, verdict: 'dilarang' },
  { query: 'dapet voucher belanja dari timses boleh diambil?', places: taking, verdict: 'dilarang' },
  { query: 'komen dukung di postingan capres', places: like, verdict: 'dilarang' },
  { query: 'repost video kampanye di ig', places: like, verdict: 'dilarang' },
  { query: 'nyebar hoax soal paslon lawan', places: hoax, verdict: 'dilarang' },
  { query: 'ngejelekin calon di facebook', places: hoax, verdict: 'dilarang' },
  // Q&A entries 3, 6, 9 ….
  { query: 'follow akun ig capres boleh ga', places: follow, verdict: 'dilarang' },
  { query: 'kalo cuma lihat kampanye di lapangan doang?', places: watch, verdict: 'dilarang' },
  { query: 'pake baju dinas waktu kampanye', places: attire, verdict: 'dilarang' },
  { query: 'kabag ngajak anak buah coblos calon x', places: threat, verdict: 'dilarang' },
  { query: 'timses ngurus izin di kantor saya, dilayani?', places: serve, verdict: 'boleh' },
  { query: 'jadi relawan pemenangan paslon', places: team, verdict: 'dilarang' },
  { query: 'pj walikota lantik pejabat baru sebelum pilkada', places: pj, verdict: ['tergantung', 'dilarang'] },
  { query: 'honorer boleh nyoblos?', places: vote, verdict: 'boleh' },
  { query: 'ngingetin temen kantor biar netral', places: remind, verdict: 'boleh' },
  { query: 'jadwal pemilu selanjutnya kapan', places: when },
  // Cases 2, 5, 8 ….
  { query: 'guru diminta jadi petugas kpps', places: adHoc, verdict: 'boleh' },
  { query: 'guru p3k share ajakan milih di grup wali murid', places: forward, verdict: 'dilarang' },
  { query: 'suami pns nemenin istri kampanye caleg', places: spouse, verdict: 'dilarang' },
  { query: 'like status facebook calon dprd', places: like, verdict: 'dilarang' },
  { query: 'nonton kampanye akbar hari minggu', places: watch, verdict: 'dilarang' },
  { query: 'ditugasin jaga perizinan di lokasi kampanye', places: duty, verdict: 'boleh' },
  { query: 'pimpinan ngarahin pilihan waktu rapat', places: meeting, verdict: 'dilarang' },
  // Lesson sections 3, 6, 9 … (in lesson file order).
  { query: 'kalau ragu sesuatu dilarang atau nggak gimana', places: [lesson('boleh-dan-dilarang', 'bagaimana-bila-anda-ragu')] },
  { query: 'uu yang mewajibkan asn netral', places: [lesson('dasar-hukum', 'undang-undang-apa-yang-mewajibkan-asn-netral'), ...legal('uu-20-2023', 'uu-202023-tentang-aparatur-sipil-negara')] },
  { query: 'ikrar sama pakta itu dasar hukum bukan', places: [lesson('dasar-hukum', 'apakah-ikrar-dan-pakta-integritas-termasuk-dasar-hukum'), lesson('ikrar-netralitas', 'apakah-ikrar-ini-mengikat-secara-hukum')] },
  { query: 'isi butir ikrar netralitas', places: [lesson('ikrar-netralitas', 'apa-saja-tujuh-butir-ikrar-netralitas'), term('ikrar-netralitas')] },
  { query: 'cara sosialisasi netralitas pake ikrar', places: [lesson('ikrar-netralitas', 'bagaimana-ikrar-dipakai-dalam-sosialisasi')] },
  { query: 'gabung grup pendukung calon di telegram', places: follow, verdict: 'dilarang' },
  { query: 'akun ig di private aman ga buat dukung calon', places: [lesson('media-sosial', 'apakah-akun-pribadi-atau-akun-yang-dikunci-aman'), ...like] },
  { query: 'siapa yg tanda tangan pakta integritas', places: [lesson('pakta-integritas', 'siapa-yang-menandatangani-pakta-ini'), term('pakta-integritas')] },
  { query: 'print lembar pakta integritas', places: [lesson('pakta-integritas', 'lembar-pakta-untuk-dicetak')] },
  { query: 'kenapa pns dilibatkan jadi panitia pemilu di daerah terpencil', places: [lesson('panitia-ad-hoc', 'mengapa-asn-dibutuhkan-di-badan-ad-hoc'), term('daerah-3t')] },
  { query: 'abis jadi kpps balik kerja kantor biasa?', places: [lesson('panitia-ad-hoc', 'apa-yang-terjadi-setelah-tugas-selesai')] },
  { query: 'asn dilibatkan kampanye pilkada', places: involved, verdict: 'dilarang' },
  { query: 'p3k bisa ambil cuti di luar tanggungan negara?', places: [lesson('pilkada-dan-topik-khusus', 'apakah-pppk-bisa-mengambil-cltn'), faq('bolehkah-saya-sebagai-pppk-mengambil-cltn-untuk-ikut-kampanye-suami-atau-istri-saya'), kasus('guru-pppk-suami-calon-bupati'), term('cltn')] },
  { query: 'pelanggaran netralitas yang hukumannya berat apa aja', places: [lesson('sanksi-dan-pelaporan', 'pelanggaran-mana-yang-dihukum-sedang-dan-mana-yang-berat'), faq('apa-sanksi-bagi-asn-yang-tidak-netral')] },
  { query: 'honorer melanggar netralitas sanksinya', places: [lesson('sanksi-dan-pelaporan', 'apa-sanksi-bagi-pppk-dan-pegawai-non-asn'), faq('apakah-pppk-dan-tenaga-honorer-juga-wajib-netral'), term('ppnpn'), ...legal('se-menpanrb-1-2023', 'se-menpanrb-12023-tentang-netralitas-pegawai-non-asn')] },
  { query: 'yg jatuhin sanksi asn ga netral siapa', places: [lesson('sanksi-dan-pelaporan', 'siapa-yang-memeriksa-dan-siapa-yang-menjatuhkan-sanksi'), faq('bagaimana-cara-melapor-pelanggaran-netralitas'), term('ppk-kepegawaian')] },
  // Glossary terms 3, 6, 9 ….
  { query: 'asn singkatan dari', places: [term('asn')] },
  { query: 'bawaslu tugasnya apa', places: [term('bawaslu'), lesson('sanksi-dan-pelaporan', 'siapa-yang-memeriksa-dan-siapa-yang-menjatuhkan-sanksi')] },
  { query: 'calon perseorangan maksudnya', places: [term('calon-perseorangan')] },
  { query: 'yg termasuk fasilitas negara apa aja', places: [term('fasilitas-negara'), rule('memakai-fasilitas-negara')] },
  { query: 'pengertian ikrar netralitas', places: [term('ikrar-netralitas'), lesson('ikrar-netralitas', 'dari-mana-ikrar-ini-berasal')] },
  { query: 'kpps itu apa', places: [term('kpps'), term('badan-ad-hoc')] },
  { query: 'arti netral bagi asn', places: [term('netralitas'), '/#apa-arti-netral-bagi-asn'] },
  { query: 'pantarlih kepanjangannya', places: [term('pantarlih')] },
  { query: 'pj kepala daerah itu apa', places: [term('penjabat-kepala-daerah'), lesson('pilkada-dan-topik-khusus', 'apa-kewajiban-penjabat-kepala-daerah')] },
  { query: 'definisi money politic', places: [term('politik-uang'), lesson('pilkada-dan-topik-khusus', 'apa-itu-politik-uang-dan-siapa-yang-dipidana')] },
  { query: 'ppnpn itu siapa', places: [term('ppnpn')] },
  { query: 'pps pemilu artinya', places: [term('pps')] },
  { query: 'serangan fajar tuh apa', places: [term('serangan-fajar')] },
  { query: 'timses itu apa sih', places: [term('tim-kampanye'), ...team] },
  // Regulations 1, 4, 7 … of src/content/legal/.
  { query: 'ikrar kemenkumham jateng', places: [...legal('ikrar-kemenkumham-jateng-2023', 'ikrar-netralitas-kanwil-kemenkumham-jawa-tengah-19-desember-2023'), lesson('ikrar-netralitas', 'dari-mana-ikrar-ini-berasal')] },
  { query: 'kasn dibubarkan tugasnya pindah ke mana', places: [...legal('pengalihan-kasn-2024', 'perpres-912024-perpres-922024-dan-se-menpanrb-42024-tugas-kasn-pindah'), lesson('dasar-hukum', 'siapa-yang-mengawasi-netralitas-asn-setelah-kasn-dibubarkan'), term('kasn')] },
  { query: 'pp 53 2010 masih dipake?', places: [...legal('pp-53-2010', 'pp-532010-tentang-disiplin-pns-dicabut'), faq('apakah-pp-53-tahun-2010-masih-berlaku')] },
  { query: 'putusan mk lembaga pengawas asn independen', places: [...legal('putusan-mk-121-2024', 'putusan-mk-121puu-xxii2024-tentang-lembaga-pengawas-independen'), lesson('sanksi-dan-pelaporan', 'siapa-yang-memeriksa-dan-siapa-yang-menjatuhkan-sanksi'), lesson('dasar-hukum', 'siapa-yang-mengawasi-netralitas-asn-setelah-kasn-dibubarkan')] },
  { query: 'surat edaran walikota bekasi netralitas', places: legal('se-bekasi-2022', 'se-pemerintah-kota-bekasi-8005878bkpsdmpka') },
  { query: 'aturan disiplin pppk menpan', places: [...legal('se-menpanrb-11-2023', 'se-menpanrb-112023-tentang-disiplin-pppk'), lesson('sanksi-dan-pelaporan', 'apa-sanksi-bagi-pppk-dan-pegawai-non-asn')] },
  { query: 'skb 5 menteri netralitas', places: [...legal('skb-netralitas-2022', 'keputusan-bersama-22-september-2022-skb-netralitas-asn'), term('keputusan-bersama'), lesson('dasar-hukum', 'apa-isi-keputusan-bersama-2022-dan-surat-edaran-yang-menyertainya')] },
  { query: 'uu pemilu nomor berapa', places: [...legal('uu-7-2017', 'uu-72017-tentang-pemilihan-umum'), lesson('dasar-hukum', 'undang-undang-apa-yang-mewajibkan-asn-netral'), term('pemilu')] },
];

/** Words the site is about: each must return places (an answer or related pages). */
export const probe2CoreWords = ['baliho', 'tim sukses', 'hak pilih', 'ikrar', 'hukuman disiplin', 'bawaslu', 'cltn', 'politik uang'];

/** Office life: "nothing found" and never a card. */
export const probe2OffTopic = ['cara ngajuin kenaikan pangkat', 'jadwal diklat latsar cpns', 'tukin telat cair', 'lupa absen finger', 'izin keluar kantor jam istirahat', 'bpjs kesehatan pegawai', 'nip baru kapan keluar', 'format laporan kinerja bulanan'];
