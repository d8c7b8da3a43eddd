/*
 * QTI 2.1 content package: one assessmentItem per question and an imsmanifest.xml that lists every
 * file as a resource. Every item is a choiceInteraction (one right option, or several for a
 * multiple-answer question), scored all or nothing as on the site, with each option's feedback
 * (feedbackInline, shown for the chosen options) and the explanation with its legal basis
 * (modalFeedback, shown after answering). XML by xmlbuilder2; the HTML of the texts is parsed into
 * QTI's XHTML content model, so a text that is not well-formed fails the build.
 */
import { XMLValidator } from 'fast-xml-parser';
import { zipSync, strToU8 } from 'fflate';
import { create, fragment } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { generalFeedback, questionName, type LmsCourse, type LmsQuestion } from './bank';

const QTI = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const QTI_SCHEMA = `${QTI} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd`;
const CP = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const CP_SCHEMA = `${CP} http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd`;

/** A file name for an item from its stable name: "dasar-hukum/dh-01" -> "items/dasar-hukum--dh-01.xml". */
export const itemFile = (name: string) => `items/${name.replace('/', '--')}.xml`;
/** QTI identifiers must start with a letter or underscore. */
const identifier = (name: string) => `Q-${name.replace('/', '--')}`;

/**
 * HTML from our Markdown, as QTI XHTML nodes: parsed inside a wrapper element (a text may start with
 * plain text), in QTI's namespace (elements without one would not be QTI's), then moved under `parent`.
 */
function appendHtml(parent: XMLBuilder, html: string, where: string) {
  const wrapped = `<div>${html}</div>`;
  // xmlbuilder2's parser forgives unclosed tags; the validator does not.
  const valid = XMLValidator.validate(wrapped);
  if (valid !== true) throw new Error(`QTI: teks ${where} bukan HTML yang rapi (${valid.err.msg})`);
  const wrapper = fragment({ defaultNamespace: { ele: QTI, att: null } }, wrapped).first();
  const target = parent.node;
  for (const child of [...wrapper.node.childNodes]) target.appendChild(target.ownerDocument!.importNode(child, true));
}

export function qtiItem(name: string, q: LmsQuestion, title: string): string {
  const item = create({ version: '1.0', encoding: 'UTF-8' }).ele(QTI, 'assessmentItem', {
    'xmlns:xsi': XSI,
    'xsi:schemaLocation': QTI_SCHEMA,
    identifier: identifier(name),
    title,
    adaptive: 'false',
    timeDependent: 'false',
  });
  const multiple = q.type === 'multiple';
  const response = item.ele('responseDeclaration', {
    identifier: 'RESPONSE',
    cardinality: multiple ? 'multiple' : 'single',
    baseType: 'identifier',
  });
  const correct = response.ele('correctResponse');
  for (const o of q.options.filter((o) => o.correct)) correct.ele('value').txt(o.key);
  item
    .ele('outcomeDeclaration', { identifier: 'SCORE', cardinality: 'single', baseType: 'float' })
    .ele('defaultValue')
    .ele('value')
    .txt('0');
  item.ele('outcomeDeclaration', { identifier: 'FEEDBACK', cardinality: 'multiple', baseType: 'identifier' });

  const body = item.ele('itemBody');
  const interaction = body.ele('choiceInteraction', {
    responseIdentifier: 'RESPONSE',
    shuffle: q.type === 'verdict' || q.type === 'truefalse' ? 'false' : 'true',
    maxChoices: multiple ? '0' : '1',
  });
  appendHtml(interaction.ele('prompt'), q.prompt, `pertanyaan ${name}`);
  for (const o of q.options) {
    const choice = interaction.ele('simpleChoice', { identifier: o.key });
    appendHtml(choice, o.text, `pilihan ${o.key} dari ${name}`);
    const feedback = choice.ele('feedbackInline', { outcomeIdentifier: 'FEEDBACK', identifier: o.key, showHide: 'show' });
    appendHtml(feedback, o.feedback, `umpan balik ${o.key} dari ${name}`);
  }

  // All or nothing, as on the site: SCORE 1 only when exactly the right options are chosen.
  const processing = item.ele('responseProcessing');
  const condition = processing.ele('responseCondition');
  const ifRight = condition.ele('responseIf');
  const match = ifRight.ele('match');
  match.ele('variable', { identifier: 'RESPONSE' });
  match.ele('correct', { identifier: 'RESPONSE' });
  ifRight.ele('setOutcomeValue', { identifier: 'SCORE' }).ele('baseValue', { baseType: 'float' }).txt('1');
  condition.ele('responseElse').ele('setOutcomeValue', { identifier: 'SCORE' }).ele('baseValue', { baseType: 'float' }).txt('0');
  // The chosen options' identifiers switch their feedbackInline on.
  processing.ele('setOutcomeValue', { identifier: 'FEEDBACK' }).ele('variable', { identifier: 'RESPONSE' });

  // showHide="hide" with an identifier never set: shown whenever feedback is shown, i.e. after answering.
  const general = item.ele('modalFeedback', { outcomeIdentifier: 'FEEDBACK', identifier: 'PENJELASAN', showHide: 'hide' });
  appendHtml(general, generalFeedback(q), `penjelasan ${name}`);
  // No pretty printing: it would add whitespace inside the mixed content of the texts.
  return item.end();
}

export function qtiManifest(files: readonly { file: string; name: string; title: string }[]): string {
  const manifest = create({ version: '1.0', encoding: 'UTF-8' }).ele(CP, 'manifest', {
    'xmlns:xsi': XSI,
    'xsi:schemaLocation': CP_SCHEMA,
    identifier: 'netralitas-asn-bank-soal-qti21',
  });
  const metadata = manifest.ele('metadata');
  metadata.ele('schema').txt('QTIv2.1 Package');
  metadata.ele('schemaversion').txt('1.0.0');
  manifest.ele('organizations');
  const resources = manifest.ele('resources');
  for (const f of files) {
    const resource = resources.ele('resource', {
      identifier: identifier(f.name),
      type: 'imsqti_item_xmlv2p1',
      href: f.file,
    });
    resource.ele('metadata').ele('schema').txt('QTIv2.1').up().ele('schemaversion').txt('2.1');
    resource.ele('file', { href: f.file });
  }
  return manifest.end({ prettyPrint: true });
}

/** The QTI package as zip bytes; `mtime` keeps the zip identical between builds of the same banks. */
export function qtiPackage(course: LmsCourse, mtime = new Date('2024-01-01T00:00:00Z')): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const listed: { file: string; name: string; title: string }[] = [];
  for (const bank of course.banks) {
    for (const q of bank.questions) {
      const name = questionName(bank, q);
      const file = itemFile(name);
      const title = `${bank.title}: ${q.id}`;
      files[file] = strToU8(qtiItem(name, q, title));
      listed.push({ file, name, title });
    }
  }
  const all: Record<string, Uint8Array> = { 'imsmanifest.xml': strToU8(qtiManifest(listed)), ...files };
  return zipSync(Object.fromEntries(Object.entries(all).map(([k, v]) => [k, [v, { mtime }]])), { level: 9 });
}
