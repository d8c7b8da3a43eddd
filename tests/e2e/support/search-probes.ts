/*
 * ROUND 3 PROBES: tuning data, not held out.
 *
 * Written on 2026-12-03 by the engineer tuning round 3, for the broad pass over the site's acts: for
 * each rule, Q&A entry and case with a verdict, one or two questions in the everyday words a new hire
 * uses for the act (nyoblos, disuruh atasan, dikasih amplop, nyalon, minta izin, dilayani …), and
 * office-life questions that must get no card. Ranking and synonyms were tuned while looking at it,
 * so its score flatters the search like the other tuning sets; `npm run bench:search` prints it.
 */
import { paths } from '../../../src/lib/paths.ts';
import type { PlacesQuestion } from './search-questions.ts';

const faq = (a: string) => `/rujukan/tanya-jawab/#${a}`;
const rule = paths.rule;
const kasus = paths.case;
const lesson = (slug: string, anchor: string) => `${paths.lesson(slug)}#${anchor}`;
const vote = [faq('bolehkah-saya-memilih-di-tps'), rule('memberikan-hak-pilih'), kasus('memilih-di-tps')];
const pressure = [faq('bolehkah-saya-mengajak-bawahan-atau-rekan-kerja-memilih-calon-tertentu'), rule('mengerahkan-pegawai'), rule('intimidasi-pegawai'), kasus('rapat-kantor-arahan-memilih')];
const offered = [faq('bolehkah-saya-menerima-amplop-sembako-atau-hadiah-dari-tim-sukses'), rule('politik-uang'), rule('menolak-dan-melaporkan-politik-uang'), kasus('amplop-dari-tim-sukses'), lesson('pilkada-dan-topik-khusus', 'apa-yang-anda-lakukan-bila-ditawari-uang-atau-barang')];
const giving = [faq('bolehkah-saya-membagikan-amplop-atau-sembako-titipan-calon-kepada-warga'), rule('memberi-politik-uang'), kasus('titipan-amplop-untuk-warga')];
const running = [faq('bolehkah-saya-mencalonkan-diri-sebagai-anggota-dprd-atau-kepala-daerah'), rule('mencalonkan-diri-mengundurkan-diri'), rule('mendekati-partai'), kasus('pns-ingin-menjadi-caleg'), lesson('pilkada-dan-topik-khusus', 'bagaimana-bila-asn-ingin-mencalonkan-diri')];
const serve = [faq('bolehkah-saya-melayani-permohonan-dari-tim-kampanye'), rule('melayani-semua-peserta-setara'), kasus('melayani-tim-kampanye-sesuai-prosedur')];
const favour = [faq('bolehkah-saya-mempercepat-izin-untuk-calon-yang-saya-kenal'), kasus('izin-acara-dipercepat'), rule('keputusan-menguntungkan-calon')];
const watch = [faq('bolehkah-saya-datang-ke-kampanye-hanya-untuk-menonton'), rule('hadir-kampanye-sebagai-penonton'), kasus('menonton-kampanye-akhir-pekan'), rule('ikut-kampanye')];
const duty = [faq('bolehkah-saya-berada-di-lokasi-kampanye-karena-ditugaskan-kantor'), rule('hadir-karena-tugas-kedinasan'), kasus('petugas-perizinan-di-lokasi-kampanye')];
const declare = [rule('hadir-deklarasi-calon')];
const share = [faq('bolehkah-saya-memberi-like-berkomentar-atau-membagikan-unggahan-calon'), rule('suka-komentar-bagikan'), rule('promosi-calon-di-media-sosial'), kasus('like-unggahan-calon'), lesson('media-sosial', 'bolehkah-memberi-tanda-suka-berkomentar-atau-membagikan-unggahan-calon'), lesson('media-sosial', 'bolehkah-asn-mengunggah-atau-mempromosikan-calon')];
const follow = [faq('bolehkah-saya-mengikuti-akun-atau-bergabung-dengan-grup-pemenangan-calon'), rule('suka-komentar-bagikan'), lesson('media-sosial', 'bolehkah-mengikuti-akun-calon-atau-bergabung-dengan-grupnya')];
const photo = [faq('bolehkah-saya-berfoto-dengan-calon'), rule('foto-dengan-calon'), kasus('foto-camat-dengan-calon'), lesson('media-sosial', 'bolehkah-berfoto-dengan-calon')];
const facilities = [rule('memakai-fasilitas-negara'), faq('bolehkah-saya-memakai-mobil-dinas-ke-acara-calon-pada-hari-libur'), kasus('mobil-dinas-ke-acara-calon')];
const team = [faq('bolehkah-saya-menjadi-tim-sukses-relawan-atau-konsultan-calon'), rule('tim-kampanye')];
const party = [faq('bolehkah-saya-menjadi-anggota-partai-politik'), rule('anggota-partai')];
const spouse = [faq('bolehkah-saya-ikut-kampanye-suami-atau-istri-saya-yang-menjadi-calon'), kasus('istri-menjadi-caleg'), rule('kampanye-pasangan-tanpa-cltn'), kasus('guru-pppk-suami-calon-bupati')];
const event = [rule('kegiatan-keberpihakan')];
const adHoc = [faq('bolehkah-saya-menjadi-anggota-kpps-pps-atau-pantarlih'), rule('menjadi-panitia-ad-hoc'), kasus('asn-menjadi-kpps'), lesson('panitia-ad-hoc', 'bolehkah-asn-menjadi-anggota-ppk-pps-kpps-atau-pantarlih')];
const ktp = [faq('bolehkah-saya-mengumpulkan-fotokopi-ktp-untuk-calon-perseorangan'), rule('surat-dukungan-ktp'), kasus('kumpulkan-ktp-calon-perseorangan')];
const pj = [faq('bolehkah-saya-sebagai-penjabat-kepala-daerah-mengganti-pejabat-menjelang-pilkada'), rule('pj-mengganti-pejabat'), kasus('pj-bupati-mutasi-pejabat')];
const pjProgram = [rule('pj-program-untuk-calon'), lesson('pilkada-dan-topik-khusus', 'apa-kewajiban-penjabat-kepala-daerah')];
const involved = [faq('bolehkah-saya-memberi-sambutan-di-acara-kampanye-pasangan-calon-kepala-daerah'), rule('dilibatkan-kampanye-pilkada'), kasus('camat-diminta-tampil-kampanye-pilkada')];
const remind = [faq('bolehkah-saya-mengingatkan-rekan-kerja-tentang-aturan-netralitas'), rule('sosialisasi-netralitas')];
const report = [faq('bagaimana-cara-melapor-pelanggaran-netralitas'), rule('melaporkan-pelanggaran'), lesson('sanksi-dan-pelaporan', 'bagaimana-cara-melaporkan-asn-yang-tidak-netral')];
const hoax = [rule('ujaran-kebencian-hoaks'), faq('bolehkah-saya-menyebarkan-kabar-buruk-tentang-calon-yang-tidak-saya-sukai')];
const banner = [faq('bolehkah-saya-memasang-spanduk-atau-baliho-calon-di-rumah-sendiri'), rule('memasang-alat-peraga'), kasus('honorer-pasang-baliho')];
const attire = [faq('bolehkah-saya-memakai-seragam-dinas-atau-kaus-partai-di-acara-kampanye'), rule('kampanye-dengan-atribut'), rule('ikut-kampanye')];
const ballot = [faq('bolehkah-saya-memotret-surat-suara-lalu-mengunggahnya')];
const forward = [faq('bolehkah-saya-meneruskan-poster-atau-ajakan-memilih-calon-di-grup-whatsapp'), kasus('guru-pppk-grup-whatsapp'), lesson('media-sosial', 'bolehkah-meneruskan-pesan-kampanye-di-grup-whatsapp'), rule('promosi-calon-di-media-sosial')];
const promise = [kasus('pejabat-janjikan-jabatan-psu'), rule('keputusan-menguntungkan-calon'), rule('kegiatan-keberpihakan')];
const join = ['ikut-kampanye'].map(rule);

