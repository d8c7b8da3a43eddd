/*
 * How the search evaluation sets (search-tuning-4.ts to -6.ts and search-heldout.ts) name the places
 * on the site that answer a question: one writer of the URLs, so that a set cannot drift from the
 * site's own paths (src/lib/paths.ts).
 */
import { paths } from '../../../src/lib/paths.ts';

export const faq = (anchor: string) => `/rujukan/tanya-jawab/#${anchor}`;
export const rule = paths.rule;
export const kasus = paths.case;
export const term = (id: string) => `/rujukan/glosarium/#${id}`;
export const lesson = (slug: string, anchor: string) => `${paths.lesson(slug)}#${anchor}`;
export const legal = paths.legal;

/**
 * A regulation on the register answers under two anchors: its entry id (on the section) and its
 * heading's id (which search results link to). The sets list the entry id; withHeadings adds the
 * heading: the same place, so an answer-key detail, never a change of question.
 */
const legalHeadings: Record<string, string> = {
  'ikrar-kemenkumham-jateng-2023': 'ikrar-netralitas-kanwil-kemenkumham-jawa-tengah-19-desember-2023',
  'putusan-mk-121-2024': 'putusan-mk-121puu-xxii2024-tentang-lembaga-pengawas-independen',
  'putusan-mk-135-2024': 'putusan-mk-135puu-xxii2024-tentang-pemisahan-pemilu-nasional-dan-daerah',
  'putusan-mk-136-2024': 'putusan-mk-136puu-xxii2024-tentang-siapa-yang-dijangkau-pasal-188-uu-pilkada',
  'se-menpanrb-1-2023': 'se-menpanrb-12023-tentang-netralitas-pegawai-non-asn',
  'se-menpanrb-11-2023': 'se-menpanrb-112023-tentang-disiplin-pppk',
  'skb-netralitas-2022': 'keputusan-bersama-22-september-2022-skb-netralitas-asn',
  'uu-20-2023': 'uu-202023-tentang-aparatur-sipil-negara',
  'uu-5-2014': 'uu-52014-tentang-aparatur-sipil-negara-dicabut',
  'uu-pemilihan': 'uu-pilkada-uu-12015-jo-uu-102016',
  'pp-94-2021': 'pp-942021-tentang-disiplin-pns',
  'pp-53-2010': 'pp-532010-tentang-disiplin-pns-dicabut',
  'pp-42-2004': 'pp-422004-tentang-jiwa-korps-dan-kode-etik-pns',
  'pp-49-2018': 'pp-492018-tentang-manajemen-pppk',
  'kepmenpanrb-16-2025': 'kepmenpanrb-162025-tentang-pppk-paruh-waktu',
  'uu-7-2017': 'uu-72017-tentang-pemilihan-umum',
  'se-mendagri-900-1-9-9095': 'se-mendagri-900199095sj-tentang-asn-di-badan-ad-hoc',
  'se-bawaslu-111-2024': 'se-bawaslu-1112024-tentang-kehadiran-asn-di-kampanye',
  'se-sekjen-kemenkumham-2022': 'se-sekjen-kemenkumham-sek-14kp0502-tahun-2022',
  'se-sekjen-kemenkumham-2023': 'se-plh-sekjen-kemenkumham-sek-um0101-1133-23-november-2023',
  'se-bekasi-2022': 'se-pemerintah-kota-bekasi-8005878bkpsdmpka',
  'pakta-integritas-kemnaker-2023': 'pakta-integritas-netralitas-kemnaker-29-november-2023',
  'pengalihan-kasn-2024': 'perpres-912024-perpres-922024-dan-se-menpanrb-42024-tugas-kasn-pindah',
};

/** The places with each listed regulation's heading anchor added beside its entry id. */
export const withHeadings = (places: string[]) =>
  places.flatMap((place) => {
    const id = place.startsWith(legal('')) ? place.slice(legal('').length) : undefined;
    return id && legalHeadings[id] ? [place, legal(legalHeadings[id])] : [place];
  });
