/* A small bank in the shape the islands receive (what src/data/quiz.ts builds from YAML at build time). */
import type { ViewQuestion, ViewRules } from '../../src/lib/quiz/view';

const rule = ['ikut-kampanye'];
export const questions: ViewQuestion[] = [
  {
    id: 'q-single',
    type: 'single',
    prompt: 'Peraturan apa yang <strong>sekarang</strong> mengatur disiplin PNS?',
    options: [
      { key: 'a', text: 'PP 53/2010', correct: false, feedback: 'Sudah dicabut.' },
      { key: 'b', text: 'PP 42/2004', correct: false, feedback: 'Itu kode etik.' },
      { key: 'c', text: 'PP 94/2021', correct: true, feedback: 'Tepat.' },
      { key: 'd', text: 'PP 49/2018', correct: false, feedback: 'Itu manajemen PPPK.' },
    ],
    explanation: '<p>Disiplin PNS kini diatur PP 94/2021.</p>',
    rules: rule,
    fp: 'fp-single',
  },
  {
    id: 'q-multiple',
    type: 'multiple',
    prompt: 'Mana saja yang dilarang?',
    options: [
      { key: 'a', text: 'Ikut kampanye', correct: true, feedback: 'Benar, dilarang.' },
      { key: 'b', text: 'Memilih di TPS', correct: false, feedback: 'Itu hak pilih.' },
      { key: 'c', text: 'Memasang baliho calon', correct: true, feedback: 'Benar, dilarang.' },
    ],
    explanation: '<p>Dua tindakan pertama berpihak.</p>',
    rules: rule,
    fp: 'fp-multiple',
  },
  {
    id: 'q-truefalse',
    type: 'truefalse',
    prompt: 'Benar atau salah: UU 20/2023 mencabut UU 5/2014.',
    options: [
      { key: 'benar', text: 'Benar', correct: true, feedback: 'Tepat.' },
      { key: 'salah', text: 'Salah', correct: false, feedback: 'Kurang tepat.' },
    ],
    explanation: '<p>UU 20/2023 mencabut UU 5/2014.</p>',
    rules: rule,
    fp: 'fp-tf',
  },
  {
    id: 'q-verdict',
    type: 'verdict',
    prompt: 'Menyukai unggahan calon di media sosial.',
    options: [
      { key: 'boleh', text: 'Boleh', correct: false, feedback: 'Belum tepat.' },
      { key: 'dilarang', text: 'Dilarang', correct: true, feedback: 'Tepat.' },
    ],
    explanation: '<p>Menyukai unggahan calon termasuk berpihak.</p>',
    rules: rule,
    fp: 'fp-verdict',
  },
];

export const rules: ViewRules = {
  'ikut-kampanye':
    '<li>Aturan: <a href="/rujukan/aturan/#ikut-kampanye">Ikut serta dalam kampanye</a> (dilarang) · Dasar hukum: <a href="/rujukan/peraturan/#pp-94-2021">PP 94/2021 Pasal 5 huruf n angka 1</a></li>',
};

export const quizData = JSON.stringify({ questions, rules });
