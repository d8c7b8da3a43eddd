/*
 * QTI 1.2 (IMS Question & Test Interoperability ASI 1.2), the version most LMSs import (Canvas,
 * Brightspace, Blackboard, Sakai), beside the QTI 2.1 package (qti.ts), which fewer import. One XML
 * file, <questestinterop> with one <assessment> whose <section>s are the modules, and an IMS content
 * package manifest that names it, zipped.
 *
 * Each question is an <item> with a <response_lid> (rcardinality Single, or Multiple for a
 * multiple-answer question) over its options, scored all or nothing as on the site: SCORE 100 only
 * when exactly the right options are chosen. Each option's feedback and the general feedback
 * (explanation, rules and legal bases) are <itemfeedback> elements shown by <displayfeedback>.
 * Texts are HTML carried as escaped text in <mattext texttype="text/html">, as QTI 1.2 allows, so
 * they need not be XHTML. XML by xmlbuilder2, which escapes every text and attribute.
 */
import { strToU8, zipSync } from 'fflate';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { generalFeedback, questionName, type LmsCourse, type LmsQuestion } from './bank';

const ASI = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';
const CP = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
/** The assessment's file inside the zip. */
export const QTI12_FILE = 'netralitas-asn-bank-soal.xml';

/** QTI 1.2 idents: "dasar-hukum/dh-01" -> "Q-dasar-hukum--dh-01" (no "/", starts with a letter). */
export const ident12 = (name: string) => `Q-${name.replace('/', '--')}`;

/** How LMSs name the item types: QTI Lite's qmd_itemtype and Canvas's question_type. */
const ITEM_TYPE: Record<LmsQuestion['type'], [string, string]> = {
  single: ['Multiple Choice', 'multiple_choice_question'],
  verdict: ['Multiple Choice', 'multiple_choice_question'],
  multiple: ['Multiple Response', 'multiple_answers_question'],
  truefalse: ['True/False', 'true_false_question'],
};

const material = (parent: XMLBuilder, html: string) => parent.ele('material').ele('mattext', { texttype: 'text/html' }).txt(html).up().up();

function feedback(item: XMLBuilder, ident: string, html: string) {
  item.ele('itemfeedback', { ident }).ele('flow_mat').ele('material').ele('mattext', { texttype: 'text/html' }).txt(html);
}

function addItem(section: XMLBuilder, name: string, q: LmsQuestion, title: string) {
  const item = section.ele('item', { ident: ident12(name), title });
  const fields = item.ele('itemmetadata').ele('qtimetadata');
  const [qmd, canvas] = ITEM_TYPE[q.type];
  for (const [label, entry] of [
    ['qmd_itemtype', qmd],
    ['question_type', canvas],
    ['points_possible', '1'],
  ])
    fields.ele('qtimetadatafield').ele('fieldlabel').txt(label).up().ele('fieldentry').txt(entry);

  const multiple = q.type === 'multiple';
  const presentation = item.ele('presentation');
  material(presentation, q.prompt);
  const choices = presentation
    .ele('response_lid', { ident: 'RESPONSE', rcardinality: multiple ? 'Multiple' : 'Single' })
    .ele('render_choice', { shuffle: q.type === 'single' || multiple ? 'Yes' : 'No' });
  for (const o of q.options) material(choices.ele('response_label', { ident: o.key }), o.text);

  const processing = item.ele('resprocessing');
  processing.ele('outcomes').ele('decvar', { varname: 'SCORE', vartype: 'Decimal', minvalue: '0', maxvalue: '100', defaultval: '0' });
  // Feedback first (continue="Yes" lets every condition be evaluated): the general feedback always,
  // then each chosen option's.
  processing
    .ele('respcondition', { continue: 'Yes' })
    .ele('conditionvar')
    .ele('other')
    .up()
    .up()
    .ele('displayfeedback', { feedbacktype: 'Response', linkrefid: 'general_fb' });
  for (const o of q.options)
    processing
      .ele('respcondition', { continue: 'Yes' })
      .ele('conditionvar')
      .ele('varequal', { respident: 'RESPONSE' })
      .txt(o.key)
      .up()
      .up()
      .ele('displayfeedback', { feedbacktype: 'Response', linkrefid: `${o.key}_fb` });
  // All or nothing: every right option chosen and no wrong one.
  const right = processing.ele('respcondition', { continue: 'No' });
  const condition = right.ele('conditionvar');
  const all = multiple ? condition.ele('and') : condition;
  for (const o of q.options) {
    if (o.correct) all.ele('varequal', { respident: 'RESPONSE' }).txt(o.key);
    else if (multiple) all.ele('not').ele('varequal', { respident: 'RESPONSE' }).txt(o.key);
  }
  right.ele('setvar', { action: 'Set', varname: 'SCORE' }).txt('100');

  feedback(item, 'general_fb', generalFeedback(q));
  for (const o of q.options) feedback(item, `${o.key}_fb`, o.feedback);
}

export function qti12Assessment(course: LmsCourse): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(ASI, 'questestinterop', {
    'xmlns:xsi': XSI,
    'xsi:schemaLocation': `${ASI} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd`,
  });
  const assessment = root.ele('assessment', { ident: 'netralitas-asn-bank-soal', title: `${course.title}: bank soal` });
  for (const bank of course.banks) {
    const section = assessment.ele('section', { ident: `S-${bank.id}`, title: bank.title });
    for (const q of bank.questions) addItem(section, questionName(bank, q), q, `${bank.title}: ${q.id}`);
  }
  return root.end({ prettyPrint: true });
}

export function qti12Manifest(): string {
  const manifest = create({ version: '1.0', encoding: 'UTF-8' }).ele(CP, 'manifest', {
    'xmlns:xsi': XSI,
    'xsi:schemaLocation': `${CP} http://www.imsglobal.org/xsd/imscp_v1p1.xsd`,
    identifier: 'netralitas-asn-bank-soal-qti12',
  });
  const metadata = manifest.ele('metadata');
  metadata.ele('schema').txt('IMS Content');
  metadata.ele('schemaversion').txt('1.1.3');
  manifest.ele('organizations');
  manifest
    .ele('resources')
    .ele('resource', { identifier: 'netralitas-asn-bank-soal', type: 'imsqti_xmlv1p2', href: QTI12_FILE })
    .ele('file', { href: QTI12_FILE });
  return manifest.end({ prettyPrint: true });
}

/** The QTI 1.2 package as zip bytes; `mtime` keeps the zip identical between builds of the same banks. */
export function qti12Package(course: LmsCourse, mtime = new Date('2024-01-01T00:00:00Z')): Uint8Array {
  const files: Record<string, Uint8Array> = { 'imsmanifest.xml': strToU8(qti12Manifest()), [QTI12_FILE]: strToU8(qti12Assessment(course)) };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { mtime }]])), { level: 9 });
}
