/*
 * The question banks for an LMS, written by `npm run build` to dist/unduhan/: Moodle XML, GIFT, and
 * QTI 1.2 and 2.1 packages, all from src/quizzes/ (see src/lib/lms/). The SCORM packages are made
 * after the build by src/integrations/lms.ts, because they pack the built site.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { lmsCourse } from '../../data/lms';
import { LMS_FILES } from '../../lib/lms/files';
import { gift } from '../../lib/lms/gift';
import { moodleXml } from '../../lib/lms/moodle';
import { qtiPackage } from '../../lib/lms/qti';
import { qti12Package } from '../../lib/lms/qti12';

const banks = [LMS_FILES.moodle, LMS_FILES.gift, LMS_FILES.qti12, LMS_FILES.qti];

export const getStaticPaths = (() => banks.map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const course = await lmsCourse();
  switch (params.file) {
    case LMS_FILES.moodle:
      return new Response(moodleXml(course), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
    case LMS_FILES.gift:
      return new Response(gift(course), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    case LMS_FILES.qti12:
      return new Response(new Uint8Array(qti12Package(course)), { headers: { 'Content-Type': 'application/zip' } });
    case LMS_FILES.qti:
      // A copy typed as backed by an ArrayBuffer, which Response accepts.
      return new Response(new Uint8Array(qtiPackage(course)), { headers: { 'Content-Type': 'application/zip' } });
    default:
      return new Response(null, { status: 404 });
  }
};
