import { XMLParser } from 'fast-xml-parser';
import { unzipSync, strFromU8 } from 'fflate';
import { parse as parseGift, type GIFTQuestion } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { realBanks } from '../support/banks';
import { generalFeedback, questionName, siteLinks, type LmsCourse } from '../../src/lib/lms/bank';
import { escapeGift, gift } from '../../src/lib/lms/gift';
import { isMoodleFraction, moodleXml, multipleFractions, MOODLE_FRACTIONS } from '../../src/lib/lms/moodle';
import { itemFile, qtiPackage } from '../../src/lib/lms/qti';
import { ident12, QTI12_FILE, qti12Package } from '../../src/lib/lms/qti12';

/*
 * The question banks for an LMS, generated from the real banks in src/quizzes/ and read back with
 * independent parsers: gift-pegjs for GIFT, fast-xml-parser for Moodle XML and QTI. The texts are
 * the authored Markdown escaped as HTML (the build renders Markdown; the generators only carry it).
 */

const html = (text: string) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
const SITE = 'https://netralitas.example.go.id';

function realCourse(): LmsCourse {
  const banks = realBanks().map(({ id, data }) => {
      return {
        id,
        title: data.title,
        description: data.description,
        questions: data.questions.map((q) => ({
          id: q.id,
          type: q.type,
          prompt: `<p>${html(q.prompt)}</p>`,
          options: q.options.map((o) => ({ key: o.key, text: html(o.text), correct: o.correct, feedback: html(o.feedback) })),
          explanation: `<p>${html(q.explanation)}</p>`,
          rules: q.rules.map((r) => ({ label: r.id, url: `${SITE}/rujukan/aturan/#${r.id}` })),
          legal: [{ label: 'PP 94/2021 Pasal 5', url: `${SITE}/rujukan/peraturan/#pp-94-2021` }],
        })),
      };
    });
  return { title: 'Netralitas ASN', banks };
}

/** Every GIFT special character, a backslash and a line break, in every kind of text. */
const tricky = 'a ~ b = c # d { e } f : g \\ h';
const trickyCourse: LmsCourse = {
  title: 'Netralitas ASN',
  banks: [
    {
      id: 'uji',
      title: 'Uji: karakter khusus',
      description: 'Uji',
      questions: [
        {
          id: 'u-01',
          type: 'multiple',
          prompt: `<p>${tricky}</p>\n<p>baris dua</p>`,
          options: ['x', 'y', 'z', 'w', 'v'].map((t, i) => ({ key: String.fromCharCode(97 + i), text: `${t} ${tricky}`, correct: i < 3, feedback: `fb ${tricky}` })),
          explanation: `<p>${tricky}</p>`,
          rules: [],
          legal: [{ label: 'UU 7/2017', url: `${SITE}/rujukan/peraturan/#uu-7-2017?a=1&b=2` }],
        },
      ],
    },
  ],
};

const course = realCourse();
const questions = course.banks.flatMap((b) => b.questions.map((q) => ({ bank: b, q, name: questionName(b, q) })));

