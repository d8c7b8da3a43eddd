/* The LMS files the build writes, and where: the download page, the endpoints, the packaging and the tests read these names. */

/** Folder under the site root (and under dist/). */
export const LMS_DIR = 'unduhan';

export const LMS_FILES = {
  scorm12: 'netralitas-asn-scorm12.zip',
  scorm2004: 'netralitas-asn-scorm2004.zip',
  moodle: 'bank-soal-moodle.xml',
  gift: 'bank-soal.gift.txt',
  qti: 'bank-soal-qti21.zip',
  qti12: 'bank-soal-qti12.zip',
} as const;
export type LmsFileKind = keyof typeof LMS_FILES;

/** Site path of a file: "/unduhan/bank-soal-moodle.xml". */
export const lmsFilePath = (kind: LmsFileKind) => `/${LMS_DIR}/${LMS_FILES[kind]}`;