export const probes: PlacesQuestion[] = [
  { query: 'asn boleh ikut nyoblos gak', places: vote, verdict: 'boleh' },
  { query: 'pppk boleh milih ga di pilkada', places: vote, verdict: 'boleh' },
  { query: 'hari pencoblosan pns boleh ke tps?', places: vote, verdict: 'boleh' },
  { query: 'abdi negara punya hak suara?', places: vote, verdict: 'boleh' },
  { query: 'pns wajib golput ya', places: vote, verdict: 'boleh' },
  { query: 'disuruh atasan milih paslon 2', places: pressure, verdict: 'dilarang' },
  { query: 'kadis maksa staf coblos calon tertentu', places: pressure, verdict: 'dilarang' },
  { query: 'dipaksa pimpinan dukung calon', places: pressure, verdict: 'dilarang' },
  { query: 'diancam dimutasi kalau ga milih calon', places: pressure, verdict: 'dilarang' },
  { query: 'atasan ngarahin pilihan bawahan', places: pressure, verdict: 'dilarang' },
  { query: 'dikasih amplop sama timses pas pilkada', places: offered, verdict: ['dilarang', 'boleh'] },
  { query: 'ada yg bagi duit buat nyoblos', places: [...offered, ...giving], verdict: ['dilarang', 'boleh'] },
  { query: 'nolak amplop dari caleg gimana', places: offered, verdict: ['boleh', 'dilarang'] },
  { query: 'terima pulsa dari calon', places: offered, verdict: 'dilarang' },
  { query: 'disuruh bagiin amplop calon ke warga', places: giving, verdict: 'dilarang' },
  { query: 'nitip sembako caleg buat dibagi', places: giving, verdict: 'dilarang' },
  { query: 'asn mau maju pilkada gimana', places: running, verdict: ['tergantung', 'boleh'] },
  { query: 'pns daftar ke partai buat nyalon', places: running, verdict: ['dilarang', 'tergantung'] },
  { query: 'minta rekomendasi partai buat maju bupati', places: running, verdict: ['dilarang', 'tergantung'] },
  { query: 'timses minta surat izin kampanye harus dilayani?', places: serve, verdict: 'boleh' },
  { query: 'layani permohonan partai sama kayak warga lain', places: serve, verdict: 'boleh' },
  { query: 'dahulukan izin acara calon kenalan', places: favour, verdict: 'dilarang' },
  { query: 'persulit izin calon lawan', places: favour, verdict: 'dilarang' },
  { query: 'dateng kampanye akbar cuma nonton', places: watch, verdict: 'dilarang' },
  { query: 'ikut konvoi paslon', places: [...join, ...watch], verdict: 'dilarang' },
  { query: 'ditugasin ngamanin kampanye', places: duty, verdict: 'boleh' },
  { query: 'dateng ke deklarasi calon bupati', places: declare, verdict: 'dilarang' },
  { query: 'hadir peresmian posko pemenangan', places: declare, verdict: 'dilarang' },
  { query: 'ngeshare postingan caleg di fb', places: share, verdict: 'dilarang' },
  { query: 'pasang foto calon di status wa', places: share, verdict: 'dilarang' },
  { query: 'komentar dukungan di akun paslon', places: share, verdict: 'dilarang' },
  { query: 'follow ig capres', places: follow, verdict: 'dilarang' },
  { query: 'masuk grup whatsapp pemenangan', places: follow, verdict: 'dilarang' },
  { query: 'nyebar hoaks soal capres', places: hoax, verdict: 'dilarang' },
  { query: 'upload foto surat suara', places: ballot, verdict: 'dilarang' },
  { query: 'foto bareng calon bupati di nikahan', places: photo, verdict: ['tergantung', 'dilarang'] },
  { query: 'selfie salam dua jari dengan caleg', places: photo, verdict: 'dilarang' },
  { query: 'pake mobil kantor buat kampanye', places: facilities, verdict: 'dilarang' },
  { query: 'minjemin ruang rapat kantor buat tim sukses', places: facilities, verdict: 'dilarang' },
  { query: 'gabung tim sukses paslon', places: team, verdict: 'dilarang' },
  { query: 'jadi relawan caleg pas cuti', places: team, verdict: 'dilarang' },
  { query: 'punya kta partai', places: party, verdict: 'dilarang' },
  { query: 'jadi pengurus parpol', places: party, verdict: 'dilarang' },
  { query: 'bantu kampanye suami yang nyaleg', places: spouse, verdict: 'dilarang' },
  { query: 'istri nyalon bupati suami pns boleh dampingi', places: spouse, verdict: 'dilarang' },
  { query: 'ngadain pengajian bareng calon di kantor', places: event, verdict: 'dilarang' },
  { query: 'bikin arisan buat dukung caleg', places: event, verdict: 'dilarang' },
  { query: 'pns jadi ppk pemilu boleh?', places: adHoc, verdict: 'boleh' },
  { query: 'jadi anggota kpps perlu izin', places: adHoc, verdict: 'boleh' },
  { query: 'kumpulin ktp buat dukungan calon perseorangan', places: ktp, verdict: 'dilarang' },
  { query: 'pj gubernur rotasi pejabat jelang pilkada', places: pj, verdict: ['tergantung', 'dilarang'] },
  { query: 'penjabat bupati bagi bansos atas nama calon', places: pjProgram, verdict: 'dilarang' },
  { query: 'camat diminta pidato di kampanye', places: involved, verdict: 'dilarang' },
  { query: 'ngajak rekan kerja jaga netralitas', places: remind, verdict: 'boleh' },
  { query: 'laporin pns yang ikut kampanye', places: report, verdict: ['boleh', 'info'] },
  { query: 'ngadu pelanggaran netralitas ke mana', places: report, verdict: ['boleh', 'info'] },
  { query: 'dijanjiin naik jabatan kalo calon menang', places: promise, verdict: 'dilarang' },
  { query: 'pasang stiker caleg di motor', places: banner, verdict: 'dilarang' },
  { query: 'pake kaos partai ke kampanye', places: attire, verdict: 'dilarang' },
  { query: 'forward ajakan milih paslon di grup wa', places: forward, verdict: 'dilarang' },
];
/** Office life (pay, leave, transfers, equipment): "nothing found" and never a card. */
export const probeOffTopic = ['cara isi spt tahunan', 'kenaikan gaji pppk 2027', 'cuti melahirkan pns berapa bulan', 'izin sakit lewat aplikasi', 'pengajuan cuti tahunan', 'apel pagi jam berapa', 'seragam dinas hari kamis', 'uang makan pns', 'mutasi pegawai antar instansi', 'laptop kantor rusak', 'hp dinas hilang', 'tunjangan kinerja kapan cair', 'pensiun dini pns syaratnya', 'absen pakai hp', 'rapat kantor jam berapa'];