describe('GIFT', () => {
  const decodeHtml = (t: { format: string; text: string } | null) => {
    expect(t?.format).toBe('html');
    return t!.text.trim();
  };

  it('escapes ~ = # { } : and the backslash, and reads back unchanged', () => {
    expect(escapeGift('~=#{}:\\')).toBe('\\~\\=\\#\\{\\}\\:\\\\');
    const [category, q] = parseGift(gift(trickyCourse)) as [GIFTQuestion, GIFTQuestion];
    expect(category).toMatchObject({ type: 'Category', title: '$course$/Netralitas ASN/Uji: karakter khusus' });
    if (q.type !== 'MC') throw new Error(q.type);
    expect(q.title).toBe('uji/u-01');
    // The line break between paragraphs becomes a space (HTML does not need it).
    expect(decodeHtml(q.stem)).toBe(`<p>${tricky}</p> <p>baris dua</p>`);
    expect(q.choices.map((c) => decodeHtml(c.text))).toEqual(trickyCourse.banks[0].questions[0].options.map((o) => o.text));
    expect(q.choices.map((c) => decodeHtml(c.feedback))).toEqual(trickyCourse.banks[0].questions[0].options.map((o) => o.feedback));
    expect(decodeHtml(q.globalFeedback)).toContain('href="https://netralitas.example.go.id/rujukan/peraturan/#uu-7-2017?a=1&amp;b=2"');
  });

  it('parses back with gift-pegjs into the same questions, options and right answers as the banks', () => {
    const parsed = parseGift(gift(course));
    const categories = parsed.filter((p) => p.type === 'Category');
    expect(categories.map((c) => c.title)).toEqual(course.banks.map((b) => `$course$/Netralitas ASN/${b.title}`));
    const items = parsed.filter((p) => p.type !== 'Category');
    expect(items.map((p) => p.title)).toEqual(questions.map((x) => x.name));
    items.forEach((p, i) => {
      const { q } = questions[i];
      if (p.type !== 'MC' && p.type !== 'TF') throw new Error(`${q.id}: ${p.type}`);
      expect(decodeHtml(p.stem), q.id).toBe(q.prompt.replace(/\s*\n\s*/g, ' '));
      expect(decodeHtml(p.globalFeedback)).toContain(q.explanation);
      expect(decodeHtml(p.globalFeedback)).toContain(`href="${SITE}/rujukan/peraturan/#pp-94-2021"`);
      if (q.type === 'truefalse') {
        if (p.type !== 'TF') throw new Error(`${q.id}: ${p.type}`);
        const right = q.options.find((o) => o.correct)!;
        const wrong = q.options.find((o) => !o.correct)!;
        expect(p.isTrue).toBe(right.key === 'benar');
        // Moodle's order: {TRUE#feedback for a wrong answer#feedback for a right answer}.
        expect([decodeHtml(p.trueFeedback), decodeHtml(p.falseFeedback)]).toEqual([wrong.feedback, right.feedback]);
        return;
      }
      if (p.type !== 'MC') throw new Error(`${q.id}: ${p.type}`);
      expect(p.choices.map((c) => decodeHtml(c.text))).toEqual(q.options.map((o) => o.text));
      expect(p.choices.map((c) => decodeHtml(c.feedback))).toEqual(q.options.map((o) => o.feedback));
      if (q.type === 'multiple') {
        // Right answers carry a positive weight, wrong ones a negative one.
        expect(p.choices.map((c) => (c.weight ?? 0) > 0)).toEqual(q.options.map((o) => o.correct));
        const sum = p.choices.reduce((s, c) => s + Math.max(0, c.weight ?? 0), 0);
        expect(Math.abs(sum - 100)).toBeLessThan(0.001);
      } else {
        expect(p.choices.map((c) => c.isCorrect)).toEqual(q.options.map((o) => o.correct));
      }
    });
  });
});

describe('Moodle XML', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, isArray: (name) => ['question', 'answer'].includes(name) });
  const doc = parser.parse(moodleXml(course)) as { quiz: { question: Record<string, any>[] } };
  const all = doc.quiz.question;

  it('has one category per module, in course order, before its questions', () => {
    const cats = all.filter((q) => q.type === 'category').map((q) => q.category.text);
    expect(cats).toEqual(course.banks.map((b) => `$course$/Netralitas ASN/${b.title}`));
    expect(all.filter((q) => q.type !== 'category').map((q) => q.name.text)).toEqual(questions.map((x) => x.name));
  });

  it('writes only grades Moodle accepts, and each question reaches exactly 100%', () => {
    for (const q of all.filter((x) => x.type !== 'category')) {
      const fractions = q.answer.map((a: { fraction: string }) => Number(a.fraction));
      for (const f of fractions) expect(isMoodleFraction(f), `${q.name.text}: ${f}`).toBe(true);
      const positive = fractions.filter((f: number) => f > 0);
      const sum = positive.reduce((s: number, f: number) => s + f, 0);
      if (q.single === 'true' || q.type === 'truefalse') expect(positive, q.name.text).toEqual([100]);
      else expect(Math.abs(sum - 100), q.name.text).toBeLessThan(0.001);
    }
  });

  it('carries the types, options, feedback and general feedback with absolute links', () => {
    const byName = new Map(all.filter((q) => q.type !== 'category').map((q) => [q.name.text, q]));
    for (const { q, name } of questions) {
      const x = byName.get(name)!;
      expect(x.idnumber).toBe(name);
      expect(x.generalfeedback.text).toContain(q.explanation);
      expect(x.generalfeedback.text).not.toMatch(/href="\//);
      if (q.type === 'truefalse') {
        expect(x.type).toBe('truefalse');
        const right = x.answer.find((a: any) => a.fraction === '100');
        expect(right.text).toBe(q.options.find((o) => o.correct)!.key === 'benar' ? 'true' : 'false');
        continue;
      }
      expect(x.type).toBe('multichoice');
      expect(x.single).toBe(q.type === 'multiple' ? 'false' : 'true');
      expect(x.answer.map((a: any) => a.text)).toEqual(q.options.map((o) => o.text));
      expect(x.answer.map((a: any) => a.feedback.text)).toEqual(q.options.map((o) => o.feedback));
      expect(x.answer.map((a: any) => Number(a.fraction) > 0)).toEqual(q.options.map((o) => o.correct));
      if (q.type === 'verdict') expect(x.answer.map((a: any) => a.text)).toEqual(['Boleh', 'Dilarang']);
    }
  });

  it('finds an exact share for 1 to 10 right answers, and refuses what Moodle cannot grade', () => {
    for (let right = 1; right <= 10; right++) {
      const { right: share, wrong } = multipleFractions(right);
      expect(MOODLE_FRACTIONS).toContain(share);
      expect(Math.abs(share * right - 100)).toBeLessThan(0.001);
      expect(wrong).toBe(-100);
    }
    expect(() => multipleFractions(11)).toThrow(/11 jawaban benar/);
  });
});

describe('QTI 2.1 package', () => {
  const files = unzipSync(qtiPackage(course));
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => ['resource', 'file', 'simpleChoice', 'value'].includes(n) });

  it('lists every file it contains in imsmanifest.xml, and contains every file it lists', () => {
    const manifest = parser.parse(strFromU8(files['imsmanifest.xml'])).manifest;
    const listed = manifest.resources.resource.flatMap((r: any) => r.file.map((f: any) => f.href));
    const inZip = Object.keys(files).filter((f) => f !== 'imsmanifest.xml');
    expect(new Set(listed)).toEqual(new Set(inZip));
    expect(listed).toHaveLength(questions.length);
    for (const r of manifest.resources.resource) expect(r.type).toBe('imsqti_item_xmlv2p1');
  });

  it('has one item per question with its right answers and the option feedback', () => {
    for (const { q, name } of questions) {
      const item = parser.parse(strFromU8(files[itemFile(name)])).assessmentItem;
      expect(item.xmlns).toBe('http://www.imsglobal.org/xsd/imsqti_v2p1');
      expect(item.responseDeclaration.cardinality).toBe(q.type === 'multiple' ? 'multiple' : 'single');
      expect(item.responseDeclaration.correctResponse.value).toEqual(q.options.filter((o) => o.correct).map((o) => o.key));
      const choices = item.itemBody.choiceInteraction.simpleChoice;
      expect(choices.map((c: any) => c.identifier)).toEqual(q.options.map((o) => o.key));
      expect(choices.map((c: any) => c.feedbackInline.identifier)).toEqual(q.options.map((o) => o.key));
    }
  });

  it('fails with the question named when a text is not well-formed', () => {
    const broken = structuredClone(trickyCourse);
    broken.banks[0].questions[0].prompt = '<p>a <b>b</p>';
    expect(() => qtiPackage(broken)).toThrow(/pertanyaan uji\/u-01/);
  });
});

describe('links to the site in the banks', () => {
  const rendered = '<p>Lihat <a href="/rujukan/aturan/#a-1">aturan A-1</a> dan <a href="https://jdih.example.go.id/">JDIH</a>.</p>';

  it('are absolute on the public site when the build knows it', () => {
    expect(siteLinks(rendered, `${SITE}/`)).toBe(`<p>Lihat <a href="${SITE}/rujukan/aturan/#a-1">aturan A-1</a> dan <a href="https://jdih.example.go.id/">JDIH</a>.</p>`);
  });

  it('are left out, their text kept, without a public site; other links stay', () => {
    expect(siteLinks(rendered, undefined)).toBe('<p>Lihat aturan A-1 dan <a href="https://jdih.example.go.id/">JDIH</a>.</p>');
    const q = { ...course.banks[0].questions[0], rules: [{ label: 'Aturan A-1' }], legal: [{ label: 'UU 20/2023' }] };
    const text = generalFeedback(q);
    expect(text).toContain('<p>Aturan: Aturan A-1</p>');
    expect(text).toContain('<p>Dasar hukum: UU 20/2023</p>');
    expect(text).not.toContain('href=');
  });
});

/*
 * QTI 1.2 (ASI 1.2.1): the structure the DTD requires (element order in an item, the idents that
 * link feedback), read back with fast-xml-parser in document order, and the scoring run by a small
 * interpreter of the conditions used (varequal, not, and, other): only exactly the right options
 * score 100.
 */
describe('QTI 1.2 package', () => {
  const files = unzipSync(qti12Package(course));
  type Node = Record<string, any>;
  const ordered = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true });
  const nameOf = (n: Node) => Object.keys(n).find((k) => k !== ':@')!;
  const kids = (n: Node): Node[] => n[nameOf(n)] as Node[];
  const attrs = (n: Node): Record<string, string> => n[':@'] ?? {};
  const all = (n: Node, name: string): Node[] => (nameOf(n) === name ? [n] : []).concat(...(Array.isArray(kids(n)) ? kids(n).map((c) => all(c, name)) : []));
  const text = (n: Node) => kids(n).map((c) => c['#text'] ?? '').join('');
  const doc = ordered.parse(strFromU8(files[QTI12_FILE])) as Node[];
  const root = doc.find((n) => nameOf(n) === 'questestinterop')!;

  it('is a content package whose manifest names the one assessment file', () => {
    expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', QTI12_FILE].sort());
    const manifest = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(strFromU8(files['imsmanifest.xml'])).manifest;
    expect(manifest.resources.resource).toMatchObject({ type: 'imsqti_xmlv1p2', href: QTI12_FILE, file: { href: QTI12_FILE } });
  });

  it('has the ASI 1.2 structure: an assessment, a section per module, an item per question in DTD order', () => {
    expect(attrs(root).xmlns).toBe('http://www.imsglobal.org/xsd/ims_qtiasiv1p2');
    expect(kids(root).map(nameOf)).toEqual(['assessment']);
    const sections = all(root, 'section');
    expect(sections.map((s) => attrs(s).title)).toEqual(course.banks.map((b) => b.title));
    const items = all(root, 'item');
    expect(items.map((i) => attrs(i).ident)).toEqual(questions.map(({ name }) => ident12(name)));
    expect(new Set(items.map((i) => attrs(i).ident)).size).toBe(items.length);
    for (const item of items) {
      const order = kids(item).map(nameOf);
      expect(order.slice(0, 3)).toEqual(['itemmetadata', 'presentation', 'resprocessing']);
      expect(order.slice(3).every((n) => n === 'itemfeedback')).toBe(true);
      // Every displayfeedback names an itemfeedback of the same item.
      const feedback = new Set(all(item, 'itemfeedback').map((f) => attrs(f).ident));
      for (const d of all(item, 'displayfeedback')) expect(feedback).toContain(attrs(d).linkrefid);
      for (const v of all(item, 'varequal')) expect(attrs(v).respident).toBe('RESPONSE');
    }
  });

  it('scores 100 only for exactly the right options, with each option and the explanation as feedback', () => {
    const holds = (cond: Node, chosen: Set<string>): boolean => {
      const name = nameOf(cond);
      if (name === 'other') return true;
      if (name === 'varequal') return chosen.has(text(cond));
      if (name === 'not') return !holds(kids(cond)[0], chosen);
      if (name === 'and' || name === 'conditionvar') return kids(cond).every((c) => holds(c, chosen));
      throw new Error(`unexpected ${name}`);
    };
    const run = (item: Node, chosen: string[]) => {
      let score = 0;
      const shown: string[] = [];
      for (const rc of all(item, 'respcondition')) {
        if (!holds(kids(rc).find((c) => nameOf(c) === 'conditionvar')!, new Set(chosen))) continue;
        for (const s of all(rc, 'setvar')) score = Number(text(s));
        for (const d of all(rc, 'displayfeedback')) shown.push(attrs(d).linkrefid);
        if (attrs(rc).continue === 'No') break;
      }
      return { score, shown };
    };
    const items = all(root, 'item');
    questions.forEach(({ q }, i) => {
      const item = items[i];
      const lid = all(item, 'response_lid')[0];
      expect(attrs(lid).rcardinality).toBe(q.type === 'multiple' ? 'Multiple' : 'Single');
      expect(all(lid, 'response_label').map((l) => attrs(l).ident)).toEqual(q.options.map((o) => o.key));
      const right = q.options.filter((o) => o.correct).map((o) => o.key);
      const wrong = q.options.filter((o) => !o.correct).map((o) => o.key);
      expect(run(item, right)).toEqual({ score: 100, shown: ['general_fb', ...right.map((k) => `${k}_fb`)] });
      expect(run(item, [wrong[0]]).score).toBe(0);
      if (q.type === 'multiple') {
        expect(run(item, [...right, wrong[0]]).score).toBe(0);
        expect(run(item, right.slice(1)).score).toBe(0);
      }
    });
  });
});
